package nl.plein.webinars.calendar;

import static nl.plein.webinars.WebinarsFixture.AMSTERDAM;
import static nl.plein.webinars.WebinarsFixture.BASE_URL;
import static nl.plein.webinars.WebinarsFixture.event;
import static nl.plein.webinars.WebinarsFixture.parse;
import static nl.plein.webinars.WebinarsFixture.property;
import static nl.plein.webinars.WebinarsFixture.sessionInput;
import static nl.plein.webinars.WebinarsFixture.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.component.VEvent;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.Mailbox;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.WebinarsFixture;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.programme.Week;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Mail around a registration and a session's life, as received over SMTP: confirmations with the calendar file, the
 * waiting list, promotion, reminders a day and an hour before, and news of a move or a cancellation. Where reminders
 * matter the organiser enters, moves and calls off sessions with the programme's real forms, which plan them.
 */
class CalendarMailTest {

    private static final String REGISTERED = "Je bent aangemeld voor een kennisboostsessie";
    private static final String WAITING = "Je staat op de wachtlijst voor een kennisboostsessie";
    private static final String PROMOTED = "Er is een plek voor je vrijgekomen";
    private static final String DAY = "Morgen: je kennisboostsessie";
    private static final String HOUR = "Over een uur begint je kennisboostsessie";
    private static final String MOVED = "Een kennisboostsessie heeft een nieuwe tijd";
    private static final String CANCELLED = "Een kennisboostsessie gaat niet door";
    private static final String UNREGISTERED = "Je bent afgemeld";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin(b -> b.set("PLEIN_BASE_URL", BASE_URL)
            .set("PLEIN_SMTP_HOST", "127.0.0.1").set("PLEIN_SMTP_PORT", String.valueOf(greenMail.getSmtp().getPort())));

    WebinarsFixture fixture = new WebinarsFixture(plein);

    private final Mailbox mailbox = new Mailbox(greenMail);
    private Week week;

    @Test
    void confirmationCarriesTheCalendarFileWaitingSaysThePlaceAndPromotionGivesTheSeat() {
        Session session = fixture.session(week(), "Werven via school").at(LocalDateTime.of(2026, 3, 20, 19, 30))
                .seats(1).create();
        Browser ann = fixture.member("ann@plein.test", "Ann Aanmelder");
        Browser bob = fixture.member("bob@plein.test", "Bob Wachter");
        Browser cas = fixture.member("cas@plein.test", "Cas Waiting", "en");
        fixture.register(ann, session);
        fixture.register(bob, session);
        fixture.register(cas, session);
        plein.platform().sendMail();

        Mailbox.Mail confirmation = only("ann@plein.test", REGISTERED);
        assertTrue(confirmation.text().contains("Je bent aangemeld voor „Werven via school” op 20 maart 2026 19:30."),
                confirmation.text());
        assertEquals("/webinars/sessions/" + session.id(), confirmation.linkPath());
        assertTrue(confirmation.text().contains(BASE_URL + "/webinars/calendar"), "how to get the feed");
        assertFalse(confirmation.text().contains(WebinarsFixture.JOIN_URL));
        Mailbox.Attachment file = confirmation.attachment("werven-via-school.ics").orElseThrow();
        assertTrue(file.contentType().toLowerCase().startsWith("text/calendar"), file.contentType());
        VEvent event = event(parse(file.text()), session);
        assertEquals(Instant.parse("2026-03-20T18:30:00Z"), start(event));
        assertEquals("CONFIRMED", property(event, "STATUS"));
        assertEquals("0", property(event, "SEQUENCE"));

        Mailbox.Mail waiting = only("cas@plein.test", "You are on the waiting list for a knowledge boost session");
        assertTrue(waiting.text().contains("You are on the waiting list, at place 2."), waiting.text());
        assertTrue(waiting.attachments().isEmpty());
        assertTrue(only("bob@plein.test", WAITING).text().contains("op plaats 1."));

        assertEquals(303, ann.post("/webinars/sessions/" + session.id() + "/cancel", Map.of()).status());
        plein.platform().sendMail();
        Mailbox.Mail promoted = only("bob@plein.test", PROMOTED);
        assertTrue(promoted.text().contains("Die plek is nu van jou"), promoted.text());
        VEvent seat = event(parse(promoted.attachment("werven-via-school.ics").orElseThrow().text()), session);
        assertEquals("CONFIRMED", property(seat, "STATUS"));
        assertEquals("1", property(seat, "SEQUENCE"), "replaces a waiting-list event from the feed");
        assertEquals(1, mailbox.to("cas@plein.test").size(), "still waiting: no news for Cas");
        // Ann's own cancelling is confirmed with a file that takes the event out of her calendar.
        VEvent gaveUp = event(parse(only("ann@plein.test", UNREGISTERED).attachment("werven-via-school.ics")
                .orElseThrow().text()), session);
        assertEquals("CANCELLED", property(gaveUp, "STATUS"));
        assertEquals("1", property(gaveUp, "SEQUENCE"), "higher than the confirmation's");

        // Registering again after cancelling is a new arrival, so it is confirmed again (here: the waiting list).
        fixture.register(ann, session);
        plein.platform().sendMail();
        assertTrue(only("ann@plein.test", WAITING).text().contains("op plaats 2."));
    }

