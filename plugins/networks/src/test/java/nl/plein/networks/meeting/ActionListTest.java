package nl.plein.networks.meeting;

import static nl.plein.networks.meeting.MeetingFixture.BASE_URL;
import static nl.plein.networks.meeting.MeetingFixture.meetingForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.Mailbox;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.NetworksFixture;
import nl.plein.networks.space.Space;
import nl.plein.networks.space.SpaceRole;
import nl.plein.networks.space.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The action list carried across meetings, with reminders to each owner three days before the deadline and on the
 * day (once, also when jobs run twice or the platform restarts; not when done, not for an owner who left, anew when
 * the deadline moves); and the decision log.
 */
class ActionListTest {

    private static final String THREE_DAYS = "Over drie dagen: de deadline van je actie";
    private static final String TODAY = "Vandaag: de deadline van je actie";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin(b -> b.set("PLEIN_BASE_URL", BASE_URL)
            .set("PLEIN_SMTP_HOST", "127.0.0.1").set("PLEIN_SMTP_PORT", String.valueOf(greenMail.getSmtp().getPort())));

    MeetingFixture fixture = new MeetingFixture(plein);
    NetworksFixture networks = fixture.networks;
    Mailbox mailbox = new Mailbox(greenMail);

    Space space;
    String cora;
    String chris;
    String mila;
    String noor;
    String otto;

    private void cast() {
        cora = networks.person("cora@lovz.test", "Cora Coördinator");
        chris = networks.person("chris@lovz.test", "Chris Voorzitter");
        mila = networks.person("mila@lovz.test", "Mila Meulenbelt");
        noor = networks.person("noor@lovz.test", "Noor Nijenhuis");
        otto = networks.person("otto@lovz.test", "Otto Oudlid");
        space = networks.space("Landelijk Overleg Zorgvrijwilligers", Visibility.MEMBERS, cora);
        networks.join(space, chris, null, SpaceRole.CHAIR);
        networks.join(space, mila, null, SpaceRole.MEMBER);
        networks.join(space, noor, null, SpaceRole.MEMBER);
        networks.join(space, otto, null, SpaceRole.MEMBER);
    }

    private String actions() {
        return "/networks/spaces/" + space.id() + "/actions";
    }

