package nl.plein.webinars.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every programme route, asked by an organiser, a member without a role and an anonymous visitor, for a published
 * and a draft week. 303 is "sign in first" (core sends anonymous GETs to /login?next=…), 403 "not for you", 404
 * "does not exist for you" (a draft to anyone but organisers).
 */
class ProgrammeAccessTest {

    static final String[] WHO = {"organiser", "member", "anonymous"};

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    @Test
    void everyRouteAnswersEachKindOfVisitorAsTheRulesSay() {
        ProgrammeFixture fixture = new ProgrammeFixture(plein);
        Map<String, Browser> who = new LinkedHashMap<>();
        who.put("organiser", plein.signedInAs(ProgrammeFixture.ORGANISER));
        who.put("member", plein.signedInMember());
        who.put("anonymous", plein.browser());
        Browser organiser = who.get("organiser");
        assertEquals(303, fixture.postWithPhoto(organiser, "/webinars/speakers", Map.of("name", "Fenna Hoekstra",
                "organisation", "", "bio", "", "kind", "expert"), "fenna.png", ProgrammeFixture.png()).status());
        String speaker = plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM webinars_speakers")
                .mapTo(String.class).one());
        String published = fixture.week(organiser, "Gepubliceerd", true);
        String draft = fixture.week(organiser, "Concept", false);
        String open = fixture.session(organiser, published, ProgrammeFixture.session("Open", "2026-03-16", "14:00",
                "15:00", 10, "jongeren").speakers(speaker));
        String hidden = fixture.session(organiser, draft, ProgrammeFixture.session("Verborgen", "2026-03-16", "14:00",
                "15:00", 10, "jongeren"));

        Map<String, int[]> gets = new LinkedHashMap<>();
        //                                                          organiser member anonymous
        gets.put("/webinars",                                       new int[] {200, 200, 200});
        gets.put("/webinars/weeks/" + published,                    new int[] {200, 200, 200});
        gets.put("/webinars/weeks/" + published + "?topic=jongeren", new int[] {200, 200, 200});
        gets.put("/webinars/weeks/" + draft,                        new int[] {200, 404, 404});
        gets.put("/webinars/sessions/" + open,                      new int[] {200, 200, 200});
        gets.put("/webinars/sessions/" + hidden,                    new int[] {200, 404, 404});
        gets.put("/webinars/speakers/" + speaker + "/photo",        new int[] {200, 200, 200});
        gets.put("/webinars/weeks/new",                             new int[] {200, 403, 303});
        gets.put("/webinars/weeks/" + published + "/edit",          new int[] {200, 403, 303});
        gets.put("/webinars/weeks/" + draft + "/edit",              new int[] {200, 403, 303});
        gets.put("/webinars/weeks/" + published + "/sessions/new",  new int[] {200, 403, 303});
        gets.put("/webinars/sessions/" + open + "/edit",            new int[] {200, 403, 303});
        gets.put("/webinars/sessions/" + open + "/cancel-session",  new int[] {200, 403, 303});
        gets.put("/webinars/speakers",                              new int[] {200, 403, 303});
        gets.put("/webinars/speakers/new",                          new int[] {200, 403, 303});
        gets.put("/webinars/speakers/" + speaker + "/edit",         new int[] {200, 403, 303});

        Map<String, int[]> posts = new LinkedHashMap<>();
        posts.put("/webinars/weeks",                                new int[] {422, 403, 403});
        posts.put("/webinars/weeks/" + published + "/edit",         new int[] {422, 403, 403});
        posts.put("/webinars/weeks/" + published + "/sessions",     new int[] {422, 403, 403});
        posts.put("/webinars/sessions/" + open + "/edit",           new int[] {422, 403, 403});
        posts.put("/webinars/speakers",                             new int[] {422, 403, 403});
        posts.put("/webinars/speakers/" + speaker + "/edit",        new int[] {422, 403, 403});
        // Last: it calls the session off.
        posts.put("/webinars/sessions/" + open + "/cancel-session", new int[] {303, 403, 403});

        List<String> wrong = new ArrayList<>();
        // Members and anonymous visitors first, so nothing they try has changed anything the organiser then sees.
        for (int i = WHO.length - 1; i >= 0; i--) {
            Browser browser = who.get(WHO[i]);
            for (var get : gets.entrySet()) {
                Browser.Page page = browser.get(get.getKey());
                check(wrong, "GET", get.getKey(), WHO[i], get.getValue()[i], page);
            }
            for (var post : posts.entrySet()) {
                Browser.Page page = browser.post(post.getKey(), Map.of());
                check(wrong, "POST", post.getKey(), WHO[i], post.getValue()[i], page);
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM webinars_sessions WHERE status = 'cancelled'"));
        assertEquals(2, fixture.count("SELECT COUNT(*) FROM webinars_weeks"));
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM webinars_speakers"));
    }

    private static void check(List<String> wrong, String method, String path, String who, int expected,
                              Browser.Page page) {
        boolean ok = page.status() == expected
                && (expected != 303 || !method.equals("GET") || who.equals("organiser")
                    || page.location().startsWith("/login?next=%2Fwebinars%2F"));
        if (!ok) {
            wrong.add(method + " " + path.replaceAll("[0-9a-f-]{36}", "…") + " as " + who + ": " + page.status()
                    + " " + page.location() + ", expected " + expected);
        }
    }
}