    @Test
    void cancellingIsConfirmedWithAFileThatTakesTheEventOutAndRegisteringAgainPutsItBack() {
        Session session = fixture.session(week(), "Ouderen bereiken").at(LocalDateTime.of(2026, 3, 20, 19, 30))
                .seats(1).create();
        Browser ann = fixture.member("ann@plein.test", "Ann Aanmelder");
        Browser cas = fixture.member("cas@plein.test", "Cas Waiting", "en");
        fixture.register(ann, session);
        fixture.register(cas, session);
        plein.platform().sendMail();
        VEvent confirmed = file(only("ann@plein.test", REGISTERED), session);
        assertEquals("CONFIRMED", property(confirmed, "STATUS"));

        assertEquals(303, ann.post("/webinars/sessions/" + session.id() + "/cancel", Map.of()).status());
        plein.platform().sendMail();
        Mailbox.Mail cancelled = only("ann@plein.test", UNREGISTERED);
        assertTrue(cancelled.text().contains("Je hebt je afgemeld voor „Ouderen bereiken” op 20 maart 2026 19:30."),
                cancelled.text());
        assertTrue(cancelled.text().contains("open het om de sessie uit je agenda te halen"), cancelled.text());
        assertEquals("/webinars/sessions/" + session.id(), cancelled.linkPath());
        assertFalse(cancelled.text().contains(WebinarsFixture.JOIN_URL));
        VEvent off = file(cancelled, session);
        assertEquals("CANCELLED", property(off, "STATUS"));
        assertTrue(sequence(off) > sequence(confirmed), "the cancelled file replaces the confirmed one");

        // Cas got the seat, then gives it up as well (in English); pressing twice changes nothing and sends nothing.
        VEvent casSeat = file(only("cas@plein.test", "A seat has become free for you"), session);
        assertEquals(303, cas.post("/webinars/sessions/" + session.id() + "/cancel", Map.of()).status());
        assertEquals(409, cas.post("/webinars/sessions/" + session.id() + "/cancel", Map.of()).status());
        plein.platform().sendMail();
        Mailbox.Mail casCancelled = only("cas@plein.test", "You cancelled your registration");
        assertTrue(casCancelled.text().contains("You cancelled your registration for \"Ouderen bereiken\""),
                casCancelled.text());
        assertTrue(sequence(file(casCancelled, session)) > sequence(casSeat));

        // Registering again: confirmed with a file that replaces the cancelled one.
        assertEquals("registered", fixture.register(ann, session));
        plein.platform().sendMail();
        List<Mailbox.Mail> confirmations = mailbox.to("ann@plein.test").stream()
                .filter(m -> m.subject().equals(REGISTERED)).toList();
        assertEquals(2, confirmations.size(), subjects("ann@plein.test").toString());
        VEvent back = file(confirmations.get(1), session);
        assertEquals("CONFIRMED", property(back, "STATUS"));
        assertTrue(sequence(back) > sequence(off), "registered again: " + sequence(back) + " after " + sequence(off));
    }

