package nl.plein.webinars.afterwards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.WebinarsFixture;
import nl.plein.webinars.organiser.Registrants;
import nl.plein.webinars.programme.Week;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The attendance form marks only the seat holders it showed; and in a session larger than the manage page lists,
 * the registrations CSV and a message to registrants still reach everyone.
 */
class LargeSessionTest {

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    WebinarsFixture fixture = new WebinarsFixture(plein);

    @Test
    void theAttendanceFormLeavesEveryoneWithoutASeatHereAlone() {
        Week week = fixture.week("Jong geleerd", true);
        String session = fixture.session(week, "Jongeren werven").seats(2).create().id();
        String other = fixture.session(week, "Jongeren houden").seats(2).create().id();
        fixture.register(fixture.member("anna@plein.test", "Anna Jansen"), session);
        fixture.register(fixture.member("bram@plein.test", "Bram Bakker"), session);
        fixture.register(fixture.member("wim@plein.test", "Wim Wachter"), session);
        fixture.register(fixture.member("cor@plein.test", "Cor Claes"), other);
        fixture.clockAt(LocalDateTime.of(2026, 3, 10, 15, 30));
        Browser organiser = fixture.organiser();
        String path = "/webinars/sessions/" + session + "/attendance";

        assertEquals(303, organiser.post(path, Map.of("present", fixture.registrationId(session, "wim@plein.test")))
                .status());
        assertNull(fixture.attended(session, "wim@plein.test"), "waiting: not a seat holder, not marked");
        assertEquals(303, organiser.post(path, Map.of("present", fixture.registrationId(other, "cor@plein.test")))
                .status());
        assertNull(fixture.attended(other, "cor@plein.test"), "another session's seat holder is not marked");
        assertEquals(Boolean.FALSE, fixture.attended(session, "anna@plein.test"), "shown and not ticked");
        assertEquals(Boolean.FALSE, fixture.attended(session, "bram@plein.test"));
    }

    @Test
    void beyondWhatTheManagePageListsTheFormMarksOnlyWhatItShowedAndExportAndMessageReachEveryone() {
        Week week = fixture.week("Jong geleerd", true);
        int seats = Registrants.MAX + 1;
        String session = fixture.session(week, "Grote sessie").seats(seats).create().id();
        List<String> registrations = fill(session, seats, 2);
        String first = registrations.get(0);
        String lastSeat = registrations.get(seats - 1);
        fixture.clockAt(LocalDateTime.of(2026, 3, 10, 15, 30));
        Browser organiser = fixture.organiser("org@plein.test", "Olga Organisator");

        String manage = organiser.get("/webinars/sessions/" + session + "/manage").body();
        assertTrue(manage.contains("name=\"present\" value=\"" + first + "\""));
        assertFalse(manage.contains("value=\"" + lastSeat + "\""), "the page lists the first " + Registrants.MAX);

        // Ticking a seat holder the form did not show changes nothing for them; the shown ones are marked.
        assertEquals(303, organiser.post("/webinars/sessions/" + session + "/attendance", Map.of("present", lastSeat))
                .status());
        assertNull(attended(lastSeat), "not shown, so not marked");
        assertEquals(Boolean.FALSE, attended(first), "shown and not ticked");
        assertEquals(Registrants.MAX, fixture.count("SELECT COUNT(*) FROM webinars_registrations WHERE session_id = ? "
                + "AND attended = ?", session, false));

        // The CSV has everyone: header, the seats and the waiting list.
        String csv = organiser.get("/webinars/sessions/" + session + "/registrations.csv").body();
        String[] lines = csv.split("\r\n");
        assertEquals(1 + seats + 2, lines.length);
        assertTrue(lines[seats].endsWith(";" + lastSeat), lines[seats]);

        // A message, also to the waiting list, goes to everyone.
        Browser.Page sent = organiser.post("/webinars/sessions/" + session + "/message",
                Map.of("subject", "De link is veranderd", "body", "Zie de sessiepagina.", "includeWaiting", "yes"));
        assertEquals(303, sent.status(), sent.body());
        assertTrue(sent.location().contains("sent=" + (seats + 2)), sent.location());
        assertEquals(seats + 2, fixture.count("SELECT COUNT(*) FROM plein_outbox WHERE dedupe_key LIKE ?",
                "webinars:message-%"));
    }

    /** People with a seat and then waiting, written straight to the database; returns their registration ids. */
    private List<String> fill(String session, int seated, int waiting) {
        long now = Instant.parse("2026-03-02T09:00:00Z").toEpochMilli();
        List<String> ids = new ArrayList<>();
        plein.jdbi().useTransaction(h -> {
            var people = h.prepareBatch("INSERT INTO plein_people (id, email, display_name, password_hash, locale, "
                    + "blocked, created_at) VALUES (:id, :email, :name, 'x', 'nl', FALSE, :now)");
            var rows = h.prepareBatch("INSERT INTO webinars_registrations (id, session_id, person_id, status, arrival, "
                    + "created_at, updated_at) VALUES (:id, :session, :person, :status, :arrival, :now, :now)");
            for (int i = 1; i <= seated + waiting; i++) {
                String person = UUID.randomUUID().toString();
                String id = UUID.randomUUID().toString();
                ids.add(id);
                people.bind("id", person).bind("email", "deelnemer-" + i + "@plein.test").bind("name", "Deelnemer " + i)
                        .bind("now", now).add();
                rows.bind("id", id).bind("session", session).bind("person", person)
                        .bind("status", i <= seated ? "registered" : "waiting").bind("arrival", i).bind("now", now).add();
            }
            people.execute();
            rows.execute();
            h.createUpdate("UPDATE webinars_sessions SET arrivals = :n, registered_count = :seated, waiting_count = :waiting "
                    + "WHERE id = :id").bind("n", seated + waiting).bind("seated", seated).bind("waiting", waiting)
                    .bind("id", session).execute();
        });
        return ids;
    }

    private Boolean attended(String registrationId) {
        return plein.jdbi().withHandle(h -> h.createQuery("SELECT attended FROM webinars_registrations WHERE id = :id")
                .bind("id", registrationId).mapTo(Boolean.class).one());
    }
}
