package nl.plein.goodbusy.matching;

import static nl.plein.goodbusy.matching.MatchingWorld.offer;
import static nl.plein.goodbusy.matching.MatchingWorld.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import nl.plein.core.testing.Mailbox;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import nl.plein.goodbusy.GoodBusyFixture;
import nl.plein.goodbusy.offer.Offer;
import nl.plein.goodbusy.offer.OfferDraft;
import nl.plein.goodbusy.request.HelpRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The daily digest as received over SMTP: planned at the digest hour in Amsterdam, to the coordinators of each side
 * only, good matches only, at most five per organisation with how many more, and each new match announced once —
 * not again when the job runs again for the same day (a retry), nor the next day, nor after a restart.
 */
@OnBothDatabases
class DigestTest {

    static final String BASE_URL = "http://goed.plein.test";
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** The test clock starts on Monday 2 March 2026 at 10:00 in Amsterdam; the first digest is at 7:00 the next day. */
    static final Instant FIRST_DIGEST = Instant.parse("2026-03-03T06:00:00Z");

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin(b -> b.set("PLEIN_BASE_URL", BASE_URL)
            .set("PLEIN_SMTP_HOST", "127.0.0.1").set("PLEIN_SMTP_PORT", String.valueOf(greenMail.getSmtp().getPort())));
    final GoodBusyFixture fixture = new GoodBusyFixture(plein);
    private final Mailbox mailbox = new Mailbox(greenMail);

    private String organisation;
    private String company;

    private void people() {
        organisation = fixture.socialOrganisation("Buurthuis De Linde", "Utrecht", "Utrecht",
                fixture.person("anna@linde.test", "Anna Coördinator"));
        fixture.join(organisation, fixture.person("ben@linde.test", "Ben Coördinator"), "admin");
        fixture.join(organisation, fixture.person("mia@linde.test", "Mia Vrijwilliger"), "member");
        company = fixture.company("Bouwbedrijf Stevig", fixture.person("cees@stevig.test", "Cees MVO", "en"));
        fixture.join(company, fixture.person("eva@stevig.test", "Eva Medewerker"), "member");
    }

    private Offer offerWith(String title, java.util.function.UnaryOperator<OfferDraft> change) {
        return fixture.offer(company, change.apply(offer(title)));
    }

