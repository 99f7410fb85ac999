package nl.plein.webinars.programme;

import static nl.plein.webinars.WebinarsFixture.sessionInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.core.testing.TestPlein;
import nl.plein.webinars.WebinarsFixture;
import nl.plein.webinars.WebinarsFixture.SessionInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The meeting link on the session page ({@link JoinLink}): people with a seat see it from 30 minutes before the start
 * until the end; people waiting, others and anonymous visitors never; organisers and the session's host always.
 */
class JoinLinkTest {

    static final String URL = "https://meet.example.nl/kennisboost-jongeren";
    static final String NOT_YET = "De link naar de online sessie verschijnt hier 30 minuten voor het begin.";

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    WebinarsFixture fixture = new WebinarsFixture(plein);

    @Test
    void theLinkShowsBySeatAndTimeAndAlwaysToOrganisersAndTheHost() {
        Browser organiser = fixture.organiser();
        WebinarsFixture.Forms forms = fixture.forms(organiser);

        // The host is a colleague: a member of the organiser's organisation, so the form offers them.
        assertEquals(303, organiser.post("/organisations", Map.of("name", "Kennisboost Lindeburg", "kind", "other"))
                .status());
        String organisation = plein.jdbi().withHandle(h -> h.createQuery(
                "SELECT id FROM plein_organisations WHERE name = 'Kennisboost Lindeburg'").mapTo(String.class).one());
        String hostId = fixture.person("host@plein.test", "Hanna Host");
        plein.jdbi().useHandle(h -> h.createUpdate("INSERT INTO plein_memberships (organisation_id, person_id, role, "
                + "joined_at) VALUES (:o, :p, 'member', 0)").bind("o", organisation).bind("p", hostId).execute());
        String stranger = fixture.person("vreemde@plein.test", "Vera Vreemd");

        // Today, 2 March (10:00 in Amsterdam now), at 14:00: the clock moves hours, not days, so nobody's sign-in expires.
        String week = forms.week("Jongeren betrekken", true, "2026-03-02", "2026-03-06");
        SessionInput input = sessionInput("Jongeren werven via school", "2026-03-02",
                "14:00", "15:00", 1, "jongeren").with("joinUrl", URL);
        String newForm = organiser.get("/webinars/weeks/" + week + "/sessions/new").body();
        assertTrue(newForm.contains("<option value=\"" + hostId + "\">Hanna Host</option>"));
        assertFalse(newForm.contains(stranger), "only colleagues are offered");
        Browser.Page refused = forms.post("/webinars/weeks/" + week + "/sessions", input.with("host", stranger));
        assertEquals(422, refused.status());
        assertTrue(refused.body().contains("Kies een host uit de lijst, of geen host."));
        String session = forms.session(week, input.with("host", hostId));
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM webinars_sessions WHERE host_person_id = ?", hostId));
        String path = "/webinars/sessions/" + session;

        fixture.person("anna@plein.test", "Anna Visser");
        fixture.person("bob@plein.test", "Bob Smit");
        Browser anna = fixture.signedIn("anna@plein.test");
        Browser bob = fixture.signedIn("bob@plein.test");
        assertEquals(path + "?registered=1", anna.post(path + "/register", Map.of()).location());
        assertEquals(path + "?waiting=1", bob.post(path + "/register", Map.of()).location());
        Map<String, Browser> who = new LinkedHashMap<>();
        who.put("anonymous", plein.browser());
        who.put("member", fixture.member());
        who.put("registered", anna);
        who.put("waiting", bob);
        who.put("organiser", organiser);
        who.put("host", fixture.signedIn("host@plein.test"));

        // Hours ahead: only the organiser and the host; the registered person is told when it comes.
        assertSeeing(who, path, List.of("organiser", "host"));
        assertTrue(anna.get(path).body().contains(NOT_YET));
        assertFalse(bob.get(path).body().contains(NOT_YET));
        assertFalse(who.get("member").get(path).body().contains(NOT_YET));
        assertTrue(organiser.get(path).body().contains(path + "/manage"));
        assertTrue(who.get("host").get(path).body().contains(path + "/manage"), "the host manages this session");
        assertFalse(who.get("host").get(path).body().contains(path + "/edit"), "but only organisers edit it");
        assertTrue(organiser.get(path).body().contains("Hanna Host"));
        assertFalse(anna.get(path).body().contains("Hanna Host"), "the host's name is not public");

        // 13:29 in Amsterdam (12:29 UTC): 31 minutes before the start, still too early.
        moveTo("2026-03-02T12:29:00Z");
        assertSeeing(who, path, List.of("organiser", "host"));
        // 13:30 in Amsterdam: the window opens for the person with a seat.
        moveTo("2026-03-02T12:30:00Z");
        assertSeeing(who, path, List.of("registered", "organiser", "host"));
        assertFalse(anna.get(path).body().contains(NOT_YET));
        // During the session.
        moveTo("2026-03-02T13:59:00Z");
        assertSeeing(who, path, List.of("registered", "organiser", "host"));
        // 15:00 in Amsterdam: over.
        moveTo("2026-03-02T14:00:00Z");
        assertSeeing(who, path, List.of("organiser", "host"));
        assertTrue(anna.get(path).body().contains("De sessie is voorbij; de link werkt niet meer."));
    }

    @Test
    void theWindowFollowsTheSettingAndAnUnusableSettingStopsThePlugin() {
        try (TestPlein tenMinutes = TestPlein.with().thisPlugin().set("PLEIN_WEBINARS_JOIN_OPENS_MINUTES", "10").start()) {
            WebinarsFixture there = new WebinarsFixture(tenMinutes);
            WebinarsFixture.Forms forms = there.forms(there.organiser("org@plein.test", "Olga Organisator"));
            String week = forms.week("Ouderen", true, "2026-03-02", "2026-03-06");
            String session = forms.session(week, sessionInput("Ouderen als vrijwilliger", "2026-03-02", "14:00",
                    "15:00", 5, "ouderen").with("joinUrl", URL));
            Browser anna = there.member("anna@plein.test", "Anna Visser");
            there.register(anna, session);

            there.clockAt(Instant.parse("2026-03-02T12:45:00Z"));
            String early = anna.get("/webinars/sessions/" + session).body();
            assertFalse(early.contains(URL));
            assertTrue(early.contains("verschijnt hier 10 minuten voor het begin"));
            tenMinutes.clock().advance(Duration.ofMinutes(5));
            assertTrue(anna.get("/webinars/sessions/" + session).body().contains(URL));
        }
        try (TestPlein broken = TestPlein.with().thisPlugin().set("PLEIN_WEBINARS_JOIN_OPENS_MINUTES", "half uur").start()) {
            assertTrue(broken.plein().pluginStatuses().toString().contains("join-opens-minutes"),
                    broken.plein().pluginStatuses().toString());
        }
    }

    private void moveTo(String instant) {
        fixture.clockAt(Instant.parse(instant));
    }

    /** Exactly these visitors see the link on the session page. */
    private static void assertSeeing(Map<String, Browser> who, String path, List<String> seeing) {
        for (var entry : who.entrySet()) {
            String body = entry.getValue().get(path).body();
            assertEquals(seeing.contains(entry.getKey()), body.contains(URL),
                    entry.getKey() + (seeing.contains(entry.getKey()) ? " should" : " should not") + " see the link");
        }
    }
}
