package nl.plein.expeditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every expedition route, asked by: the expedition's leader, another leader, a participant of this expedition, a
 * participant of another, the programme manager, an observer and an anonymous visitor. 303 is "sign in first",
 * 404 "does not exist for you", 403 "exists, but not for you".
 */
@OnBothDatabases
class ExpeditionAccessMatrixTest {

    static final String[] WHO = {"leader", "other-leader", "participant", "other-participant", "manager", "observer",
            "anonymous"};

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    @Test
    void everyRouteAnswersEachKindOfVisitorAsTheRulesSay() {
        Map<String, Browser> who = new LinkedHashMap<>();
        who.put("leader", plein.signedInAs("expeditions.leader"));
        who.put("other-leader", plein.signedInAs("expeditions.leader"));
        String e = who.get("leader").post("/expeditions", ExpeditionWorkflowTest.expedition("Binnen", false))
                .location().substring("/expeditions/".length());
        String f = who.get("other-leader").post("/expeditions", ExpeditionWorkflowTest.expedition("Elders", false))
                .location().substring("/expeditions/".length());
        who.get("leader").post("/expeditions/" + e + "/meetings", Map.of("kind", "kick-off", "title", "Start",
                "startsAt", "2026-03-05T10:00"));
        who.get("leader").post("/expeditions/" + e + "/assignments", Map.of("title", "Nulmeting", "dueOn", "2026-03-20"));
        String meeting = plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM expeditions_meetings")
                .mapTo(String.class).one());
        String assignment = plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM expeditions_assignments")
                .mapTo(String.class).one());
        who.put("participant", participant("x@plein.test", "Organisatie X", e));
        who.put("other-participant", participant("y@plein.test", "Organisatie Y", f));
        who.put("manager", plein.signedInAs("expeditions.manager"));
        who.put("observer", plein.signedInAs("expeditions.observer"));
        who.put("anonymous", plein.browser());
        String x = plein.jdbi().withHandle(h -> h.createQuery(
                "SELECT id FROM plein_organisations WHERE name = 'Organisatie X'").mapTo(String.class).one());
        String org = "/expeditions/" + e + "/organisations/" + x;

        Map<String, int[]> gets = new LinkedHashMap<>();
        //                                          leader other  part   other-p manager observer anon
        gets.put("/expeditions",                     new int[] {200, 200, 200, 200, 200, 200, 200});
        gets.put("/expeditions/leaders",             new int[] {200, 200, 200, 200, 200, 200, 200});
        gets.put("/expeditions/examples",            new int[] {200, 200, 200, 200, 200, 200, 200});
        gets.put("/expeditions/leaders/me",          new int[] {200, 200, 403, 403, 403, 403, 303});
        gets.put("/expeditions/new",                 new int[] {200, 200, 403, 403, 403, 403, 303});
        gets.put("/expeditions/programme",           new int[] {403, 403, 403, 403, 200, 403, 303});
        gets.put("/expeditions/programme.csv",       new int[] {403, 403, 403, 403, 200, 403, 303});
        gets.put("/expeditions/figures",             new int[] {403, 403, 403, 403, 200, 200, 303});
        gets.put("/expeditions/" + e,                new int[] {200, 404, 200, 404, 200, 404, 404});
        gets.put("/expeditions/" + e + "/edit",      new int[] {200, 404, 403, 404, 403, 404, 303});
        gets.put("/expeditions/" + e + "/meetings/" + meeting + "/edit", new int[] {200, 404, 403, 404, 403, 404, 303});
        gets.put("/expeditions/" + e + "/meetings/" + meeting + "/attendance", new int[] {200, 404, 403, 404, 403, 404, 303});
        gets.put("/expeditions/" + e + "/dashboard", new int[] {200, 404, 403, 404, 200, 404, 303});
        gets.put("/expeditions/" + e + "/group",     new int[] {200, 404, 200, 404, 200, 404, 303});
        gets.put(org,                                new int[] {200, 404, 200, 404, 200, 404, 303});
        gets.put(org + "/baseline",                  new int[] {200, 404, 200, 404, 200, 404, 303});
        gets.put(org + "/plan",                      new int[] {200, 404, 200, 404, 200, 404, 303});
        gets.put(org + "/log",                       new int[] {200, 404, 200, 404, 200, 404, 303});
        gets.put(org + "/measurements",              new int[] {200, 404, 200, 404, 200, 404, 303});
        gets.put(org + "/assignments/" + assignment, new int[] {200, 404, 200, 404, 200, 404, 303});

        Map<String, int[]> posts = new LinkedHashMap<>();
        posts.put("/expeditions",                    new int[] {422, 422, 403, 403, 403, 403, 403});
        posts.put("/expeditions/" + e + "/edit",     new int[] {422, 404, 403, 404, 403, 404, 403});
        posts.put("/expeditions/" + e + "/meetings", new int[] {422, 404, 403, 404, 403, 404, 403});
        posts.put("/expeditions/" + e + "/assignments", new int[] {422, 404, 403, 404, 403, 404, 403});
        posts.put("/expeditions/" + e + "/invitations", new int[] {422, 404, 403, 404, 403, 404, 403});
        posts.put("/expeditions/" + e + "/meetings/" + meeting + "/attendance", new int[] {303, 404, 403, 404, 403, 404, 403});
        posts.put(org + "/baseline",                 new int[] {403, 404, 422, 404, 403, 404, 403});
        posts.put(org + "/plan",                     new int[] {403, 404, 422, 404, 403, 404, 403});
        posts.put(org + "/log",                      new int[] {403, 404, 422, 404, 403, 404, 403});
        posts.put(org + "/measurements",             new int[] {403, 404, 422, 404, 403, 404, 403});
        posts.put(org + "/log/nobody/withdraw",      new int[] {403, 404, 404, 404, 403, 404, 403});

        List<String> wrong = new ArrayList<>();
        gets.forEach((path, expected) -> check(who, "GET", path, expected, wrong));
        posts.forEach((path, expected) -> check(who, "POST", path, expected, wrong));
        assertEquals(List.of(), wrong);
    }

    private Browser participant(String email, String organisation, String expedition) {
        plein.person(email, organisation + " contact");
        Browser browser = plein.signedIn(email);
        assertTrue(browser.post("/organisations", Map.of("name", organisation, "kind", "other")).status() == 303);
        String id = plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM plein_organisations WHERE name = :n")
                .bind("n", organisation).mapTo(String.class).one());
        plein.jdbi().useHandle(h -> h.createUpdate("INSERT INTO expeditions_participants (expedition_id, organisation_id, "
                + "joined_at) VALUES (:e, :o, 0)").bind("e", expedition).bind("o", id).execute());
        return browser;
    }

    private static void check(Map<String, Browser> who, String method, String path, int[] expected, List<String> wrong) {
        for (int i = 0; i < WHO.length; i++) {
            Browser browser = who.get(WHO[i]);
            int status = method.equals("GET") ? browser.get(path).status() : browser.post(path, Map.of()).status();
            if (status != expected[i]) wrong.add(method + " " + path.replaceAll("[0-9a-f-]{36}", "…") + " as " + WHO[i]
                    + ": " + status + ", expected " + expected[i]);
        }
    }
}
