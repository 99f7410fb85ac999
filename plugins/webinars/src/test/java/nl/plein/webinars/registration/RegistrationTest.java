package nl.plein.webinars.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.WebinarsFixture;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.programme.Week;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Seats, the waiting list and promotion, through the real routes and the real database. */
@OnBothDatabases
class RegistrationTest {

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    WebinarsFixture fixture = new WebinarsFixture(plein);

    @Test
    void manyAtOnceFillExactlyTheSeatsAndQueueTheRestInArrivalOrder() throws Exception {
        Session session = session(fixture.week("Jong geleerd", true), 15, Duration.ofDays(8));
        List<Browser> people = new ArrayList<>();
        for (int i = 0; i < 40; i++) people.add(fixture.member());

        ExecutorService pool = Executors.newFixedThreadPool(40);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (Browser person : people) {
            answers.add(pool.submit(() -> {
                start.await();
                return person.post("/webinars/sessions/" + session.id() + "/register", Map.of()).status();
            }));
        }
        start.countDown();
        for (Future<Integer> answer : answers) assertEquals(303, answer.get());
        pool.shutdown();

        assertEquals(15, count(session, "registered"));
        assertEquals(25, count(session, "waiting"));
        // Seats went to the first fifteen arrivals; the queue is the rest in arrival order, numbered without gaps.
        long lastSeat = plein.jdbi().withHandle(h -> h.createQuery("SELECT MAX(arrival) FROM webinars_registrations "
                + "WHERE status = 'registered'").mapTo(Long.class).one());
        long firstWaiting = plein.jdbi().withHandle(h -> h.createQuery("SELECT MIN(arrival) FROM webinars_registrations "
                + "WHERE status = 'waiting'").mapTo(Long.class).one());
        assertTrue(lastSeat < firstWaiting);
        int distinctArrivals = plein.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(DISTINCT arrival) FROM webinars_registrations").mapTo(Integer.class).one());
        assertEquals(40, distinctArrivals);
        fixture.assertCountersMatchRegistrations();
    }

    @Test
    void cancellingGivesTheSeatToTheFirstWaitingAndMovesTheQueueUp() {
        Session session = session(fixture.week("Jong geleerd", true), 1, Duration.ofDays(8));
        Browser ann = fixture.member();
        Browser bob = fixture.member();
        Browser cas = fixture.member();
        String path = "/webinars/sessions/" + session.id();
        assertEquals(path + "?registered=1", ann.post(path + "/register", Map.of()).location());
        assertEquals(path + "?waiting=1", bob.post(path + "/register", Map.of()).location());
        assertEquals(path + "?waiting=1", cas.post(path + "/register", Map.of()).location());
        assertTrue(cas.get("/webinars/my").body().contains("Je staat op de wachtlijst, plaats 2"));

        assertEquals(path + "?cancelled=1", ann.post(path + "/cancel", Map.of()).location());
        assertTrue(bob.get("/webinars/my").body().contains("Je bent aangemeld"));
        assertTrue(cas.get("/webinars/my").body().contains("Je staat op de wachtlijst, plaats 1"));
        assertEquals(1, count(session, "registered"));
        assertEquals(1, count(session, "waiting"));

        // Registering again after cancelling joins the back of the queue.
        assertEquals(path + "?waiting=1", ann.post(path + "/register", Map.of()).location());
        assertTrue(ann.get("/webinars/my").body().contains("plaats 2"));
        fixture.assertCountersMatchRegistrations();
    }

    @Test
    void capacityLoweredKeepsEverySeatAndStopsPromotionRaisedPromotes() {
        Session session = session(fixture.week("Jong geleerd", true), 3, Duration.ofDays(8));
        List<Browser> people = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Browser person = fixture.member();
            person.post("/webinars/sessions/" + session.id() + "/register", Map.of());
            people.add(person);
        }
        setCapacity(session, 1);
        Registrations registrations = registrations();
        assertEquals(List.of(), registrations.fillFreeSeats(session.id()));
        assertEquals(3, count(session, "registered"));
        people.get(0).post("/webinars/sessions/" + session.id() + "/cancel", Map.of());
        assertEquals(2, count(session, "registered"), "a freed seat above the lowered capacity is not given away");
        assertEquals(2, count(session, "waiting"));

