package nl.plein.webinars.afterwards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.WebinarsFixture;
import nl.plein.webinars.WebinarsFixture.Upload;
import nl.plein.webinars.programme.Week;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The host records who came: by ticking names, or by importing the meeting platform's attendee list. */
@OnBothDatabases
class AttendanceTest {

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    WebinarsFixture fixture = new WebinarsFixture(plein);

    @Test
    void hostTicksWhoCameOnlyOnceTheSessionHasStarted() {
        Week week = fixture.week("Jong geleerd", true);
        Browser host = fixture.member("host@plein.test", "Hanna Host");
        String session = fixture.session(week, "Jongeren werven").seats(2).host(fixture.personId("host@plein.test"))
                .create().id();
        fixture.register(fixture.member("anna@plein.test", "Anna Jansen"), session);
        fixture.register(fixture.member("bram@plein.test", "Bram Bakker"), session);
        fixture.register(fixture.member("wim@plein.test", "Wim Wachter"), session);
        String anna = fixture.registrationId(session, "anna@plein.test");
        String path = "/webinars/sessions/" + session + "/attendance";

        Browser.Page early = host.post(path, Map.of("present", anna));
        assertEquals(409, early.status());
        assertTrue(early.body().contains("Aanwezigheid bijhouden kan pas als de sessie begonnen is."));
        assertNull(fixture.attended(session, "anna@plein.test"));

        fixture.clockAt(LocalDateTime.of(2026, 3, 10, 14, 30));
        host = fixture.signedIn("host@plein.test");
        String form = host.get("/webinars/sessions/" + session + "/manage").body();
        assertTrue(form.contains("name=\"present\" value=\"" + anna + "\""), "a box per seat holder");
        assertFalse(form.contains("value=\"" + fixture.registrationId(session, "wim@plein.test") + "\""),
                "not for the waiting list");
        Browser.Page saved = host.post(path, Map.of("present", anna));
        assertEquals(303, saved.status());
        assertEquals("/webinars/sessions/" + session + "/manage?marked=1#attendance", saved.location());
        assertEquals(Boolean.TRUE, fixture.attended(session, "anna@plein.test"));
        assertEquals(Boolean.FALSE, fixture.attended(session, "bram@plein.test"));
        assertNull(fixture.attended(session, "wim@plein.test"), "waiting people had no seat to use");

        String manage = host.get(saved.location()).body();
        assertTrue(manage.contains("De aanwezigheid is opgeslagen."));
        assertTrue(manage.contains("<dt>Aanwezig</dt><dd>1</dd>"));
        assertTrue(manage.contains("<dt>Niet gekomen</dt><dd>1</dd>"));
        assertTrue(manage.contains("<dt>Aanwezigheid onbekend</dt><dd>0</dd>"));
        assertTrue(manage.contains("value=\"" + anna + "\" checked"));

        assertEquals(303, host.post(path, Map.of("present", "not-a-registration")).status(), "nonsense is ignored");
        assertEquals(Boolean.FALSE, fixture.attended(session, "anna@plein.test"), "nobody ticked: nobody came");
    }