    @Test
    void theCoordinatorsOfBothSidesGetTheFiveBestNewGoodMatchesOnceADay() {
        people();
        HelpRequest request = fixture.request(organisation, request("Tuindag"));
        offerWith("Teamdag A", d -> d);                                                                   // 100
        offerWith("Teamdag B", d -> MatchingWorld.withProvinces(d, "Gelderland"));                        // 87
        offerWith("Teamdag C", d -> MatchingWorld.withForm(d, "relay"));                                  // 85
        offerWith("Teamdag D", d -> MatchingWorld.withCauses(d, "youth"));                                // 80
        offerWith("Teamdag E", d -> MatchingWorld.withProvinces(d, "Limburg"));                           // 75
        offerWith("Teamdag F", d -> MatchingWorld.withForm(MatchingWorld.withProvinces(d, "Gelderland"), "relay")); // 72
        offerWith("Teamdag G", d -> MatchingWorld.withForm(MatchingWorld.withProvinces(d, "Gelderland"), "relay")); // 72
        offerWith("Zwakke match", d -> MatchingWorld.withForm(MatchingWorld.withCauses(
                MatchingWorld.withProvinces(d, "Limburg"), "youth"), "relay"));                          // 40
        Offer matched = offerWith("Al gekoppeld", d -> d);                                                // 100
        MatchingWorld.match(plein, request.id(), matched.id());

        assertEquals(List.of("2026-03-03"), pending(), "planned at start for 7:00 the next morning");
        assertEquals(FIRST_DIGEST, runAt("2026-03-03"));
        plein.clock().advance(Duration.between(plein.clock().instant(), FIRST_DIGEST).minusMinutes(1));
        plein.platform().jobs().runDue();
        assertEquals(0, greenMail.getReceivedMessages().length, "not before the hour");

        plein.clock().advance(Duration.ofMinutes(1));
        plein.platform().jobs().runDue();
        plein.platform().sendMail();

        // Both coordinators of the organisation, the company's coordinator; not the members or employees.
        assertEquals(1, mailbox.to("anna@linde.test").size());
        assertEquals(1, mailbox.to("ben@linde.test").size());
        assertEquals(1, mailbox.to("cees@stevig.test").size());
        assertEquals(List.of(), mailbox.to("mia@linde.test"));
        assertEquals(List.of(), mailbox.to("eva@stevig.test"));
        assertEquals(3, greenMail.getReceivedMessages().length);

        Mailbox.Mail anna = mailbox.last("anna@linde.test");
        assertEquals("Nieuwe goede matches op Good Busy", anna.subject());
        String text = anna.text();
        assertTrue(text.contains("Voor Buurthuis De Linde"), text);
        assertTrue(text.contains("Aanbod „Teamdag A” van Bouwbedrijf Stevig voor je hulpvraag „Tuindag”: score 100 van 100"),
                text);
        assertTrue(text.contains("2 van 2 vaardigheden, zelfde provincie, datum past, groep van 8 past binnen 6–10"));
        assertTrue(text.contains("2 van 2 vaardigheden, buurprovincie, datum past, groep van 8 past binnen 6–10"));
        assertOrder(text, "Teamdag A", "Teamdag B", "Teamdag C", "Teamdag D", "Teamdag E");
        assertFalse(text.contains("Teamdag F") || text.contains("Teamdag G"), "at most five");
        assertTrue(text.contains("En nog 2 meer: " + BASE_URL + "/goodbusy"), text);
        assertFalse(text.contains("Zwakke match"), "below the threshold");
        assertFalse(text.contains("Al gekoppeld"), "already a match");
        assertEquals(BASE_URL + "/goodbusy/requests/" + request.id() + "/suggestions", anna.link());
        assertTrue(anna.html().contains("Teamdag A"));

        Mailbox.Mail cees = mailbox.last("cees@stevig.test");
        assertEquals("New good matches on Good Busy", cees.subject());
        assertTrue(cees.text().contains("For Bouwbedrijf Stevig"), cees.text());
        assertTrue(cees.text().contains(
                "Request “Tuindag” from Buurthuis De Linde for your offer “Teamdag A”: score 100 of 100"), cees.text());
        assertTrue(cees.text().contains("2 of 2 skills, same province, date fits, group of 8 within 6–10"));
        assertTrue(cees.text().contains("And 2 more: " + BASE_URL + "/goodbusy/offers/mine"));
        assertTrue(cees.link().startsWith(BASE_URL + "/goodbusy/offers/"));
        assertTrue(cees.link().endsWith("/suggestions"));

        // Recorded once per pair: the seven new good ones, not the weak one nor the one with a match.
        assertEquals(7, count("SELECT COUNT(*) FROM goodbusy_announced"));
        assertEquals(List.of("2026-03-04"), pending(), "the run planned the next");

        // The same digest again (a retry, or a run cut off by a crash): nobody gets it twice.
        plein.jdbi().useHandle(h -> h.execute("UPDATE plein_jobs SET status = 'pending' WHERE owner = 'goodbusy' "
                + "AND kind = 'goodbusy.digest' AND job_key = '2026-03-03'"));
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
        assertEquals(3, greenMail.getReceivedMessages().length);

        // A restart plans nothing new to run now.
        plein.testPlein().restart();
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
        assertEquals(3, greenMail.getReceivedMessages().length);
        assertEquals(List.of("2026-03-04"), pending());

        // The next morning: nothing new, no mail.
        plein.clock().advance(Duration.ofDays(1));
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
        assertEquals(3, greenMail.getReceivedMessages().length);
        assertEquals(List.of("2026-03-05"), pending());

        // A new good offer the day after: only that one is announced.
        offerWith("Nieuwe ploeg", d -> d);
        plein.clock().advance(Duration.ofDays(1));
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
        assertEquals(6, greenMail.getReceivedMessages().length);
        String next = mailbox.last("anna@linde.test").text();
        assertTrue(next.contains("Nieuwe ploeg"));
        assertFalse(next.contains("Teamdag A"));
        assertFalse(next.contains("En nog"));
        assertEquals(8, count("SELECT COUNT(*) FROM goodbusy_announced"));
    }

