package nl.plein.webinars.afterwards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.UUID;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.WebinarsFixture;
import nl.plein.webinars.WebinarsFixture.Upload;
import nl.plein.webinars.programme.Week;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The attendance import by registration id: the registrations CSV's last column ({@code id}) reads back, so exporting
 * the list and importing that same file marks everyone with a seat; an id that is not this session's is reported.
 */
class AttendanceImportByIdTest {

    private static final String UNKNOWN_ID = "Geen aanmelding voor deze sessie heeft dit nummer.";

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    WebinarsFixture fixture = new WebinarsFixture(plein);

    @Test
    void theExportedRegistrationsFileImportedAsItIsMarksEveryoneWithASeat() {
        Week week = fixture.week("Jong geleerd", true);
        String session = fixture.session(week, "Jongeren werven").seats(3).create().id();
        for (String[] p : new String[][] {{"anna@plein.test", "Anna Jansen"}, {"bram@plein.test", "Bram Bakker"},
                {"cor@plein.test", "=Cor Claes"}, {"wim@plein.test", "Wim Wachter"}}) {
            fixture.register(fixture.member(p[0], p[1]), session);
        }
        fixture.clockAt(LocalDateTime.of(2026, 3, 10, 15, 5));
        Browser organiser = fixture.organiser("org@plein.test", "Olga Organisator");

        Browser.Page csv = organiser.get("/webinars/sessions/" + session + "/registrations.csv");
        assertEquals(200, csv.status());
        String[] lines = csv.body().split("\r\n");
        assertTrue(lines[0].endsWith(";id"), lines[0]);
        assertEquals(5, lines.length, "three seats and one waiting");

        Browser.Page result = fixture.postMultipart(organiser, "/webinars/sessions/" + session + "/attendance/import",
                Map.of(), "file", new Upload("registrations-2026-03-10.csv", csv.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals(200, result.status(), result.body());
        assertTrue(result.body().contains("3 personen zijn als aanwezig gemarkeerd."), result.body());
        assertEquals(Boolean.TRUE, fixture.attended(session, "anna@plein.test"));
        assertEquals(Boolean.TRUE, fixture.attended(session, "bram@plein.test"));
        assertEquals(Boolean.TRUE, fixture.attended(session, "cor@plein.test"), "the name guarded against formulas "
                + "does not matter: the id does");
        assertNull(fixture.attended(session, "wim@plein.test"), "waiting: had no seat");
        String wim = fixture.registrationId(session, "wim@plein.test");
        assertTrue(result.body().contains("<tr><td>5</td><th scope=\"row\">" + wim
                + "</th><td>Deze persoon had geen plaats (wachtlijst).</td></tr>"), result.body());

        // The English export (commas, English words) reads back just as well.
        plein.jdbi().useHandle(h -> h.createUpdate("UPDATE webinars_registrations SET attended = NULL").execute());
        Browser eve = fixture.organiser("en@plein.test", "Eve English", "en");
        String english = eve.get("/webinars/sessions/" + session + "/registrations.csv").body();
        Browser.Page again = fixture.postMultipart(eve, "/webinars/sessions/" + session + "/attendance/import",
                Map.of(), "file", Upload.text("registrations.csv", english));
        assertEquals(200, again.status(), again.body());
        assertEquals(3, fixture.count("SELECT COUNT(*) FROM webinars_registrations WHERE session_id = ? "
                + "AND attended = ?", session, true));
    }

    @Test
    void anIdThatIsNoRegistrationOfThisSessionIsReported() {
        Week week = fixture.week("Jong geleerd", true);
        String session = fixture.session(week, "Jongeren werven").seats(3).create().id();
        String other = fixture.session(week, "Jongeren houden").seats(3).create().id();
        fixture.register(fixture.member("anna@plein.test", "Anna Jansen"), session);
        fixture.register(fixture.member("bram@plein.test", "Bram Bakker"), other);
        String anna = fixture.registrationId(session, "anna@plein.test");
        String bramElsewhere = fixture.registrationId(other, "bram@plein.test");
        String madeUp = UUID.randomUUID().toString();
        fixture.clockAt(LocalDateTime.of(2026, 3, 10, 15, 5));
        Browser organiser = fixture.organiser();

        Browser.Page result = fixture.postMultipart(organiser, "/webinars/sessions/" + session + "/attendance/import",
                Map.of(), "file", Upload.text("lijst.csv", "id\n" + anna + "\n" + madeUp + "\n" + bramElsewhere + "\n"));
        assertEquals(200, result.status(), result.body());
        String body = result.body();
        assertTrue(body.contains("1 persoon is als aanwezig gemarkeerd."), body);
        assertTrue(body.contains("2 regels zijn niet herkend"), body);
        assertTrue(body.contains("<tr><td>3</td><th scope=\"row\">" + madeUp + "</th><td>" + UNKNOWN_ID + "</td></tr>"),
                body);
        assertTrue(body.contains("<tr><td>4</td><th scope=\"row\">" + bramElsewhere + "</th><td>" + UNKNOWN_ID
                + "</td></tr>"), "another session's registration is not this one's");
        assertEquals(Boolean.TRUE, fixture.attended(session, "anna@plein.test"));
        assertNull(fixture.attended(other, "bram@plein.test"), "the other session is left alone");
    }
}
