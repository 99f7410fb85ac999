package nl.plein.webinars.calendar;

import static nl.plein.webinars.calendar.CalendarFixture.BASE_URL;
import static nl.plein.webinars.calendar.CalendarFixture.event;
import static nl.plein.webinars.calendar.CalendarFixture.parse;
import static nl.plein.webinars.calendar.CalendarFixture.register;
import static nl.plein.webinars.calendar.CalendarFixture.start;
import static nl.plein.webinars.calendar.CalendarFixture.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.component.VEvent;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.Mailbox;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.calendar.hook.ProgrammeHookPlugin;
import nl.plein.webinars.programme.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Mail around a registration and a session's life, as received over SMTP: confirmations with the calendar file, the
 * waiting list, promotion, reminders a day and an hour before, and news of a move or a cancellation. The organiser's
 * changes go through {@link ProgrammeHookPlugin}, which tells the calendar part what the programme's forms will.
 */
class CalendarMailTest {

    private static final String REGISTERED = "Je bent aangemeld voor een kennisboostsessie";
    private static final String WAITING = "Je staat op de wachtlijst voor een kennisboostsessie";
    private static final String PROMOTED = "Er is een plek voor je vrijgekomen";
    private static final String DAY = "Morgen: je kennisboostsessie";
    private static final String HOUR = "Over een uur begint je kennisboostsessie";
    private static final String MOVED = "Een kennisboostsessie heeft een nieuwe tijd";
    private static final String CANCELLED = "Een kennisboostsessie gaat niet door";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin(b -> b.pluginsDir(ProgrammeHookPlugin.pluginsDir())
            .set("PLEIN_BASE_URL", BASE_URL).set("PLEIN_SMTP_HOST", "127.0.0.1")
            .set("PLEIN_SMTP_PORT", String.valueOf(greenMail.getSmtp().getPort())));

    private final Mailbox mailbox = new Mailbox(greenMail);

    @Test
    void confirmationCarriesTheCalendarFileWaitingSaysThePlaceAndPromotionGivesTheSeat() {
        CalendarFixture fixture = new CalendarFixture(plein);
        Session session = fixture.session(fixture.week(true), "Werven via school", LocalDateTime.of(2026, 3, 20, 19, 30), 1);
        Browser ann = person("ann@plein.test", "Ann Aanmelder");
        Browser bob = person("bob@plein.test", "Bob Wachter");
        plein.platform().people().create("cas@plein.test", "Cas Waiting", PleinExtension.PASSWORD, "en");
        Browser cas = plein.signedIn("cas@plein.test");
        register(ann, session);
        register(bob, session);
        register(cas, session);
        plein.platform().sendMail();

        Mailbox.Mail confirmation = only("ann@plein.test", REGISTERED);
        assertTrue(confirmation.text().contains("Je bent aangemeld voor „Werven via school” op 20 maart 2026 19:30."),
                confirmation.text());
        assertEquals("/webinars/sessions/" + session.id(), confirmation.linkPath());
        assertTrue(confirmation.text().contains(BASE_URL + "/webinars/calendar"), "how to get the feed");
        assertFalse(confirmation.text().contains(CalendarFixture.JOIN_URL));
        Mailbox.Attachment file = confirmation.attachment("werven-via-school.ics").orElseThrow();
        assertTrue(file.contentType().toLowerCase().startsWith("text/calendar"), file.contentType());
        VEvent event = event(parse(file.text()), session);
        assertEquals(Instant.parse("2026-03-20T18:30:00Z"), start(event));
        assertEquals("CONFIRMED", value(event, "STATUS"));

        Mailbox.Mail waiting = only("cas@plein.test", "You are on the waiting list for a knowledge boost session");
        assertTrue(waiting.text().contains("You are on the waiting list, at place 2."), waiting.text());
        assertTrue(waiting.attachments().isEmpty());
        assertTrue(only("bob@plein.test", WAITING).text().contains("op plaats 1."));

        assertEquals(303, ann.post("/webinars/sessions/" + session.id() + "/cancel", Map.of()).status());
        plein.platform().sendMail();
        Mailbox.Mail promoted = only("bob@plein.test", PROMOTED);
        assertTrue(promoted.text().contains("Die plek is nu van jou"), promoted.text());
        assertEquals("CONFIRMED", value(event(parse(promoted.attachment("werven-via-school.ics").orElseThrow().text()),
                session), "STATUS"));
        assertEquals(1, mailbox.to("cas@plein.test").size(), "still waiting: no news for Cas");

        // Registering again after cancelling is a new arrival, so it is confirmed again (here: the waiting list).
        register(ann, session);
        plein.platform().sendMail();
        assertTrue(only("ann@plein.test", WAITING).text().contains("op plaats 2."));
    }