    @Test
    void leavingTheWaitingListIsConfirmedToo() {
        // The waiting-list mail has no file, but the news of a move does: so leaving the list is confirmed with one.
        Browser organiser = fixture.organiser();
        Session session = entered(organiser, "Bedrijven als partner", LocalDateTime.of(2026, 3, 5, 10, 0), 1);
        Browser ann = fixture.member("ann@plein.test", "Ann Aanmelder");
        Browser bob = fixture.member("bob@plein.test", "Bob Wachter");
        fixture.register(ann, session);
        fixture.register(bob, session);
        assertEquals(303, fixture.forms(organiser).move(session.id(), LocalDateTime.of(2026, 3, 7, 14, 0)).status());
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
        VEvent tentative = file(only("bob@plein.test", MOVED), session);
        assertEquals("TENTATIVE", property(tentative, "STATUS"));

        assertEquals(303, bob.post("/webinars/sessions/" + session.id() + "/cancel", Map.of()).status());
        plein.platform().sendMail();
        VEvent off = file(only("bob@plein.test", UNREGISTERED), session);
        assertEquals("CANCELLED", property(off, "STATUS"));
        assertTrue(sequence(off) > sequence(tentative));
        assertFalse(subjects("ann@plein.test").contains(UNREGISTERED), "nothing changed for Ann");
    }

    @Test
    void remindersGoOnceADayAndAnHourBeforeToEveryoneWithASeatAlsoAfterARestart() {
        // Three days ahead, as the organiser enters it: saving the form plans the reminders.
        Session session = entered(fixture.organiser(), "Ouderen bereiken", LocalDateTime.of(2026, 3, 5, 10, 0), 2);
        assertEquals(2, plannedReminders().size(), "a day and an hour before");
        Browser ann = fixture.member("ann@plein.test", "Ann Aanmelder");
        Browser dan = fixture.member("dan@plein.test", "Dan Afmelder");
        Browser bob = fixture.member("bob@plein.test", "Bob Doorgeschoven");
        Browser cas = fixture.member("cas@plein.test", "Cas Wachter");
        fixture.register(ann, session);
        fixture.register(dan, session);
        fixture.register(bob, session);
        fixture.register(cas, session);
        dan.post("/webinars/sessions/" + session.id() + "/cancel", Map.of());   // Bob gets the seat; Cas waits

        plein.platform().jobs().runDue();
        plein.platform().sendMail();
        assertEquals(0, reminders("ann@plein.test"), "not yet");

        plein.clock().advance(Duration.ofDays(2));   // 4 March, 10:00: a day before
        assertEquals(1, plein.platform().jobs().runDue());
        plein.platform().sendMail();
        Mailbox.Mail dayBefore = only("ann@plein.test", DAY);
        assertTrue(dayBefore.text().contains("morgen, 5 maart 2026 10:00, is de sessie „Ouderen bereiken”"),
                dayBefore.text());
        assertEquals("/webinars/sessions/" + session.id(), dayBefore.linkPath());
        only("bob@plein.test", DAY);
        assertEquals(0, reminders("cas@plein.test"), "still waiting");
        assertEquals(0, reminders("dan@plein.test"), "cancelled");

        assertEquals(0, plein.platform().jobs().runDue(), "sent once");
        plein.testPlein().restart();
        assertEquals(0, plein.platform().jobs().runDue(), "also after a restart");
        plein.platform().sendMail();
        assertEquals(1, reminders("ann@plein.test"));

        plein.clock().advance(Duration.ofHours(23));   // 5 March, 09:00
        assertEquals(1, plein.platform().jobs().runDue());
        plein.platform().sendMail();
        assertTrue(only("ann@plein.test", HOUR).text().contains("begint over een uur, om 5 maart 2026 10:00"));
        only("bob@plein.test", HOUR);
        assertEquals(List.of(), subjects("cas@plein.test").stream().filter(s -> s.equals(DAY) || s.equals(HOUR)).toList());
    }

