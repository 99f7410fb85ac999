package nl.plein.expeditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.Mailbox;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A leader sets up an expedition with its programme and brings in an organisation. */
@OnBothDatabases
class ExpeditionWorkflowTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin(s -> s.set("PLEIN_SMTP_HOST", "127.0.0.1")
            .set("PLEIN_SMTP_PORT", String.valueOf(greenMail.getSmtp().getPort()))
            .set("PLEIN_BASE_URL", "http://plein.test"));

    static Map<String, String> expedition(String title, boolean published) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("region", "Lindeburg");
        form.put("province", "Gelderland");
        form.put("focus", "young-people");
        form.put("format", "mixed");
        form.put("startsOn", "2026-03-01");
        form.put("endsOn", "2026-06-30");
        if (published) form.put("published", "yes");
        return form;
    }

    private String create(Browser leader, String title, boolean published) {
        Browser.Page created = leader.post("/expeditions", expedition(title, published));
        assertEquals(303, created.status(), created.body());
        return created.location().substring("/expeditions/".length());
    }

    @Test
    void leaderPlansTheProgrammeAndAnOrganisationJoinsByInvitation() {
        Browser leader = plein.signedInAs("expeditions.leader");
        String id = create(leader, "Jong geleerd in Lindeburg", true);

        Browser.Page meeting = leader.post("/expeditions/" + id + "/meetings", Map.of("kind", "kick-off",
                "title", "Startdag", "startsAt", "2026-03-05T10:00", "place", "Buurthuis De Kastanje",
                "agenda", "**Kennismaken** en doelen kiezen"));
        assertEquals(303, meeting.status());
        leader.post("/expeditions/" + id + "/assignments", Map.of("title", "Nulmeting invullen",
                "description", "Hoeveel vrijwilligers heb je nu?", "dueOn", "2026-03-20"));
        Browser.Page page = leader.get("/expeditions/" + id);
        assertTrue(page.body().contains("Startdag"));
        assertTrue(page.body().contains("5 maart 2026 10:00"), "Amsterdam time, Dutch format");
        assertTrue(page.body().contains("<strong>Kennismaken</strong>"), "agenda Markdown rendered");
        assertTrue(page.body().contains("Nulmeting invullen"));

        String coordinator = plein.person("contact@sportclub.test", "Sanne Sport");
        Browser sanne = plein.signedIn("contact@sportclub.test");
        sanne.post("/organisations", Map.of("name", "Sportclub Vlietzicht", "kind", "volunteer-organisation"));
        assertFalse(sanne.get("/expeditions/" + id).body().contains("Startdag"), "not yet inside");

        assertEquals(303, leader.post("/expeditions/" + id + "/invitations", Map.of("email", "contact@sportclub.test")).status());
        plein.platform().sendMail();
        Mailbox.Mail mail = new Mailbox(greenMail).last("contact@sportclub.test");
        assertEquals("Uitnodiging voor de expeditie Jong geleerd in Lindeburg", mail.subject());
        assertTrue(mail.link().startsWith("http://plein.test/expeditions/invitations/"));

        Browser.Page invitation = sanne.get(mail.linkPath());
        assertTrue(invitation.body().contains("Sportclub Vlietzicht"));
        String organisation = plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM plein_organisations")
                .mapTo(String.class).one());
        assertEquals(403, plein.signedInMember().post(mail.linkPath(), Map.of("organisation", organisation)).status(),
                "only for one's own organisation");
        assertEquals("/expeditions/" + id, sanne.post(mail.linkPath(), Map.of("organisation", organisation)).location());
        Browser.Page inside = sanne.get("/expeditions/" + id);
        assertTrue(inside.body().contains("Startdag"), "the participant sees the programme");
        assertTrue(inside.body().contains("Sportclub Vlietzicht"));
        assertFalse(inside.body().contains("Bijeenkomst toevoegen"), "but does not manage it");
        assertEquals(404, sanne.post(mail.linkPath(), Map.of("organisation", organisation)).status(), "used once");
        assertTrue(sanne.get("/expeditions").body().contains("Expedities waar mijn organisatie aan meedoet"));
        assertTrue(coordinator.length() > 0);
    }

    @Test
    void leaderChangesTheExpeditionAndItsProgrammeAfterwards() {
        Browser leader = plein.signedInAs("expeditions.leader");
        String id = create(leader, "Werktitel", false);
        Map<String, String> renamed = expedition("Jong geleerd in Lindeburg", true);
        assertEquals(303, leader.post("/expeditions/" + id + "/edit", renamed).status());
        Browser.Page published = plein.browser().get("/expeditions/" + id);
        assertEquals(200, published.status(), "published by the edit");
        assertTrue(published.body().contains("Jong geleerd in Lindeburg"));

        leader.post("/expeditions/" + id + "/meetings", Map.of("kind", "kick-off", "title", "Startdag",
                "startsAt", "2026-03-05T10:00"));
        leader.post("/expeditions/" + id + "/assignments", Map.of("title", "Nulmeting invullen", "dueOn", "2026-03-20"));
        String meeting = plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM expeditions_meetings")
                .mapTo(String.class).one());
        String assignment = plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM expeditions_assignments")
                .mapTo(String.class).one());
        assertEquals(303, leader.post("/expeditions/" + id + "/meetings/" + meeting + "/edit", Map.of("kind", "kick-off",
                "title", "Startdag (verplaatst)", "startsAt", "2026-03-12T10:00", "place", "Bibliotheek")).status());
        String page = leader.get("/expeditions/" + id).body();
        assertTrue(page.contains("Startdag (verplaatst)") && page.contains("12 maart 2026 10:00"), page);
        assertFalse(page.contains("5 maart 2026 10:00"), "moved, not copied");

        assertEquals(303, leader.post("/expeditions/" + id + "/meetings/" + meeting + "/delete", Map.of()).status());
        assertEquals(303, leader.post("/expeditions/" + id + "/assignments/" + assignment + "/delete", Map.of()).status());
        page = leader.get("/expeditions/" + id).body();
        assertFalse(page.contains("Startdag"), page);
        assertFalse(page.contains("Nulmeting invullen"), page);
    }

    @Test
    void datesMustMakeSenseAndEachRefusalIsExplainedBesideTheField() {
        Browser leader = plein.signedInAs("expeditions.leader");
        Map<String, String> wrong = expedition("", false);
        wrong.put("endsOn", "2026-02-01");
        wrong.put("province", "Atlantis");
        Browser.Page page = leader.post("/expeditions", wrong);
        assertEquals(422, page.status());
        assertTrue(page.body().contains("id=\"f-title-error\">Vul een titel in."));
        assertTrue(page.body().contains("id=\"f-endsOn-error\">De laatste dag moet na de eerste dag liggen."));
        assertTrue(page.body().contains("Kies een provincie uit de lijst."));
        assertTrue(page.body().contains("value=\"Lindeburg\""), "typed values kept");

        String id = create(leader, "Ouderen doen mee", false);
        Browser.Page outside = leader.post("/expeditions/" + id + "/meetings", Map.of("kind", "online",
                "title", "Te laat", "startsAt", "2026-07-01T19:00"));
        assertEquals(422, outside.status());
        assertTrue(outside.body().contains("De bijeenkomst moet binnen de periode van de expeditie vallen."));
        assertTrue(outside.body().contains("value=\"Te laat\""));
        Browser.Page deadline = leader.post("/expeditions/" + id + "/assignments", Map.of("title", "Plan",
                "dueOn", "2026-06-30"));
        assertEquals(422, deadline.status());
        assertTrue(deadline.body().contains("vóór de slotbijeenkomst"));
        Browser.Page garbage = leader.post("/expeditions/" + id + "/meetings", Map.of("kind", "feest",
                "title", "x", "startsAt", "gisteren"));
        assertEquals(422, garbage.status());
        Browser.Page badMail = leader.post("/expeditions/" + id + "/invitations", Map.of("email", "geen-adres"));
        assertEquals(422, badMail.status());
        assertTrue(badMail.body().contains("Vul een geldig e-mailadres in"));
    }

    @Test
    void onlyTheLeaderManagesAndOutsidersSeeAtMostWhatIsPublished() {
        Browser leader = plein.signedInAs("expeditions.leader");
        String hidden = create(leader, "Stille expeditie", false);
        String open = create(leader, "Open expeditie", true);
        leader.post("/expeditions/" + open + "/meetings", Map.of("kind", "kick-off", "title", "Geheime startdag",
                "startsAt", "2026-03-05T10:00"));

        Browser anonymous = plein.browser();
        assertEquals(404, anonymous.get("/expeditions/" + hidden).status());
        Browser.Page published = anonymous.get("/expeditions/" + open);
        assertEquals(200, published.status());
        assertTrue(published.body().contains("Open expeditie"));
        assertFalse(published.body().contains("Geheime startdag"), "the programme is for insiders");
        assertTrue(anonymous.get("/expeditions").body().contains("Open expeditie"));
        assertFalse(anonymous.get("/expeditions").body().contains("Stille expeditie"));

        Browser otherLeader = plein.signedInAs("expeditions.leader");
        assertEquals(403, otherLeader.get("/expeditions/" + open + "/edit").status());
        assertEquals(403, otherLeader.post("/expeditions/" + open + "/meetings", Map.of("kind", "online")).status());
        assertEquals(404, otherLeader.get("/expeditions/" + hidden + "/edit").status(), "not even its existence");
        assertEquals(403, plein.signedInMember().get("/expeditions/new").status());
        assertEquals(303, anonymous.get("/expeditions/new").status());

        Browser manager = plein.signedInAs("expeditions.manager");
        assertTrue(manager.get("/expeditions/" + hidden).body().contains("Programma"), "the manager may look inside");
        assertEquals(403, manager.get("/expeditions/" + hidden + "/edit").status(), "but not manage");
        assertEquals(404, plein.signedInAs("expeditions.observer").get("/expeditions/" + hidden).status(),
                "an observer sees totals only");
    }
}
