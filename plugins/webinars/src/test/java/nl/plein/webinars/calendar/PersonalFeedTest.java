package nl.plein.webinars.calendar;

import static nl.plein.webinars.calendar.CalendarFixture.BASE_URL;
import static nl.plein.webinars.calendar.CalendarFixture.event;
import static nl.plein.webinars.calendar.CalendarFixture.events;
import static nl.plein.webinars.calendar.CalendarFixture.parse;
import static nl.plein.webinars.calendar.CalendarFixture.register;
import static nl.plein.webinars.calendar.CalendarFixture.start;
import static nl.plein.webinars.calendar.CalendarFixture.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Calendar;
import nl.plein.api.SecretTokens;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.programme.SessionDraft;
import nl.plein.webinars.programme.Week;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The personal feed: one secret address per person, their own sessions only, following every change. */
class PersonalFeedTest {

    private static final Pattern FEED_URL = Pattern.compile(
            Pattern.quote(BASE_URL) + "/webinars/feed/([A-Za-z0-9_-]{43})\\.ics");

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin(b -> b.set("PLEIN_BASE_URL", BASE_URL));

    @Test
    void feedHoldsThePersonsOwnSeatsAndWaitingPlacesAndNothingOfOthers() {
        CalendarFixture fixture = new CalendarFixture(plein);
        Week week = fixture.week(true);
        Session seat = fixture.session(week, "Werven via school", LocalDateTime.of(2026, 3, 10, 19, 30), 10);
        Session full = fixture.session(week, "Vrijwilligers met een beperking", LocalDateTime.of(2026, 3, 11, 10, 0), 1);
        Session notMine = fixture.session(week, "Bedrijven als partner", LocalDateTime.of(2026, 3, 12, 10, 0), 10);
        Browser ann = person("ann@plein.test", "Ann Agenda", "nl");
        Browser bob = person("bob@plein.test", "Bob Buitenstaander", "en");
        register(bob, full);
        register(bob, notMine);
        register(ann, seat);
        register(ann, full);   // full: on the waiting list

        Browser.Page page = ann.get("/webinars/calendar");
        assertEquals(200, page.status());
        assertEquals("no-store", page.header("Cache-Control"));
        assertTrue(page.body().contains("Je agenda-adres is klaar."));
        String token = token(page.body());
        assertTrue(page.body().contains("webcal://kennis.plein.test/webinars/feed/" + token + ".ics"));

        Browser.Page feed = plein.browser().get("/webinars/feed/" + token + ".ics");
        assertEquals(200, feed.status());
        assertEquals("text/calendar;charset=utf-8", feed.header("Content-Type").replace(" ", "").toLowerCase());
        Calendar calendar = parse(feed.body());
        assertEquals("Kennisboostweken", calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue());
        assertEquals(2, events(calendar).size());
        assertEquals("Werven via school", value(event(calendar, seat), "SUMMARY"));
        assertEquals("CONFIRMED", value(event(calendar, seat), "STATUS"));
        assertEquals("Vrijwilligers met een beperking (wachtlijst)", value(event(calendar, full), "SUMMARY"));
        assertEquals("TENTATIVE", value(event(calendar, full), "STATUS"));
        assertFalse(feed.body().contains("Bedrijven als partner"), "another person's session");
        assertFalse(feed.body().contains("Bob"));
        assertEquals(feed.body(), plein.browser().get("/webinars/feed/" + token).body(), "with or without .ics");

        // The same browser sees its address again; another one cannot, as only a hash of it is kept.
        Browser.Page again = ann.get("/webinars/calendar");
        assertEquals(token, token(again.body()));
        assertFalse(again.body().contains("Je agenda-adres is klaar."));
        Browser.Page elsewhere = plein.signedIn("ann@plein.test").get("/webinars/calendar");
        assertFalse(FEED_URL.matcher(elsewhere.body()).find());
        assertTrue(elsewhere.body().contains("Je hebt al een agenda-adres."));
        String stored = plein.jdbi().withHandle(h -> h.createQuery("SELECT token_hash FROM webinars_feeds")
                .mapTo(String.class).one());
        assertEquals(SecretTokens.hash(token), stored);

        // Bob's feed: his two seats, none of Ann's. Cas, also English, waits: marked in his language.
        Calendar bobs = parse(plein.browser().get(feedOf(bob)).body());
        assertEquals(List.of("Bedrijven als partner", "Vrijwilligers met een beperking"), events(bobs).stream()
                .map(e -> value(e, "SUMMARY")).sorted().toList());
        assertEquals("Knowledge boost weeks", bobs.getProperty("X-WR-CALNAME").orElseThrow().getValue());
        Browser cas = person("cas@plein.test", "Cas Cursist", "en");
        register(cas, full);
        assertEquals("Vrijwilligers met een beperking (waiting list)",
                value(event(parse(plein.browser().get(feedOf(cas)).body()), full), "SUMMARY"));
    }