    @Test
    void remindersGoOnceADayAndAnHourBeforeToEveryoneWithASeatAlsoAfterARestart() {
        CalendarFixture fixture = new CalendarFixture(plein);
        Session session = fixture.session(fixture.week(true), "Ouderen bereiken",
                plein.clock().instant().plus(Duration.ofDays(3)), 2);     // 5 March 2026, 10:00 in Amsterdam
        Browser organiser = plein.signedInAs("webinars.organiser");
        assertEquals(200, organiser.post("/webinars/test-hook/sessions/" + session.id() + "/created", Map.of()).status());
        Browser ann = person("ann@plein.test", "Ann Aanmelder");
        Browser dan = person("dan@plein.test", "Dan Afmelder");
        Browser bob = person("bob@plein.test", "Bob Doorgeschoven");
        Browser cas = person("cas@plein.test", "Cas Wachter");
        register(ann, session);
        register(dan, session);
        register(bob, session);
        register(cas, session);
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
        CalendarFixture fixture = new CalendarFixture(plein);
        Instant oldStart = plein.clock().instant().plus(Duration.ofDays(3));
        Session session = fixture.session(fixture.week(true), "Bedrijven als partner", oldStart, 1);
        Browser organiser = plein.signedInAs("webinars.organiser");
        String hook = "/webinars/test-hook/sessions/" + session.id();
        organiser.post(hook + "/created", Map.of());
        Browser ann = person("ann@plein.test", "Ann Aanmelder");
        Browser bob = person("bob@plein.test", "Bob Wachter");
        register(ann, session);
        register(bob, session);

        Instant newStart = oldStart.plus(Duration.ofDays(2)).plus(Duration.ofHours(4));   // 7 March, 14:00
        assertEquals(200, organiser.post(hook + "/move", Map.of("startsAt", newStart.toString())).status());
        assertEquals(1, plein.platform().jobs().runDue(), "the news goes out from a job");
        plein.platform().sendMail();
        Mailbox.Mail moved = only("ann@plein.test", MOVED);
        assertTrue(moved.text().contains("De nieuwe tijd: 7 maart 2026 14:00."), moved.text());
        VEvent update = event(parse(moved.attachment("bedrijven-als-partner.ics").orElseThrow().text()), session);
        assertEquals(newStart, start(update));
        assertEquals("1", value(update, "SEQUENCE"), "replaces the event calendars already hold");
        Mailbox.Mail movedWaiting = only("bob@plein.test", MOVED);
        assertTrue(movedWaiting.text().contains("Je staat nog op de wachtlijst"));
        assertEquals("Bedrijven als partner (wachtlijst)", value(event(parse(movedWaiting
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
        CalendarFixture fixture = new CalendarFixture(plein);
        Session session = fixture.session(fixture.week(true), "Jongeren bereiken",
                plein.clock().instant().plus(Duration.ofDays(3)), 1);
        Browser organiser = plein.signedInAs("webinars.organiser");
        String hook = "/webinars/test-hook/sessions/" + session.id();
        organiser.post(hook + "/created", Map.of());
        Browser ann = person("ann@plein.test", "Ann Aanmelder");
        Browser bob = person("bob@plein.test", "Bob Wachter");
        register(ann, session);
        register(bob, session);

        assertEquals(200, organiser.post(hook + "/cancel", Map.of()).status());
        assertEquals(1, plein.platform().jobs().runDue());
        plein.platform().sendMail();
        for (String address : List.of("ann@plein.test", "bob@plein.test")) {
            Mailbox.Mail news = only(address, CANCELLED);
            assertTrue(news.text().contains("de sessie „Jongeren bereiken” op 5 maart 2026 10:00 is afgelast"),
                    news.text());
            VEvent off = event(parse(news.attachment("jongeren-bereiken.ics").orElseThrow().text()), session);
            assertEquals("CANCELLED", value(off, "STATUS"));
            assertEquals("1", value(off, "SEQUENCE"));
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
        CalendarFixture fixture = new CalendarFixture(plein);
        var week = fixture.week(true);
        Session soon = fixture.session(week, "Over twee uur", plein.clock().instant().plus(Duration.ofHours(2)), 5);
        Session verySoon = fixture.session(week, "Over een half uur", plein.clock().instant().plus(Duration.ofMinutes(30)), 5);
        Browser organiser = plein.signedInAs("webinars.organiser");
        organiser.post("/webinars/test-hook/sessions/" + soon.id() + "/created", Map.of());
        organiser.post("/webinars/test-hook/sessions/" + verySoon.id() + "/created", Map.of());
        assertEquals(List.of(Reminders.key(soon.id(), 0, Reminders.Moment.HOUR)), plannedReminders());

        Browser ann = person("ann@plein.test", "Ann Aanmelder");
        register(ann, soon);
        register(ann, verySoon);
        plein.clock().advance(Duration.ofHours(1));
        assertEquals(1, plein.platform().jobs().runDue());
        plein.platform().sendMail();
        assertTrue(only("ann@plein.test", HOUR).text().contains("Over twee uur"));
        assertEquals(0, mailbox.to("ann@plein.test").stream().filter(m -> m.subject().equals(DAY)).count());
    }

    private Browser person(String email, String name) {
        plein.person(email, name);
        return plein.signedIn(email);
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
