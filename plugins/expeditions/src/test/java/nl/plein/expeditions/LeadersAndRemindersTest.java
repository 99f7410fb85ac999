package nl.plein.expeditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.Mailbox;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Leaders are found by province; participants are reminded of meetings, once, also across a restart. */
@OnBothDatabases
class LeadersAndRemindersTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin(s -> s.set("PLEIN_SMTP_HOST", "127.0.0.1")
            .set("PLEIN_SMTP_PORT", String.valueOf(greenMail.getSmtp().getPort())));

    @Test
    void leaderIsFoundInTheDirectoryAndReceivesAQuestion() {
        Browser leader = plein.signedInAs("expeditions.leader");
        Browser.Page wrong = leader.post("/expeditions/leaders/me", Map.of("region", "", "province", "Atlantis",
                "trainedSince", "2099-01-01"));
        assertEquals(422, wrong.status());
        assertTrue(wrong.body().contains("Vul de regio in."));
        assertTrue(wrong.body().contains("Kies een datum tussen 2000 en vandaag."));
        assertEquals(200, leader.post("/expeditions/leaders/me", Map.of("region", "Vallei", "province", "Utrecht",
                "trainedSince", "2022-05-01", "bio", "Begeleidt graag *sportclubs*.", "listed", "yes")).status());

        Browser visitor = plein.browser();
        assertTrue(visitor.get("/expeditions/leaders?province=Utrecht").body().contains("Vallei (Utrecht)"));
        assertFalse(visitor.get("/expeditions/leaders?province=Zeeland").body().contains("Vallei (Utrecht)"));
        assertTrue(visitor.get("/search?q=vallei").body().contains("Test expeditions.leader"));

        String leaderId = plein.jdbi().withHandle(h -> h.createQuery("SELECT person_id FROM expeditions_leaders")
                .mapTo(String.class).one());
        plein.person("vraag@plein.test", "Vera Vraag");
        Browser vera = plein.signedIn("vraag@plein.test");
        vera.post("/organisations", Map.of("name", "Wijkcentrum Oost", "kind", "volunteer-organisation"));
        String organisation = plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM plein_organisations")
                .mapTo(String.class).one());
        Browser.Page empty = vera.post("/expeditions/leaders/" + leaderId + "/ask", Map.of("organisation", organisation,
                "message", ""));
        assertEquals(422, empty.status());
        assertTrue(empty.body().contains("Schrijf je vraag."));
        assertEquals("/expeditions/leaders?asked=1", vera.post("/expeditions/leaders/" + leaderId + "/ask",
                Map.of("organisation", organisation, "message", "Kunnen wij in het najaar meedoen?")).location());
        plein.platform().sendMail();
        Mailbox.Mail mail = new Mailbox(greenMail).last("expeditions-leader-1@plein.test");
        assertEquals("Een organisatie wil meedoen met een expeditie", mail.subject());
        assertTrue(mail.text().contains("Vera Vraag van Wijkcentrum Oost"));
        assertTrue(mail.text().contains("Kunnen wij in het najaar meedoen?"));
    }

    @Test
    void participantsAreRemindedADayBeforeAMeetingOnceAndNotAfterItMoved() {
        Browser leader = plein.signedInAs("expeditions.leader");
        String id = leader.post("/expeditions", ExpeditionWorkflowTest.expedition("Samen sterker", false))
                .location().substring("/expeditions/".length());
        plein.person("lid@club.test", "Lars Lid");
        Browser lars = plein.signedIn("lid@club.test");
        lars.post("/organisations", Map.of("name", "Club Oost", "kind", "other"));
        String organisation = plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM plein_organisations")
                .mapTo(String.class).one());
        plein.jdbi().useHandle(h -> h.createUpdate("INSERT INTO expeditions_participants (expedition_id, organisation_id, "
                + "joined_at) VALUES (:e, :o, 0)").bind("e", id).bind("o", organisation).execute());

        leader.post("/expeditions/" + id + "/meetings", Map.of("kind", "online", "title", "Online sessie 1",
                "startsAt", "2026-03-10T19:30"));
        Mailbox mailbox = new Mailbox(greenMail);
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
        assertEquals(0, mailbox.to("lid@club.test").size(), "not yet");

        plein.testPlein().restart();
        plein.clock().advance(Duration.ofDays(7).plusHours(10));   // 9 March 19:00 in Amsterdam
        assertEquals(1, plein.platform().jobs().runDue());
        plein.platform().sendMail();
        Mailbox.Mail reminder = mailbox.last("lid@club.test");
        assertEquals("Morgen: bijeenkomst van je expeditie", reminder.subject());
        assertTrue(reminder.text().contains("Online sessie 1"));
        assertTrue(reminder.text().contains("10 maart 2026 19:30"));
        assertEquals(0, plein.platform().jobs().runDue(), "sent once");
        plein.platform().sendMail();
        assertEquals(1, mailbox.to("lid@club.test").size());
    }

    @Test
    void deadlineReminderGoesOnlyToOrganisationsThatHaveNotHandedIn() {
        Browser leader = plein.signedInAs("expeditions.leader");
        String id = leader.post("/expeditions", ExpeditionWorkflowTest.expedition("Op tijd", false))
                .location().substring("/expeditions/".length());
        String late = organisation(id, "laat@club.test", "Club Laat");
        String done = organisation(id, "klaar@club.test", "Club Klaar");
        leader.post("/expeditions/" + id + "/assignments", Map.of("title", "Plan schrijven", "dueOn", "2026-03-20"));
        String assignment = plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM expeditions_assignments")
                .mapTo(String.class).one());
        plein.signedIn("klaar@club.test").post("/expeditions/" + id + "/organisations/" + done + "/assignments/"
                + assignment, Map.of("body", "Ons plan staat in de bijlage van het logboek."));

        plein.clock().advance(Duration.ofDays(16));   // 18 March: three days before the end of the 20th
        assertEquals(1, plein.platform().jobs().runDue());
        plein.platform().sendMail();
        Mailbox mailbox = new Mailbox(greenMail);
        assertEquals("Over drie dagen: opdracht inleveren", mailbox.last("laat@club.test").subject());
        assertEquals(0, mailbox.to("klaar@club.test").size(), "already handed in");
        assertTrue(late.length() > 0);
    }

    @Test
    void leaderRecordsWhoCameToAMeeting() {
        Browser leader = plein.signedInAs("expeditions.leader");
        String id = leader.post("/expeditions", ExpeditionWorkflowTest.expedition("Aanwezig", false))
                .location().substring("/expeditions/".length());
        String came = organisation(id, "kwam@club.test", "Club Kwam");
        organisation(id, "niet@club.test", "Club Niet");
        leader.post("/expeditions/" + id + "/meetings", Map.of("kind", "kick-off", "title", "Startdag",
                "startsAt", "2026-03-05T10:00"));
        String meeting = plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM expeditions_meetings")
                .mapTo(String.class).one());
        assertTrue(leader.get("/expeditions/" + id + "/meetings/" + meeting + "/attendance").body().contains("Club Niet"));
        leader.post("/expeditions/" + id + "/meetings/" + meeting + "/attendance",
                Map.of("present", came));
        assertTrue(leader.get("/expeditions/" + id).body().contains("1 van 2 organisaties aanwezig"));
        assertTrue(plein.signedIn("kwam@club.test").get("/expeditions/" + id).body().contains("1 van 2 organisaties aanwezig"),
                "participants see it too");
    }

    private String organisation(String expedition, String email, String name) {
        plein.person(email, name + " contact");
        plein.signedIn(email).post("/organisations", Map.of("name", name, "kind", "other"));
        String id = plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM plein_organisations WHERE name = :n")
                .bind("n", name).mapTo(String.class).one());
        plein.jdbi().useHandle(h -> h.createUpdate("INSERT INTO expeditions_participants (expedition_id, organisation_id, "
                + "joined_at) VALUES (:e, :o, 0)").bind("e", expedition).bind("o", id).execute());
        return id;
    }

    @Test
    void personalDataOfALeaderIsExportedAndErased() {
        Browser leader = plein.signedInAs("expeditions.leader");
        leader.post("/expeditions/leaders/me", Map.of("region", "Kempen", "province", "Noord-Brabant", "listed", "yes"));
        leader.post("/expeditions", ExpeditionWorkflowTest.expedition("Nieuwe buren", true));
        String export = leader.get("/account/export").body();
        assertTrue(export.contains("\"region\" : \"Kempen\""), export);
        assertTrue(export.contains("Nieuwe buren"));
        leader.post("/account/delete", Map.of("password", PleinExtension.PASSWORD, "confirm", "VERWIJDER"));
        int profiles = plein.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM expeditions_leaders")
                .mapTo(Integer.class).one());
        assertEquals(0, profiles);
        assertTrue(plein.browser().get("/expeditions").body().contains("Nieuwe buren"), "the expedition stays");
    }
}