    @Test
    void feedFollowsAMoveACancellationAndThePersonsOwnCancelling() {
        CalendarFixture fixture = new CalendarFixture(plein);
        Week week = fixture.week(true);
        Session moving = fixture.session(week, "Ouderen bereiken", LocalDateTime.of(2026, 3, 10, 19, 30), 10);
        Session calledOff = fixture.session(week, "Jongeren bereiken", LocalDateTime.of(2026, 3, 11, 19, 30), 10);
        Session givenUp = fixture.session(week, "Vrijwilligers behouden", LocalDateTime.of(2026, 3, 12, 19, 30), 10);
        Browser ann = person("ann@plein.test", "Ann Agenda", "nl");
        register(ann, moving);
        register(ann, calledOff);
        register(ann, givenUp);
        String feed = "/webinars/feed/" + token(ann.get("/webinars/calendar").body()) + ".ics";
        Calendar before = parse(plein.browser().get(feed).body());
        assertEquals("0", value(event(before, moving), "SEQUENCE"));

        Session old = fixture.reload(moving);
        fixture.programme().updateSession(old.id(), new SessionDraft(old.title(), old.summary(),
                old.startsAt().plus(Duration.ofDays(1)), old.endsAt().plus(Duration.ofDays(1)), old.joinUrl(),
                old.capacity(), old.language(), old.accessibility(), old.status(), old.hostPersonId(), old.topics(),
                List.of()));
        fixture.programme().cancelSession(calledOff.id());
        assertEquals(303, ann.post("/webinars/sessions/" + givenUp.id() + "/cancel", Map.of()).status());

        Calendar after = parse(plein.browser().get(feed).body());
        assertEquals(3, events(after).size(), "cancelled ones stay, so calendar apps take them out");
        assertEquals("1", value(event(after, moving), "SEQUENCE"));
        assertEquals(old.startsAt().plus(Duration.ofDays(1)), start(event(after, moving)));
        assertEquals("CONFIRMED", value(event(after, moving), "STATUS"));
        assertEquals("CANCELLED", value(event(after, calledOff), "STATUS"));
        assertEquals("1", value(event(after, calledOff), "SEQUENCE"));
        assertEquals("Afgelast: Jongeren bereiken", value(event(after, calledOff), "SUMMARY"));
        assertEquals("CANCELLED", value(event(after, givenUp), "STATUS"));

        // Long over: no longer in the feed (calendars keep what they have).
        plein.clock().advance(Duration.ofDays(120));
        assertEquals(0, events(parse(plein.browser().get(feed).body())).size());
    }

    @Test
    void aWrongOrReplacedAddressIsNotFound() {
        assertEquals(303, plein.browser().get("/webinars/calendar").status(), "signing in comes first");
        CalendarFixture fixture = new CalendarFixture(plein);
        Session session = fixture.session(fixture.week(true), "Werven via school", LocalDateTime.of(2026, 3, 10, 19, 30), 10);
        Browser ann = person("ann@plein.test", "Ann Agenda", "nl");
        register(ann, session);
        String old = token(ann.get("/webinars/calendar").body());

        Browser anyone = plein.browser();
        assertEquals(404, anyone.get("/webinars/feed/" + SecretTokens.newToken() + ".ics").status());
        assertEquals(404, anyone.get("/webinars/feed/kapot.ics").status());
        assertEquals(404, anyone.get("/webinars/feed/" + old + ".ics.ics").status());
        assertEquals(404, anyone.get("/webinars/feed/" + "a".repeat(5000) + ".ics").status());
        assertEquals(404, anyone.get("/webinars/feed/" + SecretTokens.hash(old)).status(), "the stored hash opens nothing");

        assertEquals(403, ann.postRaw("/webinars/calendar/reset", Map.of()).status(), "no CSRF token");
        Browser.Page reset = ann.post("/webinars/calendar/reset", Map.of());
        assertEquals(303, reset.status());
        assertEquals("/webinars/calendar?reset=1", reset.location());
        Browser.Page page = ann.get(reset.location());
        assertTrue(page.body().contains("Je hebt een nieuw agenda-adres. Het oude werkt niet meer"));
        String fresh = token(page.body());
        assertNotEquals(old, fresh);
        assertEquals(404, anyone.get("/webinars/feed/" + old + ".ics").status());
        assertEquals(200, anyone.get("/webinars/feed/" + fresh + ".ics").status());
        int feeds = plein.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM webinars_feeds")
                .mapTo(Integer.class).one());
        assertEquals(1, feeds, "one address per person");
    }

    private Browser person(String email, String name, String language) {
        plein.platform().people().create(email, name, PleinExtension.PASSWORD, language);
        return plein.signedIn(email);
    }

    private static String feedOf(Browser person) {
        return "/webinars/feed/" + token(person.get("/webinars/calendar").body()) + ".ics";
    }

    private static String token(String page) {
        Matcher matcher = FEED_URL.matcher(page);
        if (!matcher.find()) throw new AssertionError("no feed address in: " + page);
        return matcher.group(1);
    }
}