    @Test
    void aMovedSessionIsAnnouncedWithTheNewFileAndRemindedAtTheNewTimeOnly() {
        Browser organiser = fixture.organiser();
        Session session = entered(organiser, "Bedrijven als partner", LocalDateTime.of(2026, 3, 5, 10, 0), 1);
        Browser ann = fixture.member("ann@plein.test", "Ann Aanmelder");
        Browser bob = fixture.member("bob@plein.test", "Bob Wachter");
        fixture.register(ann, session);
        fixture.register(bob, session);

        // The organiser opens the edit form and changes only the date and times: 7 March, 14:00–15:00.
        LocalDateTime newStart = LocalDateTime.of(2026, 3, 7, 14, 0);
        Browser.Page saved = fixture.forms(organiser).move(session.id(), newStart);
        assertEquals(303, saved.status(), saved.body());
        assertEquals("/webinars/sessions/" + session.id() + "?saved=1", saved.location());
        assertEquals(1, plein.platform().jobs().runDue(), "the news goes out from a job");
        plein.platform().sendMail();
        Mailbox.Mail moved = only("ann@plein.test", MOVED);
        assertTrue(moved.text().contains("De nieuwe tijd: 7 maart 2026 14:00."), moved.text());
        VEvent update = event(parse(moved.attachment("bedrijven-als-partner.ics").orElseThrow().text()), session);
        assertEquals(newStart.atZone(AMSTERDAM).toInstant(), start(update));
        assertEquals("1", property(update, "SEQUENCE"), "replaces the event calendars already hold");
        Mailbox.Mail movedWaiting = only("bob@plein.test", MOVED);
        assertTrue(movedWaiting.text().contains("Je staat nog op de wachtlijst"));
        assertEquals("Bedrijven als partner (wachtlijst)", property(event(parse(movedWaiting
                .attachment("bedrijven-als-partner.ics").orElseThrow().text()), session), "SUMMARY"));

        plein.clock().advance(Duration.ofDays(2).plusMinutes(5));   // past the old reminder's moment
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
        assertEquals(0, reminders("ann@plein.test"), "nothing at the old time");
        assertEquals(List.of("cancelled", "cancelled"), jobStatuses(Reminders.key(session.id(), 0, Reminders.Moment.DAY),
                Reminders.key(session.id(), 0, Reminders.Moment.HOUR)));

        plein.clock().advance(Duration.ofDays(2).plusHours(4));   // 6 March, 14:05: a day before the new start
        assertEquals(1, plein.platform().jobs().runDue());
        plein.platform().sendMail();
        assertTrue(only("ann@plein.test", DAY).text().contains("7 maart 2026 14:00"));
        assertEquals(0, reminders("bob@plein.test"));
    }

    @Test
    void aCancelledSessionIsAnnouncedToEveryoneAndRemindedToNoOne() {
        Browser organiser = fixture.organiser();
        Session session = entered(organiser, "Jongeren bereiken", LocalDateTime.of(2026, 3, 5, 10, 0), 1);
        Browser ann = fixture.member("ann@plein.test", "Ann Aanmelder");
        Browser bob = fixture.member("bob@plein.test", "Bob Wachter");
        fixture.register(ann, session);
        fixture.register(bob, session);

        Browser.Page calledOff = fixture.forms(organiser).cancel(session.id());
        assertEquals(303, calledOff.status(), calledOff.body());
        assertEquals("/webinars/sessions/" + session.id() + "?called-off=1", calledOff.location());
        assertEquals(1, plein.platform().jobs().runDue());
        plein.platform().sendMail();
        for (String address : List.of("ann@plein.test", "bob@plein.test")) {
            Mailbox.Mail news = only(address, CANCELLED);
            assertTrue(news.text().contains("de sessie „Jongeren bereiken” op 5 maart 2026 10:00 is afgelast"),
                    news.text());
            VEvent off = event(parse(news.attachment("jongeren-bereiken.ics").orElseThrow().text()), session);
            assertEquals("CANCELLED", property(off, "STATUS"));
            assertEquals("1", property(off, "SEQUENCE"));
        }
        assertEquals(List.of("cancelled", "cancelled"), jobStatuses(Reminders.key(session.id(), 0, Reminders.Moment.DAY),
                Reminders.key(session.id(), 0, Reminders.Moment.HOUR)));

        assertEquals(0, plein.platform().jobs().runDue(), "told once");
        plein.clock().advance(Duration.ofDays(3));
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
        assertEquals(0, reminders("ann@plein.test"));
        assertEquals(1, mailbox.to("ann@plein.test").stream().filter(m -> m.subject().equals(CANCELLED)).count());
    }

