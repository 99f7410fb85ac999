package nl.plein.webinars.organiser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDateTime;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.Mailbox;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.WebinarsFixture;
import nl.plein.webinars.programme.Week;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An organiser manages a full session: who registered, the CSV of it, and a message that reaches the right people. */
class SessionManagementTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin(s -> s.set("PLEIN_SMTP_HOST", "127.0.0.1")
            .set("PLEIN_SMTP_PORT", String.valueOf(greenMail.getSmtp().getPort())));

    WebinarsFixture fixture = new WebinarsFixture(plein);

    @Test
    void organiserSeesRegistrantsAndWaitingListAndDownloadsThemSafelyAsCsv() {
        Week week = fixture.week("Jong geleerd", true);
        String session = fixture.session(week, "Jongeren werven").seats(2).create().id();
        assertEquals("registered", fixture.register(fixture.member("anna@plein.test", "Anna Jansen"), session));
        assertEquals("registered", fixture.register(fixture.member("formule@plein.test", "=HYPERLINK(\"x\")"), session));
        assertEquals("waiting", fixture.register(fixture.member("wacht@plein.test", "Wim Wachter"), session));

        Browser organiser = fixture.organiser();
        Browser.Page manage = organiser.get("/webinars/sessions/" + session + "/manage");
        assertEquals(200, manage.status());
        String body = manage.body();
        assertTrue(body.contains("<dt>Aangemeld</dt><dd>2 (van 2 plaatsen)</dd>"), body);
        assertTrue(body.contains("<dt>Op de wachtlijst</dt><dd>1</dd>"));
        assertTrue(body.contains("<dt>Aanwezigheid onbekend</dt><dd>2</dd>"));
        assertTrue(body.contains("Nog geen beoordelingen"));
        assertTrue(body.contains("Anna Jansen"));
        assertTrue(body.contains("=HYPERLINK(&quot;x&quot;)"), "escaped on the page");
        assertTrue(body.contains("<th scope=\"row\">Wim Wachter</th>\n        <td>Wachtlijst</td>\n        <td>1</td>"),
                "waiting position shown");
        assertTrue(body.contains("Aanwezigheid bijhouden kan pas als de sessie begonnen is."), "no form before the start");

        Browser.Page csv = organiser.get("/webinars/sessions/" + session + "/registrations.csv");
        assertEquals(200, csv.status());
        assertEquals("text/csv; charset=utf-8", csv.header("Content-Type"));
        assertTrue(csv.header("Content-Disposition").startsWith("attachment; filename=\"registrations-2026-03-10.csv\""));
        String[] lines = csv.body().split("\r\n");
        assertEquals("\uFEFFNaam;Status;Plaats op wachtlijst;Aangemeld op;Aanwezig;id", lines[0]);
        // The last column is the registration's id, which the attendance import reads back.
        assertTrue(lines[1].matches("Anna Jansen;Aangemeld;;2026-03-02 10:00;;[0-9a-f-]{36}"), lines[1]);
        assertTrue(lines[2].startsWith("\"'=HYPERLINK(\"\"x\"\")\";Aangemeld;;2026-03-02 10:00;;"), "formula made text");
        assertTrue(lines[3].matches("Wim Wachter;Wachtlijst;1;2026-03-02 10:00;;[0-9a-f-]{36}"), lines[3]);
        assertEquals(4, lines.length);

        // An organiser who reads English gets English column names, commas and English words.
        Browser eve = fixture.organiser("en@plein.test", "Eve English", "en");
        String english = eve.get("/webinars/sessions/" + session + "/registrations.csv").body();
        assertTrue(english.startsWith("\uFEFFName,Status,Waiting list position,Registered at,Attended,id\r\nAnna Jansen,Registered,,"),
                english);
    }

    @Test
    void messageReachesPeopleWithASeatAndTheWaitingListOnlyWhenChosen() {
        Week week = fixture.week("Jong geleerd", true);
        String session = fixture.session(week, "Jongeren werven").seats(1).create().id();
        fixture.register(fixture.member("anna@plein.test", "Anna Jansen"), session);
        fixture.register(fixture.member("wacht@plein.test", "Wim Wachter"), session);
        Browser organiser = fixture.organiser();
        String path = "/webinars/sessions/" + session + "/message";

        Browser.Page empty = organiser.post(path, Map.of("subject", "", "body", "De link is veranderd."));
        assertEquals(422, empty.status());
        assertTrue(empty.body().contains("Vul een onderwerp in."));
        assertTrue(empty.body().contains("De link is veranderd."), "what was typed is kept");
        Browser.Page tooLong = organiser.post(path, Map.of("subject", "x".repeat(151), "body", "y".repeat(5001)));
        assertEquals(422, tooLong.status());
        assertTrue(tooLong.body().contains("Het onderwerp mag hooguit 150 tekens lang zijn."));
        assertTrue(tooLong.body().contains("Het bericht mag hooguit 5000 tekens lang zijn."));

        Browser.Page sent = organiser.post(path, Map.of("subject", "Nieuwe link", "body", "Gebruik deze link:\nhttps://meet.example.org/nieuw"));
        assertEquals(303, sent.status());
        assertEquals("/webinars/sessions/" + session + "/manage?sent=1#message", sent.location());
        assertTrue(organiser.get(sent.location()).body().contains("Het bericht is verstuurd aan 1 persoon."));
        plein.platform().sendMail();
        Mailbox mailbox = new Mailbox(greenMail);
        Mailbox.Mail mail = mailbox.last("anna@plein.test");
        assertEquals("Bericht over je kennisboostsessie", mail.subject());
        assertTrue(mail.text().contains("Nieuwe link"));
        assertTrue(mail.text().contains("https://meet.example.org/nieuw"));
        assertTrue(mail.text().contains("\u201eJongeren werven\u201d van 10 maart 2026 14:00"), mail.text());
        assertEquals(0, messages(mailbox, "wacht@plein.test"), "the waiting list was not chosen");

        assertEquals("/webinars/sessions/" + session + "/manage?sent=2#message", organiser.post(path,
                Map.of("subject", "Opname volgt", "body", "Ook wie niet kon komen krijgt de opname.",
                        "includeWaiting", "yes")).location());
        plein.platform().sendMail();
        assertEquals(2, messages(mailbox, "anna@plein.test"));
        assertEquals(1, messages(mailbox, "wacht@plein.test"));
        assertTrue(mailbox.last("wacht@plein.test").text().contains("Ook wie niet kon komen krijgt de opname."));
        assertFalse(mailbox.last("wacht@plein.test").html().contains("<script"));
    }

    @Test
    void weekReportAddsUpEverySessionInAFixedNumberOfStatements() {
        Week week = fixture.week("Jong geleerd", true);
        String first = fixture.session(week, "Jongeren werven").at(LocalDateTime.of(2026, 3, 9, 10, 0)).seats(2)
                .create().id();
        String second = fixture.session(week, "Jongeren houden").at(LocalDateTime.of(2026, 3, 10, 10, 0)).seats(5)
                .create().id();
        fixture.register(fixture.member("a@plein.test", "Anna Jansen"), first);
        fixture.register(fixture.member("b@plein.test", "Bram Bakker"), first);
        fixture.register(fixture.member("c@plein.test", "Cor Claes"), first);
        fixture.register(fixture.signedIn("a@plein.test"), second);
        // After the sessions: attendance and evaluations as the afterwards pages store them.
        plein.jdbi().useHandle(h -> {
            h.createUpdate("UPDATE webinars_registrations SET attended = :yes WHERE session_id = :s AND person_id = :p")
                    .bind("yes", true).bind("s", first).bind("p", fixture.personId("a@plein.test")).execute();
            h.createUpdate("UPDATE webinars_registrations SET attended = :no WHERE session_id = :s AND person_id = :p")
                    .bind("no", false).bind("s", first).bind("p", fixture.personId("b@plein.test")).execute();
            h.createUpdate("INSERT INTO webinars_evaluations (session_id, person_id, score, comment, created_at) "
                    + "VALUES (:s, 'x', 4, '', 0), (:s, 'y', 5, 'Heel nuttig', 0)").bind("s", first).execute();
        });

        Browser organiser = fixture.organiser();
        String report = organiser.get("/webinars/weeks/" + week.id() + "/report").body();
        String firstRow = between(report, "Jongeren werven</a>", "</tr>");
        assertTrue(firstRow.contains("<td>2</td>\n      <td>1</td>\n      <td>1</td>\n      <td>1</td>\n      <td>50%</td>"),
                firstRow);
        assertTrue(firstRow.contains("4,5 van 5 (2 beoordelingen)"), firstRow);
        String secondRow = between(report, "Jongeren houden</a>", "</tr>");
        assertTrue(secondRow.contains("niet bijgehouden"), "no rate before attendance is marked");
        String totals = between(report, "Totaal deze week", "</tr>");
        assertTrue(totals.contains("<td>3</td>\n      <td>1</td>\n      <td>1</td>\n      <td>1</td>\n      <td>33%</td>"), totals);

        String manage = organiser.get("/webinars/sessions/" + first + "/manage").body();
        assertTrue(manage.contains("<dt>Aanwezig</dt><dd>1</dd>"));
        assertTrue(manage.contains("<dt>Niet gekomen</dt><dd>1</dd>"));
        assertTrue(manage.contains("4,5 van 5 (2 beoordelingen)"));
        assertTrue(manage.contains("Heel nuttig"), "comments for the managers");

        Browser.Page csv = organiser.get("/webinars/weeks/" + week.id() + "/report.csv");
        assertEquals("text/csv; charset=utf-8", csv.header("Content-Type"));
        String[] lines = csv.body().split("\r\n");
        assertEquals("\uFEFFSessie;Begint;Status;Aangemeld;Op de wachtlijst;Aanwezig;Niet gekomen;Aanwezigheid onbekend;"
                + "Opkomst;Gemiddelde beoordeling;Aantal beoordelingen", lines[0]);
        assertEquals("Jongeren werven;2026-03-09 10:00;Gepland;2;1;1;1;0;50%;4,5;2", lines[1]);
        assertEquals("Jongeren houden;2026-03-10 10:00;Gepland;1;0;0;0;1;;;0", lines[2]);
        assertEquals("Totaal deze week;;;3;1;1;1;1;33%;4,5;2", lines[3]);

        int twoSessions = statementsFor(organiser, "/webinars/weeks/" + week.id() + "/report");
        Browser cor = fixture.signedIn("c@plein.test");
        for (int i = 0; i < 4; i++) {
            String more = fixture.session(week, "Extra " + i).at(LocalDateTime.of(2026, 3, 12, 10 + i, 0)).seats(5)
                    .create().id();
            fixture.register(cor, more);
        }
        assertEquals(twoSessions, statementsFor(organiser, "/webinars/weeks/" + week.id() + "/report"),
                "the same statements for six sessions as for two");
    }

    private int statementsFor(Browser browser, String path) {
        java.util.concurrent.atomic.AtomicInteger statements = new java.util.concurrent.atomic.AtomicInteger();
        var before = plein.jdbi().getConfig(org.jdbi.v3.core.statement.SqlStatements.class).getSqlLogger();
        plein.jdbi().setSqlLogger(new org.jdbi.v3.core.statement.SqlLogger() {
            @Override
            public void logBeforeExecution(org.jdbi.v3.core.statement.StatementContext context) {
                if (context.getRenderedSql().contains("webinars_")) statements.incrementAndGet();
            }
        });
        try {
            assertEquals(200, browser.get(path).status());
        } finally {
            plein.jdbi().setSqlLogger(before);
        }
        return statements.get();
    }

    static String between(String body, String from, String to) {
        int start = body.indexOf(from);
        assertTrue(start >= 0, "found " + from + " in " + body);
        int end = body.indexOf(to, start);
        assertTrue(end >= 0, "found " + to + " after " + from);
        return body.substring(start, end + to.length());
    }

    /** Organiser messages only: registering itself also mails (confirmation, waiting list). */
    private static long messages(Mailbox mailbox, String address) {
        return mailbox.to(address).stream().filter(m -> m.subject().equals("Bericht over je kennisboostsessie")).count();
    }
}