    @Test
    void aRunOfTheSameDayMailsWhatItRecordedBeforeAndNothingAnEarlierDigestAnnounced() {
        people();
        HelpRequest request = fixture.request(organisation, request("Tuindag"));
        Offer recordedByThisDigest = offerWith("Teamdag A", d -> d);
        Offer announcedYesterday = offerWith("Teamdag B", d -> d);
        offerWith("Teamdag C", d -> d);
        // As if the digest of 3 March recorded its pairs and then stopped before mailing; and 2 March's announced B.
        announced(request.id(), recordedByThisDigest.id(), LocalDate.of(2026, 3, 3));
        announced(request.id(), announcedYesterday.id(), LocalDate.of(2026, 3, 2));

        plein.clock().advance(Duration.between(plein.clock().instant(), FIRST_DIGEST));
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
        String text = mailbox.last("anna@linde.test").text();
        assertTrue(text.contains("Teamdag A"), text);
        assertFalse(text.contains("Teamdag B"), text);
        assertTrue(text.contains("Teamdag C"), text);
        assertEquals(3, count("SELECT COUNT(*) FROM goodbusy_announced"));
        assertEquals(LocalDate.of(2026, 3, 3).atStartOfDay(AMSTERDAM).toInstant().toEpochMilli(),
                Long.parseLong(single("SELECT announced_at FROM goodbusy_announced WHERE offer_id = '"
                        + recordedByThisDigest.id() + "'")));
    }

    @Test
    void aStartPlansTheComingDigestAtTheHourInAmsterdamAlsoInSummerTime() {
        // Summer time: 7:00 in Amsterdam is 5:00 UTC.
        plein.clock().advance(Duration.between(plein.clock().instant(), Instant.parse("2026-06-15T12:00:00Z")));
        plein.testPlein().restart();
        assertEquals(List.of("2026-03-03", "2026-06-16"), pending());
        assertEquals(Instant.parse("2026-06-16T05:00:00Z"), runAt("2026-06-16"));
        // The stale one from March runs (late) once, and plans nothing before the coming one.
        plein.platform().jobs().runDue();
        assertEquals(List.of("2026-06-16"), pending());
    }

    private void announced(String requestId, String offerId, LocalDate digest) {
        plein.jdbi().useHandle(h -> h.createUpdate("INSERT INTO goodbusy_announced (request_id, offer_id, announced_at) "
                        + "VALUES (:r, :o, :at)").bind("r", requestId).bind("o", offerId)
                .bind("at", digest.atStartOfDay(AMSTERDAM).toInstant().toEpochMilli()).execute());
    }

    private List<String> pending() {
        return plein.jdbi().withHandle(h -> h.createQuery("""
                        SELECT job_key FROM plein_jobs WHERE owner = 'goodbusy' AND kind = 'goodbusy.digest'
                           AND status = 'pending' ORDER BY run_at""").mapTo(String.class).list());
    }

    private Instant runAt(String key) {
        return Instant.ofEpochMilli(Long.parseLong(single("SELECT run_at FROM plein_jobs WHERE owner = 'goodbusy' "
                + "AND kind = 'goodbusy.digest' AND job_key = '" + key + "'")));
    }

    private String single(String sql) {
        return plein.jdbi().withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
    }

    private int count(String sql) {
        return plein.jdbi().withHandle(h -> h.createQuery(sql).mapTo(Integer.class).one());
    }

    private static void assertOrder(String text, String... parts) {
        int last = -1;
        for (String part : parts) {
            int at = text.indexOf(part);
            assertTrue(at > last, part + " after the one before it in: " + text);
            last = at;
        }
    }
}
