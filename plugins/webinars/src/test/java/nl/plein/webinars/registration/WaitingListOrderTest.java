package nl.plein.webinars.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.List;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.Mailbox;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.WebinarsFixture;
import nl.plein.webinars.programme.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A newcomer never passes the waiting list: a seat that came free without the queue moving up yet (the capacity was
 * raised, and the organiser's save has not promoted anyone) goes to the first waiting, not to whoever registers next.
 */
@OnBothDatabases
class WaitingListOrderTest {

    private static final String PROMOTED = "Er is een plek voor je vrijgekomen";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin(b -> b.set("PLEIN_BASE_URL", WebinarsFixture.BASE_URL)
            .set("PLEIN_SMTP_HOST", "127.0.0.1").set("PLEIN_SMTP_PORT", String.valueOf(greenMail.getSmtp().getPort())));

    WebinarsFixture fixture = new WebinarsFixture(plein);

    private final Mailbox mailbox = new Mailbox(greenMail);

    @Test
    void aSeatFreedByARaisedCapacityGoesToTheFirstWaitingNotToTheNewcomer() {
        Session session = fixture.session(fixture.week("Jong geleerd", true), "Jongeren werven").seats(1).create();
        Browser ann = fixture.member("ann@plein.test", "Ann Aanmelder");
        Browser bob = fixture.member("bob@plein.test", "Bob Wachter");
        Browser cas = fixture.member("cas@plein.test", "Cas Nieuwkomer");
        assertEquals("registered", fixture.register(ann, session));
        assertEquals("waiting", fixture.register(bob, session));

        // Between the organiser's save and the queue moving up: one seat free, Bob still waiting.
        plein.jdbi().useHandle(h -> h.createUpdate("UPDATE webinars_sessions SET capacity = 2 WHERE id = :id")
                .bind("id", session.id()).execute());

        assertEquals("waiting", fixture.register(cas, session), "the free seat is not the newcomer's");
        assertEquals("registered", fixture.registrationStatus(session.id(), "bob@plein.test"), "Bob moved up");
        assertEquals("registered", fixture.registrationStatus(session.id(), "ann@plein.test"));
        assertEquals("waiting", fixture.registrationStatus(session.id(), "cas@plein.test"));
        assertEquals(2, fixture.count("SELECT COUNT(*) FROM webinars_registrations WHERE session_id = ? "
                + "AND status = 'registered'", session.id()), "never more seats than the capacity");
        assertTrue(cas.get("/webinars/my").body().contains("Je staat op de wachtlijst, plaats 1"));
        assertTrue(bob.get("/webinars/my").body().contains("Je bent aangemeld"));
        fixture.assertCountersMatchRegistrations();

        plein.platform().sendMail();
        List<Mailbox.Mail> promoted = mailbox.to("bob@plein.test").stream()
                .filter(m -> m.subject().equals(PROMOTED)).toList();
        assertEquals(1, promoted.size(), "Bob is told he got the seat: " + subjects("bob@plein.test"));
        assertTrue(promoted.get(0).text().contains("Die plek is nu van jou"), promoted.get(0).text());
        assertEquals(0, mailbox.to("cas@plein.test").stream().filter(m -> m.subject().equals(PROMOTED)).count());
        assertEquals(0, mailbox.to("ann@plein.test").stream().filter(m -> m.subject().equals(PROMOTED)).count());
        assertTrue(subjects("cas@plein.test").contains("Je staat op de wachtlijst voor een kennisboostsessie"),
                subjects("cas@plein.test").toString());
    }

    private List<String> subjects(String address) {
        return mailbox.to(address).stream().map(Mailbox.Mail::subject).toList();
    }
}
