package nl.plein.webinars.calendar;

import static nl.plein.webinars.WebinarsFixture.BASE_URL;
import static nl.plein.webinars.WebinarsFixture.event;
import static nl.plein.webinars.WebinarsFixture.events;
import static nl.plein.webinars.WebinarsFixture.parse;
import static nl.plein.webinars.WebinarsFixture.property;
import static nl.plein.webinars.WebinarsFixture.start;
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
import nl.plein.webinars.WebinarsFixture;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.programme.Week;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The personal feed: one secret address per person, their own sessions only, following every change. */
class PersonalFeedTest {

    private static final Pattern FEED_URL = Pattern.compile(
            Pattern.quote(BASE_URL) + "/webinars/feed/([A-Za-z0-9_-]{43})\\.ics");

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin(b -> b.set("PLEIN_BASE_URL", BASE_URL));

    WebinarsFixture fixture = new WebinarsFixture(plein);

    @Test
    void feedHoldsThePersonsOwnSeatsAndWaitingPlacesAndNothingOfOthers() {
        Week week = fixture.week("Nieuwe vrijwilligers", true);
        Session seat = session(week, "Werven via school", LocalDateTime.of(2026, 3, 10, 19, 30), 10);
        Session full = session(week, "Vrijwilligers met een beperking", LocalDateTime.of(2026, 3, 11, 10, 0), 1);
        Session notMine = session(week, "Bedrijven als partner", LocalDateTime.of(2026, 3, 12, 10, 0), 10);
        Browser ann = fixture.member("ann@plein.test", "Ann Agenda", "nl");
        Browser bob = fixture.member("bob@plein.test", "Bob Buitenstaander", "en");
        fixture.register(bob, full);
        fixture.register(bob, notMine);
        fixture.register(ann, seat);
        fixture.register(ann, full);   // full: on the waiting list

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
        assertEquals("Werven via school", property(event(calendar, seat), "SUMMARY"));
        assertEquals("CONFIRMED", property(event(calendar, seat), "STATUS"));
        assertEquals("Vrijwilligers met een beperking (wachtlijst)", property(event(calendar, full), "SUMMARY"));
        assertEquals("TENTATIVE", property(event(calendar, full), "STATUS"));
        assertFalse(feed.body().contains("Bedrijven als partner"), "another person's session");
        assertFalse(feed.body().contains("Bob"));
        assertEquals(feed.body(), plein.browser().get("/webinars/feed/" + token).body(), "with or without .ics");

        // The same browser sees its address again; another one cannot, as only a hash of it is kept.
        Browser.Page again = ann.get("/webinars/calendar");
        assertEquals(token, token(again.body()));
        assertFalse(again.body().contains("Je agenda-adres is klaar."));
        Browser.Page elsewhere = fixture.signedIn("ann@plein.test").get("/webinars/calendar");
        assertFalse(FEED_URL.matcher(elsewhere.body()).find());
        assertTrue(elsewhere.body().contains("Je hebt al een agenda-adres."));
        String stored = plein.jdbi().withHandle(h -> h.createQuery("SELECT token_hash FROM webinars_feeds")
                .mapTo(String.class).one());
        assertEquals(SecretTokens.hash(token), stored);

        // Bob's feed: his two seats, none of Ann's. Cas, also English, waits: marked in his language.
        Calendar bobs = parse(plein.browser().get(feedOf(bob)).body());
        assertEquals(List.of("Bedrijven als partner", "Vrijwilligers met een beperking"), events(bobs).stream()
                .map(e -> property(e, "SUMMARY")).sorted().toList());
        assertEquals("Knowledge boost weeks", bobs.getProperty("X-WR-CALNAME").orElseThrow().getValue());
        Browser cas = fixture.member("cas@plein.test", "Cas Cursist", "en");
        fixture.register(cas, full);
        assertEquals("Vrijwilligers met een beperking (waiting list)",
                property(event(parse(plein.browser().get(feedOf(cas)).body()), full), "SUMMARY"));
    }

    @Test
    void feedFollowsAMoveACancellationAndThePersonsOwnCancelling() {
        Week week = fixture.week("Nieuwe vrijwilligers", true);
        Session moving = session(week, "Ouderen bereiken", LocalDateTime.of(2026, 3, 10, 19, 30), 10);
        Session calledOff = session(week, "Jongeren bereiken", LocalDateTime.of(2026, 3, 11, 19, 30), 10);
        Session givenUp = session(week, "Vrijwilligers behouden", LocalDateTime.of(2026, 3, 12, 19, 30), 10);
        Browser ann = fixture.member("ann@plein.test", "Ann Agenda", "nl");
        fixture.register(ann, moving);
        fixture.register(ann, calledOff);
        fixture.register(ann, givenUp);
        String feed = "/webinars/feed/" + token(ann.get("/webinars/calendar").body()) + ".ics";
        Calendar before = parse(plein.browser().get(feed).body());
        assertEquals("0", property(event(before, moving), "SEQUENCE"));

        // The organiser moves one a day later and calls another off, with the programme's forms; Ann gives one up.
        WebinarsFixture.Forms organiser = fixture.forms(fixture.organiser());
        assertEquals(303, organiser.move(moving.id(), LocalDateTime.of(2026, 3, 11, 19, 30)).status());
        assertEquals(303, organiser.cancel(calledOff.id()).status());
        assertEquals(303, ann.post("/webinars/sessions/" + givenUp.id() + "/cancel", Map.of()).status());

        Calendar after = parse(plein.browser().get(feed).body());
        assertEquals(3, events(after).size(), "cancelled ones stay, so calendar apps take them out");
        assertEquals("1", property(event(after, moving), "SEQUENCE"));
        assertEquals(moving.startsAt().plus(Duration.ofDays(1)), start(event(after, moving)));
        assertEquals("CONFIRMED", property(event(after, moving), "STATUS"));
        assertEquals("CANCELLED", property(event(after, calledOff), "STATUS"));
        assertEquals("1", property(event(after, calledOff), "SEQUENCE"));
        assertEquals("Afgelast: Jongeren bereiken", property(event(after, calledOff), "SUMMARY"));
        assertEquals("CANCELLED", property(event(after, givenUp), "STATUS"));

        // Long over: no longer in the feed (calendars keep what they have).
        plein.clock().advance(Duration.ofDays(120));
        assertEquals(0, events(parse(plein.browser().get(feed).body())).size());
    }

    @Test
    void aWrongOrReplacedAddressIsNotFound() {
        assertEquals(303, plein.browser().get("/webinars/calendar").status(), "signing in comes first");
        Session session = session(fixture.week("Nieuwe vrijwilligers", true), "Werven via school",
                LocalDateTime.of(2026, 3, 10, 19, 30), 10);
        Browser ann = fixture.member("ann@plein.test", "Ann Agenda", "nl");
        fixture.register(ann, session);
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

    private Session session(Week week, String title, LocalDateTime amsterdamStart, int seats) {
        return fixture.session(week, title).at(amsterdamStart).seats(seats).create();
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
