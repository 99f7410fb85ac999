package nl.plein.networks.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.Mailbox;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.space.SpaceRole;
import nl.plein.networks.space.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The daily digest as received over SMTP: at 7:00 in Amsterdam, to members who chose it, one mail per space with the
 * new posts in the threads they follow and the new threads since their previous digest — not their own posts, not
 * removed ones, not threads they do not follow; and once: not again when the job runs again for the same day, nor
 * after a restart, nor the next day when nothing is new. A member removed before 7:00 gets none.
 */
@OnBothDatabases
class DigestTest {

    static final String BASE_URL = "http://netwerk.plein.test";
    /** The test clock starts on Monday 2 March 2026 at 10:00 in Amsterdam; the first digest is at 7:00 the next day. */
    static final Instant FIRST_DIGEST = Instant.parse("2026-03-03T06:00:00Z");
    static final String SUBJECT = "Nieuw in je netwerk: het overzicht van vandaag";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin(b -> b.set("PLEIN_BASE_URL", BASE_URL)
            .set("PLEIN_SMTP_HOST", "127.0.0.1").set("PLEIN_SMTP_PORT", String.valueOf(greenMail.getSmtp().getPort())));
    private final Mailbox mailbox = new Mailbox(greenMail);

    @Test
    void followedThreadsAndNewThreadsOnceADay() {
        var scene = new DiscussionScene(plein, Visibility.MEMBERS);
        String veraId = scene.fixture.person("vera@leden.test", "Vera Lid");
        scene.fixture.join(scene.space, veraId, null, SpaceRole.MEMBER);
        Browser mila = scene.mila();
        Browser noor = scene.noor();
        Browser vera = scene.fixture.signedIn("vera@leden.test");
        assertEquals(List.of("2026-03-03"), pending(), "planned at start for 7:00 the next morning");

        String old = scene.start(noor, "Oude draad", "Van voor het overzicht.");
        plein.clock().advance(Duration.ofMinutes(1));
        assertEquals(303, mila.post(scene.base() + "/notifications", Map.of("mode", "digest")).status());
        assertEquals(303, vera.post(scene.base() + "/notifications", Map.of("mode", "digest")).status());
        plein.clock().advance(Duration.ofMinutes(1));

        String plan = scene.start(mila, "Jaarplan 2026", "Wat zetten we in het jaarplan?");
        plein.clock().advance(Duration.ofMinutes(1));
        scene.reply(noor, plan, "Een gezamenlijke **scholingsdag**.");
        String removed = scene.reply(noor, plan, "Dit trek ik terug.");
        assertEquals(303, noor.post(scene.base() + "/threads/" + plan + "/posts/" + removed + "/delete", Map.of())
                .status());
        scene.reply(mila, plan, "Goed idee, van mijzelf.");
        scene.reply(scene.coordinator(), plan, "En de evaluatie van de pilots.");
        scene.start(noor, "Nieuwe leden", "Welkom aan twee nieuwe organisaties.");
        scene.reply(scene.coordinator(), old, "Een late reactie op de oude draad.");
        vera.post(scene.base() + "/threads/" + plan + "/follow", Map.of());
        scene.fixture.spaces().remove(scene.space.id(), veraId);

        plein.clock().advance(Duration.between(plein.clock().instant(), FIRST_DIGEST).minusMinutes(1));
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
        assertEquals(List.of(), digests("mila@zorgkring.test"), "not before the hour");

        plein.clock().advance(Duration.ofMinutes(1));
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
        assertEquals(1, digests("mila@zorgkring.test").size());
        assertEquals(List.of(), digests("vera@leden.test"), "no longer a member");
        assertEquals(List.of(), digests("noor@buurtkracht.test"), "chose immediately");
        assertEquals(List.of(), digests("cor@netwerk.test"));
        String text = digests("mila@zorgkring.test").get(0).text();
        assertTrue(text.contains("Nieuwe berichten in Landelijk Overleg Vrijwillige Zorg sinds je vorige overzicht:"), text);
        assertTrue(text.contains("Jaarplan 2026"));
        assertTrue(text.contains("2 nieuwe berichten"), text);
        assertTrue(text.contains("Een gezamenlijke **scholingsdag**."));
        assertTrue(text.contains("En de evaluatie van de pilots."));
        assertTrue(text.contains("Nieuwe leden"));
        assertTrue(text.contains("Nieuwe discussie · 1 nieuw bericht"), text);
        assertTrue(text.contains(BASE_URL + scene.base() + "/threads/" + plan));
        assertFalse(text.contains("Dit trek ik terug"), "removed");
        assertFalse(text.contains("van mijzelf"), "her own");
        assertFalse(text.contains("Oude draad"), "not followed, and not new");
        assertEquals(List.of("2026-03-04"), pending(), "the run planned the next");

        // The same digest again (a retry, or a run cut off by a crash): nobody gets it twice.
        plein.jdbi().useHandle(h -> h.execute("UPDATE plein_jobs SET status = 'pending' WHERE owner = 'networks' "
                + "AND kind = 'networks.digest' AND job_key = '2026-03-03'"));
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
        assertEquals(1, digests("mila@zorgkring.test").size());

        // A restart plans nothing to run now.
        plein.testPlein().restart();
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
        assertEquals(1, digests("mila@zorgkring.test").size());
        assertEquals(List.of("2026-03-04"), pending());

        // After 7:00 a new reply: in the next morning's digest, alone.
        plein.clock().advance(Duration.ofMinutes(30));
        scene.reply(scene.noor(), plan, "Nog een punt: de website.");
        plein.clock().advance(Duration.ofDays(1).minusMinutes(30));
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
        assertEquals(2, digests("mila@zorgkring.test").size());
        String next = digests("mila@zorgkring.test").get(1).text();
        assertTrue(next.contains("Nog een punt: de website."), next);
        assertTrue(next.contains("1 nieuw bericht"));
        assertFalse(next.contains("scholingsdag"));
        assertFalse(next.contains("Nieuwe leden"));

        // Nothing new: no mail.
        plein.clock().advance(Duration.ofDays(1));
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
        assertEquals(2, digests("mila@zorgkring.test").size());
        assertEquals(List.of("2026-03-06"), pending());

        // Back to a mail per post (the longest mode's code): the next reply comes on its own, in no digest.
        assertEquals(303, scene.mila().post(scene.base() + "/notifications", Map.of("mode", "immediately")).status());
        scene.reply(scene.noor(), plan, "En de nieuwsbrief.");
        plein.clock().advance(Duration.ofDays(1));
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
        assertEquals(2, digests("mila@zorgkring.test").size());
        assertTrue(mailbox.to("mila@zorgkring.test").stream().anyMatch(m -> m.text().contains("En de nieuwsbrief.")));
    }