    @Test
    void remindersWhoseMomentHasPassedAreNotPlanned() {
        // Today at 12:00 and at 10:30, entered at 10:00: too late for a day's notice, and for the second an hour's.
        Browser organiser = fixture.organiser();
        Session soon = entered(organiser, "Over twee uur", LocalDateTime.of(2026, 3, 2, 12, 0), 5);
        Session verySoon = entered(organiser, "Over een half uur", LocalDateTime.of(2026, 3, 2, 10, 30), 5);
        assertEquals(List.of(Reminders.key(soon.id(), 0, Reminders.Moment.HOUR)), plannedReminders());

        Browser ann = fixture.member("ann@plein.test", "Ann Aanmelder");
        fixture.register(ann, soon);
        fixture.register(ann, verySoon);
        plein.clock().advance(Duration.ofHours(1));
        assertEquals(1, plein.platform().jobs().runDue());
        plein.platform().sendMail();
        assertTrue(only("ann@plein.test", HOUR).text().contains("Over twee uur"));
        assertEquals(0, mailbox.to("ann@plein.test").stream().filter(m -> m.subject().equals(DAY)).count());
    }

    /** The one published week of the test (each test has its own instance, so its own week). */
    private Week week() {
        if (week == null) {
            week = fixture.week("Nieuwe vrijwilligers", true, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 31));
        }
        return week;
    }

    /** A session of an hour that the organiser enters with the real form: saving it plans its reminders. */
    private Session entered(Browser organiser, String title, LocalDateTime amsterdamStart, int seats) {
        return fixture.session(fixture.forms(organiser).session(week().id(), sessionInput(title, amsterdamStart, seats)));
    }

    /** The mail's calendar file, as the event of this session. */
    private static VEvent file(Mailbox.Mail mail, Session session) {
        List<Mailbox.Attachment> files = mail.attachments();
        assertEquals(1, files.size(), mail.subject());
        return event(parse(files.get(0).text()), session);
    }

    private static int sequence(VEvent event) {
        return Integer.parseInt(property(event, "SEQUENCE"));
    }

    /** The one mail with this subject to this address. */
    private Mailbox.Mail only(String address, String subject) {
        List<Mailbox.Mail> mails = mailbox.to(address).stream().filter(m -> m.subject().equals(subject)).toList();
        assertEquals(1, mails.size(), subject + " to " + address + ": " + subjects(address));
        return mails.get(0);
    }

    private List<String> subjects(String address) {
        return mailbox.to(address).stream().map(Mailbox.Mail::subject).toList();
    }

    private long reminders(String address) {
        return subjects(address).stream().filter(s -> s.equals(DAY) || s.equals(HOUR)).count();
    }

    private List<String> jobStatuses(String... keys) {
        return List.of(keys).stream().map(key -> plein.jdbi().withHandle(h -> h.createQuery(
                        "SELECT status FROM plein_jobs WHERE owner = 'webinars' AND kind = :kind AND job_key = :key")
                .bind("kind", Reminders.KIND).bind("key", key).mapTo(String.class).one())).toList();
    }

    private List<String> plannedReminders() {
        return plein.jdbi().withHandle(h -> h.createQuery(
                        "SELECT job_key FROM plein_jobs WHERE owner = 'webinars' AND kind = :kind AND status = 'pending'")
                .bind("kind", Reminders.KIND).mapTo(String.class).list());
    }
}
