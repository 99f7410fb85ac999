package nl.plein.core.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.Mailbox;
import nl.plein.core.testing.TestPlein;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import nl.plein.core.testing.OnBothDatabases;

/** A person's account from sign-up to a new password, with real mail through an in-process SMTP server. */
@OnBothDatabases
class AccountLifecycleTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static final String PASSWORD = "zonnebloem-op-het-plein";
    TestPlein plein;
    Mailbox mailbox;

    @BeforeEach
    void start() {
        plein = TestPlein.with().set("PLEIN_SMTP_HOST", "127.0.0.1")
                .set("PLEIN_SMTP_PORT", String.valueOf(greenMail.getSmtp().getPort()))
                .set("PLEIN_BASE_URL", "http://plein.test").start();
        mailbox = new Mailbox(greenMail);
    }

    @AfterEach
    void stop() {
        plein.close();
    }

    private Browser.Page register(Browser browser, String name, String email, String password) {
        return browser.post("/register", Map.of("name", name, "email", email, "password", password));
    }

    @Test
    void registerConfirmSignInChangePasswordAndSignOut() {
        Browser sanne = plein.browser();
        Browser.Page registered = register(sanne, "Sanne Schipper", "sanne@plein.test", PASSWORD);
        assertEquals(200, registered.status());
        assertTrue(registered.body().contains("Kijk in je mail"));

        Browser.Page tooEarly = sanne.post("/login", Map.of("email", "sanne@plein.test", "password", PASSWORD));
        assertTrue(tooEarly.body().contains("Bevestig eerst je e-mailadres"), "cannot sign in before confirming");

        plein.plein().sendMail();
        Mailbox.Mail confirm = mailbox.last("sanne@plein.test");
        assertEquals("Bevestig je e-mailadres voor Plein", confirm.subject());
        assertTrue(confirm.text().contains("Hallo Sanne Schipper,"));
        assertTrue(confirm.html().contains("<html lang=\"nl\">"));
        assertTrue(confirm.link().startsWith("http://plein.test/account/confirm/"));

        assertEquals(200, sanne.get(confirm.linkPath()).status(), "the link shows a button, it does not confirm on GET");
        Browser.Page confirmed = sanne.post(confirm.linkPath(), Map.of());
        assertEquals("/login?confirmed=1", confirmed.location());
        assertEquals(404, sanne.post(confirm.linkPath(), Map.of()).status(), "single use");

        sanne.signIn("sanne@plein.test", PASSWORD);
        assertTrue(sanne.get("/account").body().contains("sanne@plein.test"));

        Browser.Page wrongCurrent = sanne.post("/account/password", Map.of("current", "niet-mijn-wachtwoord",
                "password", "een-heel-nieuw-wachtwoord"));
        assertEquals(422, wrongCurrent.status());
        assertTrue(wrongCurrent.body().contains("Dit is niet je huidige wachtwoord."));
        assertEquals(200, sanne.post("/account/password", Map.of("current", PASSWORD,
                "password", "een-heel-nieuw-wachtwoord")).status());

        sanne.post("/logout", Map.of());
        assertEquals(303, sanne.get("/account").status(), "signed out");
        plein.browser().signIn("sanne@plein.test", "een-heel-nieuw-wachtwoord");
    }

    @Test
    void badRegistrationIsExplainedBesideEachFieldKeepingWhatWasTypedButNeverThePassword() {
        Browser.Page page = register(plein.browser(), "", "geen-adres", "kort");
        assertEquals(422, page.status());
        assertTrue(page.body().contains("<title>Fout: Account aanmaken · Plein</title>"));
        assertTrue(page.body().contains("id=\"f-name-error\">Vul je naam in."));
        assertTrue(page.body().contains("id=\"f-email-error\">Vul een geldig e-mailadres in"));
        assertTrue(page.body().contains("id=\"f-password-error\">Het wachtwoord is te kort"));
        assertTrue(page.body().contains("value=\"geen-adres\""), "what was typed is kept");
        assertFalse(page.body().contains("value=\"kort\""), "the password is never sent back");

        Browser.Page common = register(plein.browser(), "Sanne", "sanne@plein.test", "Wachtwoord123");
        assertTrue(common.body().contains("Dit wachtwoord wordt veel gebruikt"), common.body());
        Browser.Page english = register(plein.browser().acceptLanguage("en"), "", "x@y", "short");
        assertTrue(english.body().contains("Enter your name."));

        Browser.Page huge = register(plein.browser(), "x".repeat(5000), "a@b.nl", "x".repeat(5000));
        assertEquals(422, huge.status(), "oversized input is an error message, not a crash");
        int people = plein.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM plein_people").mapTo(Integer.class).one());
        assertEquals(0, people);
    }

    @Test
    void registeringATakenAddressLooksTheSameAndTellsTheOwner() {
        plein.plein().people().create("sanne@plein.test", "Sanne Schipper", PASSWORD, "en");
        Browser.Page page = register(plein.browser(), "Iemand Anders", "Sanne@Plein.test", "nog-een-wachtwoord-hier");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("Kijk in je mail"));
        plein.plein().sendMail();
        Mailbox.Mail mail = mailbox.last("sanne@plein.test");
        assertEquals("You already have an account on Plein", mail.subject(), "in the owner's language");
        assertTrue(mail.html().contains("<html lang=\"en\">"));
    }

    @Test
    void resetLinkWorksOnceAndNotAfterAnHour() {
        plein.plein().people().create("joost@plein.test", "Joost Jansen", PASSWORD, "nl");
        Browser joost = plein.browser();
        Browser.Page forgot = joost.post("/account/forgot", Map.of("email", "joost@plein.test"));
        assertTrue(forgot.body().contains("Als er een account is met het adres joost@plein.test"));
        Browser.Page unknown = plein.browser().post("/account/forgot", Map.of("email", "niemand@plein.test"));
        assertEquals(forgot.status(), unknown.status());
        assertTrue(unknown.body().contains("Als er een account is met het adres niemand@plein.test"), "same answer");

        plein.plein().sendMail();
        assertEquals(0, mailbox.to("niemand@plein.test").size());
        String link = mailbox.last("joost@plein.test").linkPath();
        assertEquals(200, joost.get(link).status());
        Browser.Page reset = joost.post(link, Map.of("password", "nieuw-en-lang-genoeg"));
        assertEquals("/login?reset=1", reset.location());
        Browser.Page again = joost.post(link, Map.of("password", "nog-eens-een-ander-wachtwoord"));
        assertEquals(404, again.status(), "used twice");
        assertTrue(again.body().contains("Deze link werkt niet (meer)."));
        plein.browser().signIn("joost@plein.test", "nieuw-en-lang-genoeg");

        joost.post("/account/forgot", Map.of("email", "joost@plein.test"));
        plein.plein().sendMail();
        String late = mailbox.last("joost@plein.test").linkPath();
        plein.clock().advance(Duration.ofMinutes(61));
        assertEquals(404, joost.get(late).status(), "expired");
        assertEquals(404, joost.post(late, Map.of("password", "te-laat-voor-deze-link")).status());
    }

    @Test
    void resetSignsOutEverySessionOfThatPerson() {
        plein.plein().people().create("joost@plein.test", "Joost Jansen", PASSWORD, "nl");
        Browser laptop = plein.browser();
        laptop.signIn("joost@plein.test", PASSWORD);
        plein.browser().post("/account/forgot", Map.of("email", "joost@plein.test"));
        plein.plein().sendMail();
        Browser phone = plein.browser();
        phone.post(mailbox.last("joost@plein.test").linkPath(), Map.of("password", "nieuw-en-lang-genoeg"));
        assertEquals(303, laptop.get("/account").status(), "the old session is gone");
    }

    @Test
    void newEmailAddressCountsOnlyAfterItsLinkIsUsed() {
        plein.plein().people().create("joost@plein.test", "Joost Jansen", PASSWORD, "nl");
        Browser joost = plein.browser();
        joost.signIn("joost@plein.test", PASSWORD);
        Browser.Page asked = joost.post("/account/email", Map.of("email", "joost@nieuw.test", "password", PASSWORD));
        assertTrue(asked.body().contains("We hebben een link gestuurd naar joost@nieuw.test"));
        assertTrue(joost.get("/account").body().contains("joost@plein.test"), "not changed yet");
        plein.plein().sendMail();
        String link = mailbox.last("joost@nieuw.test").linkPath();
        assertEquals("/account?email=changed", joost.post(link, Map.of()).location());
        assertTrue(joost.get("/account").body().contains("joost@nieuw.test"));
        plein.browser().signIn("joost@nieuw.test", PASSWORD);
    }

    @Test
    void profileChangesNameLanguageAndBio() {
        plein.plein().people().create("joost@plein.test", "Joost Jansen", PASSWORD, "nl");
        Browser joost = plein.browser();
        joost.signIn("joost@plein.test", PASSWORD);
        Browser.Page bad = joost.post("/account", Map.of("name", "", "locale", "fr", "bio", "Hallo"));
        assertEquals(422, bad.status());
        assertTrue(bad.body().contains("Kies Nederlands of Engels."));
        assertTrue(bad.body().contains(">Hallo</textarea>"));
        joost.post("/account", Map.of("name", "Joost J.", "locale", "en", "bio", "Coordinator at a food bank."));
        Browser.Page profile = joost.get("/account");
        assertTrue(profile.body().contains("<html lang=\"en\">"), "the preference takes effect");
        assertTrue(profile.body().contains("Joost J."));
    }
}