    /**
     * "Run now" on the admin jobs page, in the evening before the digest's hour: it covers what is new until then and
     * plans the next date; what is written after it, before 7:00, comes in that next digest instead of in none.
     */
    @Test
    void aRunBeforeItsHourCoversUntilThenAndTheNextDigestTheRest() {
        var scene = new DiscussionScene(plein, Visibility.MEMBERS);
        assertEquals(303, scene.mila().post(scene.base() + "/notifications", Map.of("mode", "digest")).status());
        plein.clock().advance(Duration.ofMinutes(1));
        scene.start(scene.noor(), "Vóór het handmatige overzicht", "Al geschreven.");
        plein.clock().advance(Duration.ofHours(8));

        // As the admin page's "run now" does: the pending job, due at once.
        plein.jdbi().useHandle(h -> h.createUpdate("""
                        UPDATE plein_jobs SET run_at = :now WHERE owner = 'networks' AND kind = 'networks.digest'
                           AND job_key = '2026-03-03' AND status = 'pending'""").bind("now", plein.clock().instant())
                .execute());
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
        List<Mailbox.Mail> early = digests("mila@zorgkring.test");
        assertEquals(1, early.size());
        assertTrue(early.get(0).text().contains("Vóór het handmatige overzicht"), early.get(0).text());
        assertEquals(List.of("2026-03-04"), pending(), "the next date is planned");

        plein.clock().advance(Duration.ofHours(2));
        scene.start(scene.noor(), "Na het handmatige overzicht", "In de nacht geschreven.");
        plein.clock().advance(Duration.between(plein.clock().instant(), FIRST_DIGEST.plus(Duration.ofDays(1))));
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
        List<Mailbox.Mail> all = digests("mila@zorgkring.test");
        assertEquals(2, all.size());
        assertTrue(all.get(1).text().contains("Na het handmatige overzicht"), all.get(1).text());
        assertFalse(all.get(1).text().contains("Vóór het handmatige overzicht"));
    }

    private List<Mailbox.Mail> digests(String address) {
        return mailbox.to(address).stream().filter(m -> m.subject().equals(SUBJECT)).toList();
    }

    private List<String> pending() {
        return plein.jdbi().withHandle(h -> h.createQuery("""
                        SELECT job_key FROM plein_jobs WHERE owner = 'networks' AND kind = 'networks.digest'
                           AND status = 'pending' ORDER BY run_at""").mapTo(String.class).list());
    }
}