        setCapacity(session, 4);
        assertEquals(2, registrations.fillFreeSeats(session.id()).size());
        assertEquals(4, count(session, "registered"));
        assertEquals(0, count(session, "waiting"));
        fixture.assertCountersMatchRegistrations();
    }

    @Test
    void refusalsSayWhyAndChangeNothing() {
        Week week = fixture.week("Jong geleerd", true);
        Session open = session(week, 10, Duration.ofDays(8));
        Session soon = session(week, 10, Duration.ofMinutes(10));
        Session cancelled = session(week, 10, Duration.ofDays(9));
        fixture.programme().cancelSession(cancelled.id());
        Session draft = session(fixture.week("Nog geheim", false), 10, Duration.ofDays(8));
        Browser person = fixture.member();
        Browser other = fixture.member();

        String path = "/webinars/sessions/" + open.id();
        person.post(path + "/register", Map.of());
        Browser.Page twice = person.post(path + "/register", Map.of());
        assertEquals(409, twice.status());
        assertTrue(twice.body().contains("Je bent al aangemeld voor deze sessie."));

        Browser.Page notMine = other.post(path + "/cancel", Map.of());
        assertEquals(409, notMine.status());
        assertTrue(notMine.body().contains("Je bent niet aangemeld voor deze sessie"));
        assertEquals(1, count(open, "registered"), "someone else's cancel leaves the registration alone");

        Browser.Page called = person.post("/webinars/sessions/" + cancelled.id() + "/register", Map.of());
        assertEquals(409, called.status());
        assertTrue(called.body().contains("Deze sessie is afgelast"));

        plein.clock().advance(Duration.ofMinutes(11));
        Browser.Page started = person.post("/webinars/sessions/" + soon.id() + "/register", Map.of());
        assertEquals(409, started.status());
        assertTrue(started.body().contains("al begonnen of voorbij"));

        assertEquals(404, person.post("/webinars/sessions/" + draft.id() + "/register", Map.of()).status());
        assertEquals(404, person.post("/webinars/sessions/nope/register", Map.of()).status());
        // Signed-in people get their own language, whatever the browser asks for.
        plein.jdbi().useHandle(h -> h.createUpdate("UPDATE plein_people SET locale = 'en'").execute());
        Browser.Page english = person.post(path + "/register", Map.of());
        assertTrue(english.body().contains("You are already registered for this session."));
    }

    @Test
    void aWholeWeekInOneGoSkipsWhatIsNotOpen() {
        Week week = fixture.week("Jong geleerd", true);
        Session first = session(week, 10, Duration.ofDays(8));
        Session full = session(week, 1, Duration.ofDays(9));
        Session cancelled = session(week, 10, Duration.ofDays(10));
        fixture.programme().cancelSession(cancelled.id());
        fixture.member().post("/webinars/sessions/" + full.id() + "/register", Map.of());

        Browser person = fixture.member();
        Browser.Page page = person.post("/webinars/weeks/" + week.id() + "/register", Map.of());
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Je bent aangemeld"));
        assertTrue(page.body().contains("Je staat op de wachtlijst, plaats 1"));
        assertEquals(1, count(first, "registered"));
        assertEquals(0, count(cancelled, "registered") + count(cancelled, "waiting"));
        String draft = fixture.week("Nog geheim", false).id();
        assertEquals(404, person.post("/webinars/weeks/" + draft + "/register", Map.of()).status());
    }

    @Test
    void anonymousVisitorsCannotRegister() {
        Session session = session(fixture.week("Jong geleerd", true), 10, Duration.ofDays(8));
        Browser.Page page = plein.browser().post("/webinars/sessions/" + session.id() + "/register", Map.of());
        assertEquals(403, page.status());
        assertEquals(0, count(session, "registered"));
    }

    /** A session with this many places, starting this long from now (only the numbers matter here). */
    private Session session(Week week, int seats, Duration fromNow) {
        return fixture.session(week, "Jongeren werven via school").seats(seats).in(fromNow).create();
    }

    private Registrations registrations() {
        return new Registrations(plein.jdbi(), () -> java.util.UUID.randomUUID().toString(), plein.clock());
    }

    private void setCapacity(Session session, int capacity) {
        plein.jdbi().useHandle(h -> h.createUpdate("UPDATE webinars_sessions SET capacity = :c WHERE id = :id")
                .bind("c", capacity).bind("id", session.id()).execute());
    }

    private int count(Session session, String status) {
        return fixture.count("SELECT COUNT(*) FROM webinars_registrations WHERE session_id = ? AND status = ?",
                session.id(), status);
    }
}
