package nl.plein.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.TestPlein;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    static final String PASSWORD = "het-echte-wachtwoord";
    TestPlein plein;

    @BeforeEach
    void start() {
        plein = TestPlein.with().start();
        plein.plein().people().create("fenna@plein.test", "Fenna Fietser", PASSWORD, "nl");
    }

    @AfterEach
    void stop() {
        plein.close();
    }

    private Browser.Page attempt(String email, String password) {
        return plein.browser().post("/login", Map.of("email", email, "password", password));
    }

    @Test
    void fiveWrongPasswordsBlockTheAccountForAQuarterOfAnHour() {
        for (int i = 0; i < 5; i++) {
            Browser.Page wrong = attempt("fenna@plein.test", "geraden-wachtwoord-" + i);
            assertEquals(422, wrong.status());
            assertTrue(wrong.body().contains("Deze combinatie van e-mailadres en wachtwoord kennen we niet."));
        }
        Browser.Page blocked = attempt("fenna@plein.test", PASSWORD);
        assertEquals(429, blocked.status(), "even the right password waits");
        assertTrue(blocked.body().contains("Te veel mislukte pogingen."));

        plein.clock().advance(Duration.ofMinutes(16));
        assertEquals(303, attempt("fenna@plein.test", PASSWORD).status());
        int audited = plein.jdbi().withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM plein_audit WHERE action = 'login.failed'").mapTo(Integer.class).one());
        assertEquals(5, audited);
    }

    @Test
    void unknownAddressIsThrottledTheSameWaySoNothingTellsWhichAddressesExist() {
        for (int i = 0; i < 5; i++) {
            assertEquals(422, attempt("onbekend@plein.test", "wat-dan-ook-" + i).status());
        }
        Browser.Page blocked = attempt("onbekend@plein.test", "wat-dan-ook");
        assertEquals(429, blocked.status());
        assertTrue(blocked.body().contains("Te veel mislukte pogingen."));
    }

    @Test
    void sessionEndsFourteenDaysAfterSignInHoweverActive() {
        Browser fenna = plein.browser();
        fenna.signIn("fenna@plein.test", PASSWORD);
        for (int hours = 0; hours < 14 * 24 - 8; hours += 7) {
            plein.clock().advance(Duration.ofHours(7));
            assertEquals(200, fenna.get("/account").status(), "still signed in after " + hours + " h");
        }
        plein.clock().advance(Duration.ofHours(8));
        assertEquals(303, fenna.get("/account").status(), "absolute timeout");
    }

    @Test
    void changingThePasswordSignsOutTheOtherDevices() {
        Browser laptop = plein.browser();
        laptop.signIn("fenna@plein.test", PASSWORD);
        Browser phone = plein.browser();
        phone.signIn("fenna@plein.test", PASSWORD);
        laptop.post("/account/password", Map.of("current", PASSWORD, "password", "een-nieuw-sterk-wachtwoord"));
        assertEquals(200, laptop.get("/account").status(), "the device that changed it stays signed in");
        assertEquals(303, phone.get("/account").status(), "the other one is signed out");
    }

    @Test
    void behindATrustedProxyEachVisitorsOwnAddressIsCounted() {
        try (TestPlein proxied = TestPlein.with().set("PLEIN_TRUST_PROXY", "true").start()) {
            for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
                proxied.browser().post("/login", Map.of("email", "gok" + i + "@plein.test", "password", "fout-fout-fout"),
                        Map.of("X-Forwarded-For", "203.0.113.7, 10.0.0.1"));
            }
            Browser.Page guesser = proxied.browser().post("/login", Map.of("email", "nog-een@plein.test",
                    "password", "fout-fout-fout"), Map.of("X-Forwarded-For", "203.0.113.7"));
            assertEquals(429, guesser.status());
            Browser.Page neighbour = proxied.browser().post("/login", Map.of("email", "buur@plein.test",
                    "password", "fout-fout-fout"), Map.of("X-Forwarded-For", "198.51.100.2"));
            assertEquals(422, neighbour.status(), "another visitor behind the same proxy is not blocked");
        }
    }

    @Test
    void blockedAccountCannotSignIn() {
        var person = plein.plein().people().byEmail("fenna@plein.test").orElseThrow();
        plein.plein().people().setBlocked(person.id(), true);
        Browser.Page page = attempt("fenna@plein.test", PASSWORD);
        assertEquals(403, page.status());
        assertTrue(page.body().contains("Dit account is geblokkeerd."));
    }

    @Test
    void sessionEndsAfterEightIdleHoursAndIdRotatesAtSignIn() {
        Browser fenna = plein.browser();
        fenna.get("/login");
        String csrfBefore = fenna.cookie("plein_csrf").orElseThrow();
        fenna.signIn("fenna@plein.test", PASSWORD);
        assertTrue(!csrfBefore.equals(fenna.cookie("plein_csrf").orElseThrow()), "CSRF token rotated at sign-in");
        String session = fenna.cookie("plein_session").orElseThrow();
        fenna.post("/logout", Map.of());
        fenna.signIn("fenna@plein.test", PASSWORD);
        assertTrue(!session.equals(fenna.cookie("plein_session").orElseThrow()), "a new session id at every sign-in");
        assertEquals(200, fenna.get("/account").status());
        plein.clock().advance(Duration.ofHours(8).plusMinutes(1));
        assertEquals(303, fenna.get("/account").status(), "idle timeout");
    }
}
