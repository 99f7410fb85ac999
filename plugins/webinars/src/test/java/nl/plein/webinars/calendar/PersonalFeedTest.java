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
import net.fortuna.ical4j.model.component.VEvent;
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

        // Looking at the page makes nothing: it offers a button, and only pressing it (a POST) makes the address.
        Browser.Page none = ann.get("/webinars/calendar");
        assertEquals(200, none.status());
        assertTrue(none.body().contains("Je hebt nog geen agenda-adres."));
        assertTrue(none.body().contains("action=\"/webinars/calendar/create\""));
        assertTrue(none.body().contains("Maak mijn agenda-adres"));
        assertFalse(none.body().contains("action=\"/webinars/calendar/reset\""), "nothing to replace yet");
        assertFalse(FEED_URL.matcher(none.body()).find());
        assertEquals(0, feeds(), "a GET writes nothing");
        assertEquals(403, ann.postRaw("/webinars/calendar/create", Map.of()).status(), "no CSRF token");
        assertEquals(0, feeds());
        Browser.Page made = ann.post("/webinars/calendar/create", Map.of());
        assertEquals(303, made.status());
        assertEquals("/webinars/calendar?created=1", made.location());
        Browser.Page page = ann.get(made.location());
        assertEquals(200, page.status());
        assertEquals("no-store", page.header("Cache-Control"));
        assertTrue(page.body().contains("Je agenda-adres is klaar."));
        assertFalse(page.body().contains("Je hebt nog geen agenda-adres."));
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
        assertFalse(elsewhere.body().contains("Maak mijn agenda-adres"));
        // Pressing "make" twice (another tab, another device) keeps the address already in use.
        Browser.Page twice = fixture.signedIn("ann@plein.test").post("/webinars/calendar/create", Map.of());
        assertEquals(303, twice.status());
        assertEquals("/webinars/calendar", twice.location());
        assertEquals(token, token(ann.get("/webinars/calendar").body()));
        assertEquals(200, plein.browser().get("/webinars/feed/" + token + ".ics").status());
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
        String feed = feedOf(ann);
        Calendar before = parse(plein.browser().get(feed).body());
        assertEquals("0", property(event(before, moving), "SEQUENCE"));
        assertEquals("0", property(event(before, givenUp), "SEQUENCE"));

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
        assertEquals("1", property(event(after, givenUp), "SEQUENCE"), "her own change replaces the event too");
        assertEquals("Vrijwilligers behouden", property(event(after, givenUp), "SUMMARY"));

        // Long over: no longer in the feed (calendars keep what they have).
        plein.clock().advance(Duration.ofDays(120));
        assertEquals(0, events(parse(plein.browser().get(feed).body())).size());
    }

    @Test
    void thePersonsOwnChangesRaiseTheSequenceAsMuchAsTheSessionsChanges() {
        Week week = fixture.week("Nieuwe vrijwilligers", true);
        Session session = session(week, "Werven via school", LocalDateTime.of(2026, 3, 10, 19, 30), 1);
        Browser ann = fixture.member("ann@plein.test", "Ann Agenda", "nl");
        Browser bob = fixture.member("bob@plein.test", "Bob Wachter", "nl");
        fixture.register(ann, session);
        fixture.register(bob, session);   // full: on the waiting list
        String annsFeed = feedOf(ann);
        String bobsFeed = feedOf(bob);
        VEvent waiting = event(parse(plein.browser().get(bobsFeed).body()), session);
        assertEquals("TENTATIVE", property(waiting, "STATUS"));
        assertEquals("0", property(waiting, "SEQUENCE"));
        assertEquals("0", property(event(parse(plein.browser().get(annsFeed).body()), session), "SEQUENCE"));

        // Ann gives her seat up: her event is cancelled, Bob's becomes a seat; both at a higher SEQUENCE.
        assertEquals(303, ann.post("/webinars/sessions/" + session.id() + "/cancel", Map.of()).status());
        VEvent gaveUp = event(parse(plein.browser().get(annsFeed).body()), session);
        assertEquals("CANCELLED", property(gaveUp, "STATUS"));
        assertEquals("1", property(gaveUp, "SEQUENCE"));
        VEvent seat = event(parse(plein.browser().get(bobsFeed).body()), session);
        assertEquals("CONFIRMED", property(seat, "STATUS"));
        assertEquals("Werven via school", property(seat, "SUMMARY"));
        assertTrue(sequence(seat) > sequence(waiting), "promoted: " + sequence(seat));

        // Ann registers again (now the waiting list), and the organiser moves the session: every step goes up.
        assertEquals("waiting", fixture.register(ann, session));
        VEvent again = event(parse(plein.browser().get(annsFeed).body()), session);
        assertEquals("TENTATIVE", property(again, "STATUS"));
        assertTrue(sequence(again) > sequence(gaveUp), "registered again: " + sequence(again));
        assertEquals(303, fixture.forms(fixture.organiser()).move(session.id(), LocalDateTime.of(2026, 3, 11, 19, 30))
                .status());
        assertTrue(sequence(event(parse(plein.browser().get(annsFeed).body()), session)) > sequence(again));
        assertTrue(sequence(event(parse(plein.browser().get(bobsFeed).body()), session)) > sequence(seat));
        // Bob was promoted once; Ann cancelled and registered again (a new arrival, so after Bob).
        assertEquals(List.of(1, 2), plein.jdbi().withHandle(h -> h.createQuery("""
                        SELECT revision FROM webinars_registrations WHERE session_id = :s ORDER BY arrival""")
                .bind("s", session.id()).mapTo(Integer.class).list()));
    }

    @Test
    void aWrongOrReplacedAddressIsNotFound() {
        assertEquals(303, plein.browser().get("/webinars/calendar").status(), "signing in comes first");
        Session session = session(fixture.week("Nieuwe vrijwilligers", true), "Werven via school",
                LocalDateTime.of(2026, 3, 10, 19, 30), 10);
        Browser ann = fixture.member("ann@plein.test", "Ann Agenda", "nl");
        fixture.register(ann, session);
        String old = address(ann);

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
        assertEquals(1, feeds(), "one address per person");
    }

    private Session session(Week week, String title, LocalDateTime amsterdamStart, int seats) {
        return fixture.session(week, title).at(amsterdamStart).seats(seats).create();
    }

    /** The person's feed, made with the page's button (the first time) and read from the page that shows it. */
    private static String feedOf(Browser person) {
        return "/webinars/feed/" + address(person) + ".ics";
    }

    /** The token of the person's feed address, made with the page's button if they have none yet. */
    private static String address(Browser person) {
        assertEquals(303, person.post("/webinars/calendar/create", Map.of()).status());
        return token(person.get("/webinars/calendar").body());
    }

    private int feeds() {
        return plein.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM webinars_feeds")
                .mapTo(Integer.class).one());
    }

    private static int sequence(VEvent event) {
        return Integer.parseInt(property(event, "SEQUENCE"));
    }

    private static String token(String page) {
        Matcher matcher = FEED_URL.matcher(page);
        if (!matcher.find()) throw new AssertionError("no feed address in: " + page);
        return matcher.group(1);
    }
}
