package nl.plein.webinars.organiser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.programme.Week;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every manager route, asked by an organiser, the session's host, the host of another session, a plain member and
 * an anonymous visitor. 303 is "sign in first", 403 "exists, but not yours to manage", 404 "not there for you".
 */
class ManagerAccessTest {

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    @Test
    void onlyOrganisersAndTheSessionsOwnHostManageIt() {
        WebinarsFixture fixture = new WebinarsFixture(plein);
        Week week = fixture.week("Jong geleerd", true);
        Browser host = fixture.member("host@plein.test", "Hanna Host");
        Browser otherHost = fixture.member("ander@plein.test", "Otto Ander");
        String own = fixture.session(week, "Jongeren werven", LocalDateTime.of(2026, 3, 10, 14, 0), 20,
                List.of("jongeren"), List.of(), null);
        String other = fixture.session(week, "Ouderen betrekken", LocalDateTime.of(2026, 3, 11, 14, 0), 20,
                List.of("ouderen"), List.of(), null);
        // The organiser names the host of each session; the programme form is another part, so set it directly.
        plein.jdbi().useHandle(h -> {
            h.createUpdate("UPDATE webinars_sessions SET host_person_id = :p WHERE id = :s")
                    .bind("p", fixture.personId("host@plein.test")).bind("s", own).execute();
            h.createUpdate("UPDATE webinars_sessions SET host_person_id = :p WHERE id = :s")
                    .bind("p", fixture.personId("ander@plein.test")).bind("s", other).execute();
        });
        Week draft = fixture.week("Nog geheim", false);
        String hidden = fixture.session(draft, "Concept", 10);

        Map<String, Browser> who = new LinkedHashMap<>();
        who.put("organiser", plein.signedInAs("webinars.organiser"));
        who.put("host", host);
        who.put("other-host", otherHost);
        who.put("member", plein.signedInMember());
        who.put("anonymous", plein.browser());

        String s = "/webinars/sessions/" + own;
        Map<String, int[]> gets = new LinkedHashMap<>();
        //                                                  organiser host other member anonymous
        gets.put(s + "/manage",                   new int[] {200, 200, 403, 403, 303});
        gets.put(s + "/registrations.csv",        new int[] {200, 200, 403, 403, 303});
        gets.put(s + "/recording",                new int[] {200, 200, 403, 403, 303});
        gets.put("/webinars/weeks/" + week.id() + "/report",     new int[] {200, 403, 403, 403, 303});
        gets.put("/webinars/weeks/" + week.id() + "/report.csv", new int[] {200, 403, 403, 403, 303});
        gets.put("/webinars/sessions/" + hidden + "/manage",     new int[] {200, 404, 404, 404, 303});
        gets.put("/webinars/sessions/does-not-exist/manage",    new int[] {404, 404, 404, 404, 303});
        gets.put("/webinars/weeks/does-not-exist/report",       new int[] {404, 403, 403, 403, 303});

        // Posts with nothing filled in: a manager gets the refusal (not started yet) or the form errors.
        Map<String, int[]> posts = new LinkedHashMap<>();
        posts.put(s + "/message",                 new int[] {422, 422, 403, 403, 403});
        posts.put(s + "/attendance",              new int[] {409, 409, 403, 403, 403});
        posts.put(s + "/attendance/import",       new int[] {409, 409, 403, 403, 403});
        posts.put(s + "/recording",               new int[] {409, 409, 403, 403, 403});

        List<String> failures = new java.util.ArrayList<>();
        String[] names = who.keySet().toArray(String[]::new);
        for (var route : gets.entrySet()) {
            for (int i = 0; i < names.length; i++) {
                Browser.Page page = who.get(names[i]).get(route.getKey());
                if (page.status() != route.getValue()[i]) {
                    failures.add("GET " + route.getKey() + " as " + names[i] + ": " + page.status());
                }
                if (page.status() == 303) assertTrue(page.location().startsWith("/login?next="), route.getKey());
            }
        }
        for (var route : posts.entrySet()) {
            for (int i = 0; i < names.length; i++) {
                int status = who.get(names[i]).post(route.getKey(), Map.of()).status();
                if (status != route.getValue()[i]) failures.add("POST " + route.getKey() + " as " + names[i] + ": " + status);
            }
        }
        assertEquals(List.of(), failures);

        assertTrue(host.get(s + "/manage").body().contains("Beheer: Jongeren werven"));
        assertEquals(200, otherHost.get("/webinars/sessions/" + other + "/manage").status(), "each host their own");
    }
}
