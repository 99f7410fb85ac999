package nl.plein.goodbusy.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Shifts: planned by the coordinators within the agreement, at most as many places as the organisation guides at
 * once; employees sign up once, before the start, and never more than the places — also when twenty press at once.
 */
@OnBothDatabases
class ShiftTest {

    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 10);

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    PleinExtension plein = DealScene.plein(greenMail);

    @Test
    void twentyEmployeesAtOnceGetExactlyFivePlaces() throws Exception {
        DealScene scene = new DealScene(plein);
        String id = scene.agreedMatch();
        String shift = scene.shift(id, "Tuin", TUESDAY, "09:00", "13:00", 5);
        List<Browser> employees = new ArrayList<>();
        for (int i = 1; i <= 20; i++) employees.add(scene.employee("medewerker" + i + "@stevig.test", "Medewerker " + i));

        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Callable<Integer>> presses = new ArrayList<>();
        for (Browser employee : employees) {
            presses.add(() -> employee.post("/goodbusy/matches/" + id + "/shifts/" + shift + "/signup", Map.of())
                    .status());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(presses)) statuses.add(f.get());
        pool.shutdown();

        assertEquals(5, statuses.stream().filter(s -> s == 303).count(), statuses.toString());
        assertEquals(15, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        assertEquals(5, scene.count("SELECT COUNT(*) FROM goodbusy_signups WHERE shift_id = ?", shift));
        assertEquals(5, scene.count("SELECT signed_up FROM goodbusy_shifts WHERE id = ?", shift));
    }

    @Test
    void clicksAtTheSameMomentSignUpOnce() throws Exception {
        DealScene scene = new DealScene(plein);
        String id = scene.agreedMatch();
        String shift = scene.shift(id, "Tuin", TUESDAY, "09:00", "13:00", 5);
        scene.employee("eva@stevig.test", "Eva Timmer");
        String signUp = "/goodbusy/matches/" + id + "/shifts/" + shift + "/signup";
        List<Callable<Integer>> clicks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Browser eva = plein.signedIn("eva@stevig.test");
            clicks.add(() -> eva.post(signUp, Map.of()).status());
        }
        ExecutorService pool = Executors.newFixedThreadPool(clicks.size());
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : pool.invokeAll(clicks)) statuses.add(f.get());
        pool.shutdown();

        assertEquals(List.of(303, 409, 409, 409), statuses.stream().sorted().toList());
        assertEquals(1, scene.count("SELECT COUNT(*) FROM goodbusy_signups WHERE shift_id = ?", shift));
        assertEquals(1, scene.count("SELECT signed_up FROM goodbusy_shifts WHERE id = ?", shift));
    }

    @Test
    void signingUpOnceBeforeTheStartAndCancelling() {
        DealScene scene = new DealScene(plein);
        String id = scene.agreedMatch();
        String shift = scene.shift(id, "Tuin", TUESDAY, "09:00", "13:00", 2);
        String base = "/goodbusy/matches/" + id + "/shifts/" + shift;
        Browser eva = scene.employee("eva@stevig.test", "Eva Timmer");

        assertEquals(303, eva.post(base + "/signup", Map.of()).status());
        Browser.Page twice = eva.post(base + "/signup", Map.of());
        assertEquals(409, twice.status());
        assertTrue(twice.body().contains("Je bent al aangemeld voor deze dienst."), twice.body());
        assertEquals(1, scene.count("SELECT signed_up FROM goodbusy_shifts WHERE id = ?", shift));
        assertTrue(eva.get("/goodbusy/matches/" + id).body().contains("Je bent aangemeld."));

        assertEquals(303, eva.post(base + "/cancel", Map.of()).status());
        assertEquals(0, scene.count("SELECT signed_up FROM goodbusy_shifts WHERE id = ?", shift));
        assertEquals(409, eva.post(base + "/cancel", Map.of()).status(), "not signed up any more");
        assertEquals(303, eva.post(base + "/signup", Map.of()).status(), "signing up again after cancelling");

        Browser.Page coordinator = scene.ilse.post(base + "/signup", Map.of());
        assertEquals(403, coordinator.status());
        assertTrue(coordinator.body().contains("Alleen medewerkers van het bedrijf melden zich aan"), coordinator.body());
        assertEquals(403, plein.signedInMember().post(base + "/signup", Map.of()).status());
        assertEquals(404, eva.post("/goodbusy/matches/" + id + "/shifts/nonsense/signup", Map.of()).status());
        assertEquals(404, eva.post("/goodbusy/matches/" + id + "/shifts/00000000-0000-0000-0000-000000000000/signup",
                Map.of()).status());

        // Tuesday 9:00 in Amsterdam has come: the list is closed both ways.
        plein.clock().advance(Duration.between(plein.clock().instant(), Instant.parse("2026-03-10T08:00:00Z")));
        Browser joost = scene.employee("joost@stevig.test", "Joost Schaaf");
        eva = plein.signedIn("eva@stevig.test");
        Browser.Page started = joost.post(base + "/signup", Map.of());
        assertEquals(409, started.status());
        assertTrue(started.body().contains("Deze dienst is begonnen"), started.body());
        assertEquals(409, eva.post(base + "/cancel", Map.of()).status());
    }

    @Test
    void aShiftIsPlannedWithinTheAgreementAndWhatTheOrganisationCanGuide() {
        DealScene scene = new DealScene(plein);
        String early = scene.propose();
        assertEquals(409, scene.ilse.post("/goodbusy/matches/" + early + "/shifts", shift(Map.of())).status(),
                "no shifts before the agreement stands");

        // The organisation guides six at once, fewer than the request's ten: a shift takes at most six.
        scene.fixture.profiles().saveOrganisation(scene.organisationId, "Een buurthuis voor iedereen.", "ouderen",
                "Utrecht", "Utrecht", 6);
        String agreed = scene.agree(early);
        String path = "/goodbusy/matches/" + agreed + "/shifts";

        assertError(scene.ilse.post(path, shift(Map.of("date", "2026-03-21"))), "Kies een datum binnen de afspraak.");
        assertError(scene.ilse.post(path, shift(Map.of("date", "10-03-2026"))), "Vul een datum in zoals 2026-03-16.");
        assertError(scene.ilse.post(path, shift(Map.of("date", "2026-02-30"))), "Vul een datum in zoals 2026-03-16.");
        assertError(scene.ilse.post(path, shift(Map.of("places", "7"))), "Vul een aantal plaatsen in van 1 tot");
        assertError(scene.ilse.post(path, shift(Map.of("places", "0"))), "Vul een aantal plaatsen in van 1 tot");
        assertError(scene.ilse.post(path, shift(Map.of("places", "99999999999999"))), "Vul een aantal plaatsen");
        assertError(scene.ilse.post(path, shift(Map.of("places", "-3"))), "Vul een aantal plaatsen");
        assertError(scene.ilse.post(path, shift(Map.of("endTime", "08:00"))), "De eindtijd valt na de begintijd.");
        assertError(scene.ilse.post(path, shift(Map.of("startTime", "25:00"))), "Vul een tijd in zoals 09:30.");
        assertError(scene.ilse.post(path, shift(Map.of("label", ""))), "Geef de dienst een naam.");
        assertError(scene.ilse.post(path, shift(Map.of("label", "x".repeat(121)))), "Gebruik hooguit 120 tekens.");
        assertEquals(0, scene.count("SELECT COUNT(*) FROM goodbusy_shifts WHERE match_id = ?", agreed));

        assertEquals(303, scene.ilse.post(path, shift(Map.of("places", "6"))).status());
        assertEquals(303, scene.bram.post(path, shift(Map.of("label", "Middag", "startTime", "13:00",
                "endTime", "17:00"))).status(), "either side plans shifts");
        assertEquals(403, scene.employee("eva@stevig.test", "Eva").post(path, shift(Map.of())).status());
        // 9:00 on 10 March in Amsterdam is 8:00 UTC (winter time).
        assertEquals(Instant.parse("2026-03-10T08:00:00Z").toEpochMilli(), Long.parseLong(scene.single(
                "SELECT starts_at FROM goodbusy_shifts WHERE match_id = ? AND label = 'Ochtend'", agreed)));
    }

    private static void assertError(Browser.Page page, String message) {
        assertEquals(422, page.status());
        assertTrue(page.body().contains(message), page.body());
    }

    private static Map<String, String> shift(Map<String, String> changes) {
        Map<String, String> form = new HashMap<>(Map.of("label", "Ochtend", "date", "2026-03-10",
                "startTime", "09:00", "endTime", "12:30", "places", "4"));
        form.putAll(changes);
        return form;
    }
}