    @Test
    void importedAttendeeListMarksWhoItNamesAndReportsTheRest() {
        Week week = fixture.week("Jong geleerd", true);
        String session = fixture.session(week, "Jongeren werven").seats(4).create().id();
        for (String[] p : new String[][] {{"anna@plein.test", "Anna Jansen"}, {"bram@plein.test", "Bram Bakker"},
                {"cor@plein.test", "Cor Claes"}, {"dirk@plein.test", "Dirk Dekker"}}) {
            fixture.register(fixture.member(p[0], p[1]), session);
        }
        fixture.register(fixture.member("wim@plein.test", "Wim Wachter"), session);
        Browser organiser = fixture.organiser("org@plein.test", "Olga Organisator");
        String path = "/webinars/sessions/" + session + "/attendance/import";
        Upload list = Upload.text("deelnemers.csv", """
                Naam;E-mail;Duur
                  anna   JANSEN ;anna@example.org;55 min
                Onbekende Gast;gast@example.org;10 min
                Wim Wachter;wim@example.org;60 min
                ;;
                """);

        assertEquals(409, fixture.postMultipart(organiser, path, Map.of(), "file", list).status(), "not started yet");

        fixture.clockAt(LocalDateTime.of(2026, 3, 10, 15, 5));
        organiser = fixture.signedIn("org@plein.test");
        Browser.Page result = fixture.postMultipart(organiser, path, Map.of(), "file", list);
        assertEquals(200, result.status(), result.body());
        String body = result.body();
        assertTrue(body.contains("1 persoon is als aanwezig gemarkeerd."), body);
        assertTrue(body.contains("3 personen met een plaats stonden niet op de lijst en tellen als niet gekomen."));
        assertTrue(body.contains("2 regels zijn niet herkend"));
        assertTrue(body.contains("<tr><td>3</td><th scope=\"row\">Onbekende Gast</th><td>Niemand met een plaats heet zo.</td></tr>"), body);
        assertTrue(body.contains("<tr><td>4</td><th scope=\"row\">Wim Wachter</th><td>Deze persoon had geen plaats (wachtlijst).</td></tr>"));
        assertEquals(Boolean.TRUE, fixture.attended(session, "anna@plein.test"));
        assertEquals(Boolean.FALSE, fixture.attended(session, "bram@plein.test"));
        assertNull(fixture.attended(session, "wim@plein.test"));

        // A second list, as Teams writes it (UTF-16 with tabs), by registration id: adds Bram, keeps Anna.
        String teams = "Full Name\tid\r\nB. Bakker\t" + fixture.registrationId(session, "bram@plein.test") + "\r\n";
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE});
        utf16.writeBytes(teams.getBytes(StandardCharsets.UTF_16LE));
        Browser.Page second = fixture.postMultipart(organiser, path, Map.of(), "file", new Upload("teams.csv", utf16.toByteArray()));
        assertEquals(200, second.status());
        assertTrue(second.body().contains("Alle regels van het bestand zijn herkend."));
        assertEquals(Boolean.TRUE, fixture.attended(session, "bram@plein.test"));
        assertEquals(Boolean.TRUE, fixture.attended(session, "anna@plein.test"), "an import adds, it does not undo");
        assertTrue(organiser.get("/webinars/sessions/" + session + "/manage").body().contains("<dt>Aanwezig</dt><dd>2</dd>"));
    }

    @Test
    void aFileThatIsNoAttendeeListIsRefusedWithTheReason() {
        Week week = fixture.week("Jong geleerd", true);
        String session = fixture.session(week, "Jongeren werven").seats(4).create().id();
        fixture.register(fixture.member("anna@plein.test", "Anna Jansen"), session);
        fixture.clockAt(LocalDateTime.of(2026, 3, 10, 15, 5));
        Browser organiser = fixture.organiser();
        String path = "/webinars/sessions/" + session + "/attendance/import";

        Map<Upload, String> refused = new java.util.LinkedHashMap<>();
        refused.put(null, "Kies een CSV-bestand om in te lezen.");
        refused.put(new Upload("foto.csv", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13}),
                "Dit bestand is geen CSV-tekstbestand.");
        refused.put(Upload.text("lijst.csv", "Voornaam,Achternaam\nAnna,Jansen\n"),
                "De eerste regel van het bestand noemt geen kolom");
        refused.put(Upload.text("leeg.csv", "\n\n"), "De eerste regel van het bestand noemt geen kolom");
        refused.put(Upload.text("stuk.csv", "naam,opmerking\n\"Anna\"x,1\n"), "Dit bestand is geen CSV-tekstbestand.");
        refused.put(Upload.text("groot.csv", "naam\n" + "Anna Jansen\n".repeat(100_000)), "Het bestand is groter dan 1 MB");
        for (var attempt : refused.entrySet()) {
            Browser.Page page = fixture.postMultipart(organiser, path, Map.of(), "file", attempt.getKey());
            String what = attempt.getKey() == null ? "no file" : attempt.getKey().filename();
            assertEquals(422, page.status(), what);
            assertTrue(page.body().contains(attempt.getValue()), what + ": " + page.body());
            assertTrue(page.body().contains("aria-invalid=\"true\""), "the message is beside the field");
        }
        assertNull(fixture.attended(session, "anna@plein.test"), "nothing was marked");
    }
}