    private static Map<String, String> action(String title, String owner, String dueOn, String meeting) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("owner", owner);
        form.put("dueOn", dueOn);
        form.put("meeting", meeting);
        return form;
    }

    private String add(Browser browser, Map<String, String> form) {
        assertEquals(303, browser.post(actions(), form).status());
        return fixture.single("SELECT id FROM networks_actions WHERE title = ?", form.get("title"));
    }

    @Test
    void ownersAreRemindedOnceThreeDaysBeforeAndOnTheDayWhileTheActionIsOpen() {
        cast();
        Browser chair = networks.signedIn("chris@lovz.test");
        String meeting = fixture.plan(networks.signedIn("cora@lovz.test"), space,
                meetingForm("Voorjaarsoverleg", "2026-03-10", "14:00", "16:00"));
        Space other = networks.space("Ander netwerk", Visibility.MEMBERS, cora);
        String foreign = fixture.plan(networks.signedIn("cora@lovz.test"), other,
                meetingForm("Elders", "2026-03-10", "14:00", "16:00"));

        // The form's checks, each beside its field, with what was typed.
        String outsider = networks.person("buiten@elders.test", "Bo Buiten");
        Browser.Page notMember = chair.post(actions(), action("Impact optellen", outsider, "2026-03-12", ""));
        assertEquals(422, notMember.status());
        assertTrue(notMember.body().contains("Kies een lid van deze ruimte."));
        assertTrue(notMember.body().contains("value=\"Impact optellen\""));
        assertTrue(chair.post(actions(), action("Impact optellen", mila, "2026-03-01", "")).body()
                .contains("De deadline ligt in het verleden."));
        assertEquals(422, chair.post(actions(), action("Impact optellen", mila, "12-03-2026", "")).status());
        assertEquals(422, chair.post(actions(), action("Impact optellen", mila, "2030-03-12", "")).status());
        assertEquals(422, chair.post(actions(), action("Impact optellen", mila, "2026-03-12", foreign)).status());
        assertEquals(422, chair.post(actions(), action("", mila, "2026-03-12", "")).status());
        assertEquals(403, networks.signedIn("mila@lovz.test").post(actions(),
                action("Zelf bedacht", mila, "2026-03-12", "")).status(), "coordinators and the chair add actions");
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM networks_actions"));

        String impact = add(chair, action("Impact van de leden optellen", mila, "2026-03-12", meeting));
        String manifest = add(chair, action("Manifest naar de drukker", noor, "2026-03-12", meeting));
        String subsidie = add(chair, action("Subsidieaanvraag indienen", chris, "2026-03-20", ""));
        add(chair, action("Archief opruimen", otto, "2026-03-12", ""));
        assertEquals(4, fixture.count("SELECT COUNT(*) FROM networks_actions WHERE space_id = ? AND status = 'open'",
                space.id()));
        assertEquals(4, fixture.count("SELECT COUNT(*) FROM networks_activity WHERE kind = 'action'"));
        assertEquals(8, fixture.count("SELECT COUNT(*) FROM plein_jobs WHERE owner = 'networks' AND kind = ? "
                + "AND status = 'pending'", ActionReminders.KIND), "two reminders each");
        assertEquals(String.valueOf(Instant.parse("2026-03-09T08:00:00Z").toEpochMilli()), fixture.single(
                "SELECT run_at FROM plein_jobs WHERE job_key = ?", impact + "-2026-03-12-3days"), "9:00 in Amsterdam");

        // Noor finishes hers; Mila may not change another's; the chair moves his own deadline; Otto leaves.
        Browser noorBrowser = networks.signedIn("noor@lovz.test");
        assertEquals(303, noorBrowser.post(actions() + "/" + manifest + "/status", Map.of("status", "done")).status());
        Browser milaBrowser = networks.signedIn("mila@lovz.test");
        assertEquals(403, milaBrowser.post(actions() + "/" + manifest + "/status", Map.of("status", "open")).status());
        assertEquals(422, milaBrowser.post(actions() + "/" + impact + "/status", Map.of("status", "klaar")).status());
        assertEquals(404, milaBrowser.post(actions() + "/onbekend/status", Map.of("status", "done")).status());
        assertEquals(200, chair.get(actions() + "/" + subsidie + "/edit").status());
        assertEquals(303, chair.post(actions() + "/" + subsidie + "/edit",
                action("Subsidieaanvraag indienen", chris, "2026-03-25", "")).status());
        networks.spaces().remove(space.id(), otto);

        // The list: open ones first by deadline, then the rest; filters.
        String list = milaBrowser.get(actions()).body();
        assertTrue(list.indexOf("Impact van de leden optellen") < list.indexOf("Subsidieaanvraag indienen"));
        assertTrue(list.indexOf("Subsidieaanvraag indienen") < list.indexOf("Manifest naar de drukker"));
        assertTrue(list.contains("Voorjaarsoverleg"), "where it came from");
        String mine = milaBrowser.get(actions() + "?filter=mine").body();
        assertTrue(mine.contains("Impact van de leden optellen"));
        assertFalse(mine.contains("Subsidieaanvraag indienen"));
        String done = milaBrowser.get(actions() + "?filter=done").body();
        assertTrue(done.contains("Manifest naar de drukker"));
        assertFalse(done.contains("Impact van de leden optellen"));
        assertFalse(milaBrowser.get(actions() + "?filter=open").body().contains("Manifest naar de drukker"));
        assertEquals(200, milaBrowser.get(actions() + "?filter=%27;DROP").status());

        // 9 March, 9:00: three days before. Jobs running twice, and a restart, send nothing twice.
        plein.clock().advance(Duration.between(Instant.parse("2026-03-02T09:00:00Z"),
                Instant.parse("2026-03-09T08:00:00Z")));
        assertEquals(3, runReminders());
        assertEquals(0, runReminders());
        plein.testPlein().restart();
        assertEquals(0, runReminders(), "planned again at the start, but they ran already");
        plein.platform().sendMail();
        assertEquals(List.of(THREE_DAYS), subjects("mila@lovz.test"));
        Mailbox.Mail reminder = mailbox.last("mila@lovz.test");
        assertTrue(reminder.text().contains("Je actie „Impact van de leden optellen” in Landelijk Overleg "
                + "Zorgvrijwilligers staat nog open. De deadline is 12 maart 2026, over drie dagen."), reminder.text());
        assertEquals(actions(), reminder.linkPath());
        assertEquals(List.of(), subjects("noor@lovz.test"), "done: no reminder");
        assertEquals(List.of(), subjects("otto@lovz.test"), "no longer a member: no mail about the space");

        // 12 March: the day itself.
        plein.clock().advance(Duration.ofDays(3));
        assertEquals(3, runReminders());
        plein.platform().sendMail();
        assertEquals(List.of(THREE_DAYS, TODAY), subjects("mila@lovz.test"));
        assertTrue(mailbox.last("mila@lovz.test").text().contains("De deadline is vandaag, 12 maart 2026."));

        // The moved deadline: the old date's reminders send nothing, the new date's do.
        plein.clock().advance(Duration.ofDays(8));   // 20 March, 9:00: the old deadline
        runReminders();
        plein.platform().sendMail();
        assertEquals(List.of(), subjects("chris@lovz.test"));
        plein.clock().advance(Duration.ofDays(2));   // 22 March: three days before the new one
        assertEquals(1, runReminders());
        plein.platform().sendMail();
        assertEquals(List.of(THREE_DAYS), subjects("chris@lovz.test"));
        assertTrue(mailbox.last("chris@lovz.test").text().contains("25 maart 2026"));
        assertEquals(List.of(), subjects("otto@lovz.test"));
    }

    @Test
    void theDecisionLogIsKeptByCoordinatorsAndTheChair() {
        cast();
        Browser coordinator = networks.signedIn("cora@lovz.test");
        String meeting = fixture.plan(coordinator, space, meetingForm("Voorjaarsoverleg", "2026-03-10", "14:00",
                "16:00"));
        String decisions = "/networks/spaces/" + space.id() + "/decisions";
        Browser chair = networks.signedIn("chris@lovz.test");
        Browser member = networks.signedIn("mila@lovz.test");

        Browser.Page future = chair.post(decisions, Map.of("text", "Het manifest verschijnt in april.",
                "decidedOn", "2026-03-10", "meeting", meeting));
        assertEquals(422, future.status());
        assertTrue(future.body().contains("kies vandaag of eerder"));
        assertTrue(future.body().contains("Het manifest verschijnt in april."), "typed text kept");
        assertEquals(422, chair.post(decisions, Map.of("text", "", "decidedOn", "2026-03-02", "meeting", "")).status());
        assertEquals(422, chair.post(decisions, Map.of("text", "x".repeat(5001), "decidedOn", "2026-03-02",
                "meeting", "")).status());
        assertEquals(422, chair.post(decisions, Map.of("text", "Iets", "decidedOn", "gisteren", "meeting", ""))
                .status());
        assertEquals(422, chair.post(decisions, Map.of("text", "Iets", "decidedOn", "2026-03-02", "meeting",
                "onbekend")).status());
        assertEquals(403, member.post(decisions, Map.of("text", "Iets", "decidedOn", "2026-03-02", "meeting", ""))
                .status());

        assertEquals(303, chair.post(decisions, Map.of("text", "Het manifest verschijnt in **april**.",
                "decidedOn", "2026-03-02", "meeting", meeting)).status());
        assertEquals(303, coordinator.post(decisions, Map.of("text", "De contributie blijft gelijk.",
                "decidedOn", "2026-02-10", "meeting", "")).status());
        String log = member.get(decisions).body();
        assertTrue(log.contains("Het manifest verschijnt in <strong>april</strong>."));
        assertTrue(log.indexOf("2 maart 2026") < log.indexOf("10 februari 2026"), "newest first");
        assertTrue(log.contains("Voorjaarsoverleg"));
        assertFalse(log.contains("name=\"text\""), "members read the log");
        assertEquals(2, fixture.count("SELECT COUNT(*) FROM networks_activity WHERE kind = 'decision'"));
    }

    private List<String> subjects(String address) {
        return mailbox.to(address).stream().map(Mailbox.Mail::subject).toList();
    }

    /**
     * Runs every due job (other parts' jobs too, such as the discussions' daily digest, which catches up a day per
     * run) and says how many action reminders ran: the figure this test is about.
     */
    private int runReminders() {
        int before = remindersDone();
        while (plein.platform().jobs().runDue() > 0) {
            // until nothing is due
        }
        return remindersDone() - before;
    }

    private int remindersDone() {
        return plein.jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM plein_jobs WHERE kind = 'action-reminder' AND status = 'done'")
                .mapTo(Integer.class).one());
    }
}
