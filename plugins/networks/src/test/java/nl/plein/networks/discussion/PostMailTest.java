package nl.plein.networks.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.Mailbox;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.space.SpaceRole;
import nl.plein.networks.space.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The mail about a new post, as received over SMTP: to the followers of the thread who want it immediately, a couple
 * of minutes after the post, not to its author, not to members who do not follow or chose the digest or nothing, and
 * never to someone who is no longer a member when the mail goes out. Also the report to the coordinators.
 */
class PostMailTest {

    static final String BASE_URL = "http://netwerk.plein.test";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin(b -> b.set("PLEIN_BASE_URL", BASE_URL)
            .set("PLEIN_SMTP_HOST", "127.0.0.1").set("PLEIN_SMTP_PORT", String.valueOf(greenMail.getSmtp().getPort())));
    private final Mailbox mailbox = new Mailbox(greenMail);

    @Test
    void aReplyIsMailedToFollowersWhoWantItNowAndAreStillMembers() {
        var scene = new DiscussionScene(plein, Visibility.MEMBERS);
        String[] names = {"Femke", "Daan", "Ruud", "Vera", "Wout"};
        for (String name : names) {
            String id = scene.fixture.person(name.toLowerCase() + "@leden.test", name + " Lid");
            scene.fixture.join(scene.space, id, null, SpaceRole.MEMBER);
        }
        Browser mila = scene.mila();
        String thread = scene.start(mila, "Landelijke dag", "Wie doet mee aan de *landelijke dag*?");
        String url = scene.base() + "/threads/" + thread;
        Browser femke = scene.fixture.signedIn("femke@leden.test");   // follows, immediately (the default)
        Browser daan = scene.fixture.signedIn("daan@leden.test");     // follows, but chose the digest
        Browser ruud = scene.fixture.signedIn("ruud@leden.test");     // follows, but chose never
        Browser vera = scene.fixture.signedIn("vera@leden.test");     // follows, then is removed from the space
        Browser wout = scene.fixture.signedIn("wout@leden.test");     // follows, then unfollows
        for (Browser b : List.of(femke, daan, ruud, vera, wout)) assertEquals(303, b.post(url + "/follow", Map.of()).status());
        assertEquals(303, wout.post(url + "/unfollow", Map.of()).status());
        assertEquals(303, daan.post(scene.base() + "/notifications", Map.of("mode", "digest")).status());
        assertEquals(303, ruud.post(scene.base() + "/notifications", Map.of("mode", "never")).status());
        assertTrue(daan.get(scene.base() + "/notifications").body().contains("value=\"digest\" checked"));

        String post = scene.reply(scene.noor(), thread, "Wij komen met **vier** mensen.");
        scene.fixture.spaces().remove(scene.space.id(), scene.fixture.personId("vera@leden.test"));
        plein.clock().advance(PostMails.GRACE.minusSeconds(1));
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
        assertEquals(0, greenMail.getReceivedMessages().length, "not before the grace period");

        plein.clock().advance(Duration.ofSeconds(1));
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
        assertEquals(1, mailbox.to("mila@zorgkring.test").size(), "the starter follows");
        assertEquals(1, mailbox.to("femke@leden.test").size());
        for (String nobody : List.of("noor@buurtkracht.test", "daan@leden.test", "ruud@leden.test", "vera@leden.test",
                "wout@leden.test", "cor@netwerk.test", "olaf@elders.test")) {
            assertEquals(List.of(), mailbox.to(nobody), nobody);
        }
        assertEquals(2, greenMail.getReceivedMessages().length);

        Mailbox.Mail mail = mailbox.last("femke@leden.test");
        assertEquals("Nieuw bericht in een discussie die je volgt", mail.subject());
        assertTrue(mail.text().contains("Noor Lid schreef in de discussie „Landelijke dag” in Landelijk Overleg Vrijwillige Zorg:"),
                mail.text());
        assertTrue(mail.text().contains("Wij komen met **vier** mensen."));
        assertTrue(mail.html().contains("<strong>vier</strong>"));
        assertEquals(BASE_URL + url + "?page=1#post-" + post, mail.link());
        assertTrue(mail.text().contains(BASE_URL + scene.base() + "/notifications"));

        // A retry of the same job sends nothing twice.
        plein.jdbi().useHandle(h -> h.execute("UPDATE plein_jobs SET status = 'pending' WHERE owner = 'networks' "
                + "AND kind = '" + PostMails.KIND + "'"));
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
        assertEquals(2, greenMail.getReceivedMessages().length);
    }

