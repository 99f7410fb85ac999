package nl.plein.webinars.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.TestPlein;
import nl.plein.webinars.WebinarsFixture;
import nl.plein.webinars.programme.Session;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A registration burst split over two Plein instances on one PostgreSQL database, as behind a load balancer: the
 * seats are never exceeded and nobody is lost, because the seat count is decided in the database (the session row is
 * locked by an UPDATE), not in an instance's memory.
 */
class TwoInstancesRegistrationTest {

    TestPlein a;
    TestPlein b;

    @BeforeEach
    void start() {
        a = TestPlein.with().thisPlugin().onPostgresql().start();
        b = TestPlein.with().thisPlugin().sameDatabaseAs(a).start();
    }

    @AfterEach
    void stop() {
        b.close();
        a.close();
    }

    @Test
    void aBurstSplitOverBothInstancesNeverExceedsTheSeats() throws Exception {
        WebinarsFixture fixture = new WebinarsFixture(a);
        Session session = fixture.session(fixture.week("Samen sterker", true), "Vrijwilligers vinden via de bibliotheek")
                .seats(20).in(Duration.ofDays(8)).create();
        List<Browser> people = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            Browser signedInOnA = fixture.member();
            people.add(i % 2 == 0 ? signedInOnA : signedInOnA.at(b));
        }

        ExecutorService threads = Executors.newFixedThreadPool(30);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (Browser person : people) {
            answers.add(threads.submit(() -> {
                go.await();
                return person.post("/webinars/sessions/" + session.id() + "/register", Map.of()).status();
            }));
        }
        go.countDown();
        for (Future<Integer> answer : answers) assertEquals(303, answer.get(), "every registration answered");
        threads.shutdown();

        String sql = "SELECT COUNT(*) FROM webinars_registrations WHERE session_id = ? AND status = ?";
        assertEquals(20, fixture.count(sql, session.id(), "registered"), "exactly the seats");
        assertEquals(40, fixture.count(sql, session.id(), "waiting"), "the rest on the waiting list");
        assertEquals(60, fixture.count("SELECT COUNT(DISTINCT arrival) FROM webinars_registrations WHERE session_id = ?",
                session.id()), "arrival numbers unique across both instances");
        fixture.assertCountersMatchRegistrations();
    }
}