    @Test
    void aPostRemovedWithinTheGracePeriodIsNotMailedAndAnEditedOneGoesOutAsEdited() {
        var scene = new DiscussionScene(plein, Visibility.OPEN);
        Browser mila = scene.mila();
        Browser noor = scene.noor();
        String thread = scene.start(mila, "Vacatures", "Zijn er vacatures?");
        String oops = scene.reply(noor, thread, "Verkeerde draad, sorry.");
        String fixed = scene.reply(noor, thread, "Ja, twee: een tyop.");
        String posts = scene.base() + "/threads/" + thread + "/posts/";
        assertEquals(303, noor.post(posts + oops + "/delete", Map.of()).status());
        assertEquals(303, noor.post(posts + fixed + "/edit", Map.of("body", "Ja, twee: een coördinator en een maatje."))
                .status());
        plein.clock().advance(PostMails.GRACE);
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
        List<Mailbox.Mail> mails = mailbox.to("mila@zorgkring.test");
        assertEquals(1, mails.size());
        assertTrue(mails.get(0).text().contains("Ja, twee: een coördinator en een maatje."));
        assertFalse(mails.get(0).text().contains("Verkeerde draad"));
    }

    @Test
    void aReportReachesTheCoordinatorsWhoHandleIt() {
        var scene = new DiscussionScene(plein, Visibility.MEMBERS);
        String secondCoordinator = scene.fixture.person("tess@netwerk.test", "Tess Coördinator", "en");
        scene.fixture.join(scene.space, secondCoordinator, null, SpaceRole.COORDINATOR);
        Browser mila = scene.mila();
        Browser noor = scene.noor();
        String thread = scene.start(mila, "Fondsen", "Welke fondsen kennen jullie?");
        String post = scene.reply(noor, thread, "Koop nu goedkope horloges op example.test!");
        String posts = scene.base() + "/threads/" + thread + "/posts/";

        Browser.Page form = mila.get(posts + post + "/report");
        assertEquals(200, form.status());
        assertTrue(form.body().contains("goedkope horloges"));
        Browser.Page reported = mila.post(posts + post + "/report", Map.of("reason", "Reclame, hoort hier niet."));
        assertEquals(303, reported.status());
        assertTrue(mila.get(reported.location()).body().contains("De coördinatoren hebben je melding gekregen."));
        assertEquals(1, scene.count("SELECT COUNT(*) FROM networks_activity WHERE kind = 'report' AND access = 'coordinators'"));

        plein.platform().sendMail();
        Mailbox.Mail cor = mailbox.last("cor@netwerk.test");
        assertEquals("Een bericht is gemeld bij de coördinatoren", cor.subject());
        assertTrue(cor.text().contains("Reclame, hoort hier niet."));
        assertTrue(cor.text().contains("„Fondsen”"));
        assertFalse(cor.text().contains("horloges"), "the post itself stays in the space");
        assertEquals(BASE_URL + scene.base() + "/reports", cor.link());
        assertEquals("A post was reported to the coordinators", mailbox.last("tess@netwerk.test").subject());
        assertEquals(List.of(), mailbox.to("noor@buurtkracht.test"));
        assertEquals(List.of(), mailbox.to("mila@zorgkring.test"));

        // Members do not see the reports; the coordinator does, removes the post and marks the report handled.
        assertEquals(403, mila.get(scene.base() + "/reports").status());
        Browser coordinator = scene.coordinator();
        assertTrue(coordinator.get(scene.base() + "/threads").body().contains("Meldingen (1 open)"));
        String reports = coordinator.get(scene.base() + "/reports").body();
        assertTrue(reports.contains("Reclame, hoort hier niet."));
        assertTrue(reports.contains("Gemeld door Mila Lid"));
        assertTrue(reports.contains("goedkope horloges"));
        String reportId = scene.strings("SELECT id FROM networks_reports").get(0);
        assertEquals(303, coordinator.post(posts + post + "/delete", Map.of()).status());
        assertTrue(coordinator.get(scene.base() + "/reports").body().contains("Dit bericht is verwijderd."));
        assertEquals(303, coordinator.post(scene.base() + "/reports/" + reportId + "/handled", Map.of()).status());
        assertTrue(coordinator.get(scene.base() + "/reports").body().contains("Er zijn geen open meldingen."));
        assertEquals(1, scene.count("SELECT COUNT(*) FROM networks_reports WHERE handled_at IS NOT NULL AND handled_by = ?",
                scene.coordinatorId));
        assertEquals(404, mila.get(posts + post + "/report").status(), "a removed post cannot be reported");
    }
}
