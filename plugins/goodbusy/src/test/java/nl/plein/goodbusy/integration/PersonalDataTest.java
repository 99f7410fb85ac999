package nl.plein.goodbusy.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import nl.plein.goodbusy.GoodBusyFixture;
import nl.plein.goodbusy.deal.MatchStatus;
import nl.plein.goodbusy.deal.Side;
import nl.plein.goodbusy.impact.DealRows;
import nl.plein.goodbusy.offer.Offer;
import nl.plein.goodbusy.request.HelpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A person's Good Busy data: downloaded with the rest of their account, and erased without changing what others rely
 * on. Ann and Bob work at Rekenhuis (coordinator Cora); both signed up for a coming shift of four places at Buurthuis
 * De Linde (coordinator Olga) and registered hours.
 */
@OnBothDatabases
class PersonalDataTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();

    final GoodBusyFixture fixture = new GoodBusyFixture(plein);
    final DealRows rows = new DealRows(plein);
    String ann;
    String bob;
    String olga;
    String cora;
    String rekenhuis;
    String match;
    String shift;
    HelpRequest request;
    Offer offer;

    @BeforeEach
    void world() {
        olga = fixture.person("olga@linde.test", "Olga Ontvanger");
        String linde = fixture.socialOrganisation("Buurthuis De Linde", "Utrecht", "Utrecht", olga);
        cora = fixture.person("cora@rekenhuis.test", "Cora Coördinator");
        rekenhuis = fixture.company("Rekenhuis", cora);
        ann = fixture.person("ann@rekenhuis.test", "Ann Aanpakker");
        bob = fixture.person("bob@rekenhuis.test", "Bob Bouwer");
        fixture.join(rekenhuis, ann, "member");
        fixture.join(rekenhuis, bob, "member");
        request = fixture.requests().create(linde, GoodBusyFixture.requestDraft("Tuindag"), olga);
        offer = fixture.offers().create(rekenhuis, GoodBusyFixture.offerDraft("Teamdag"), cora);
        match = rows.match(request, offer, MatchStatus.AGREED);
        rows.agreement(match, LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 31));
        shift = rows.shift(match, Instant.parse("2026-03-20T08:00:00Z"), 4);
        rows.signUp(shift, ann);
        rows.signUp(shift, bob);
        rows.hours(match, ann, LocalDate.of(2026, 2, 10), 120, "approved");
        rows.hours(match, ann, LocalDate.of(2026, 2, 11), 60, "pending");
        rows.hours(match, ann, LocalDate.of(2026, 2, 12), 30, "declined");
        rows.hours(match, bob, LocalDate.of(2026, 2, 10), 90, "approved");
        rows.hours(match, bob, LocalDate.of(2026, 2, 11), 45, "pending");
        rows.message(match, Side.COMPANY, ann, "Ann vraagt of er koffie is");
        rows.message(match, Side.COMPANY, bob, "Bob neemt de ladder mee");
        rows.message(match, Side.ORGANISATION, olga, "Olga zet koffie");
        rows.evaluation(match, Side.COMPANY, 4, "Ann vond het een mooie dag", ann);
        rows.evaluation(match, Side.ORGANISATION, 5, "Olga is blij", olga);
    }

    @Test
    void exportHoldsThePersonsSignUpsHoursMessagesEvaluationsAndCreationsAndNothingOfOthers() throws Exception {
        Browser.Page download = fixture.signedIn("ann@rekenhuis.test").get("/account/export");
        assertEquals(200, download.status());
        assertFalse(download.body().contains("Bob"), "nothing of a colleague");
        assertFalse(download.body().contains("Olga"), "nor of the other side");
        JsonNode mine = new ObjectMapper().readTree(download.body()).path("plugins").path("goodbusy");
        assertEquals(1, mine.path("signUps").size());
        JsonNode signUp = mine.path("signUps").get(0);
        assertEquals("Ochtend", signUp.path("shift").asText());
        assertEquals("Tuindag", signUp.path("request").asText());
        assertEquals(match, signUp.path("matchId").asText());
        assertEquals("2026-03-20T08:00:00Z", signUp.path("startsAt").asText());
        JsonNode hours = mine.path("hours");
        assertEquals(3, hours.size());
        Set<String> registered = new HashSet<>();
        hours.forEach(h -> registered.add(h.path("workedOn").asText() + " " + h.path("minutes").asInt() + " "
                + h.path("status").asText()));
        assertEquals(Set.of("2026-02-10 120 approved", "2026-02-11 60 pending", "2026-02-12 30 declined"), registered);
        assertEquals(1, mine.path("messages").size());
        assertEquals("Ann vraagt of er koffie is", mine.path("messages").get(0).path("body").asText());
        assertEquals(1, mine.path("evaluations").size());
        assertEquals(4, mine.path("evaluations").get(0).path("rating").asInt());
        assertEquals(0, mine.path("requests").size());

        JsonNode olgas = new ObjectMapper().readTree(fixture.signedIn("olga@linde.test").get("/account/export").body())
                .path("plugins").path("goodbusy");
        assertEquals("Tuindag", olgas.path("requests").get(0).path("title").asText(), "the request she posted");
        assertEquals(0, olgas.path("hours").size());
        assertEquals("Olga zet koffie", olgas.path("messages").get(0).path("body").asText());
        JsonNode coras = new ObjectMapper().readTree(fixture.signedIn("cora@rekenhuis.test").get("/account/export")
                .body()).path("plugins").path("goodbusy");
        assertEquals("Teamdag", coras.path("offers").get(0).path("title").asText(), "the offer she posted");
        assertEquals(0, coras.path("signUps").size());
    }

    @Test
    void erasureFreesThePlaceDropsPendingHoursAndKeepsApprovedFiguresBelongingToNoOne() {
        Browser coordinatorBefore = fixture.signedIn("cora@rekenhuis.test");
        String before = coordinatorBefore.get("/goodbusy/companies/" + rekenhuis + "/impact").body();
        assertTrue(before.contains("3,5 uur"), "Ann 120 + Bob 90 minutes approved");

        Browser.Page erased = fixture.signedIn("ann@rekenhuis.test").post("/account/delete",
                Map.of("password", PleinExtension.PASSWORD, "confirm", "VERWIJDER"));
        assertEquals("/?erased=1", erased.location());

        assertEquals(0, count("SELECT COUNT(*) FROM goodbusy_signups WHERE person_id = '" + ann + "'"));
        assertEquals(1, count("SELECT signed_up FROM goodbusy_shifts WHERE id = '" + shift + "'"),
                "Ann's place is free again; Bob keeps his");
        assertEquals(1, count("SELECT COUNT(*) FROM goodbusy_signups WHERE person_id = '" + bob + "'"));
        assertEquals(0, count("SELECT COUNT(*) FROM goodbusy_hours WHERE person_id = '" + ann + "'"));
        assertEquals(0, count("SELECT COUNT(*) FROM goodbusy_hours WHERE person_id IS NULL AND status = 'pending'"),
                "her pending hours are gone");
        assertEquals(2, count("SELECT COUNT(*) FROM goodbusy_hours WHERE person_id IS NULL AND note = '' "
                + "AND status IN ('approved', 'declined')"), "approved and declined stay, without her or her note");
        assertEquals(2, count("SELECT COUNT(*) FROM goodbusy_hours WHERE person_id = '" + bob + "'"),
                "Bob's two registrations untouched");
        assertEquals(1, count("SELECT COUNT(*) FROM goodbusy_hours WHERE person_id = '" + bob + "' AND status = 'pending'"));
        assertEquals(1, count("SELECT COUNT(*) FROM goodbusy_messages WHERE author_id IS NULL "
                + "AND body = 'Ann vraagt of er koffie is'"), "the conversation keeps its sense");
        assertEquals(2, count("SELECT COUNT(*) FROM goodbusy_messages WHERE author_id IS NOT NULL"));
        assertEquals(1, count("SELECT COUNT(*) FROM goodbusy_evaluations WHERE author_id IS NULL AND side = 'company'"));
        assertEquals(1, count("SELECT COUNT(*) FROM goodbusy_evaluations WHERE author_id = '" + olga + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM goodbusy_requests WHERE created_by = '" + olga + "'"));

        String after = fixture.signedIn("cora@rekenhuis.test").get("/goodbusy/companies/" + rekenhuis + "/impact")
                .body();
        assertTrue(after.contains("3,5 uur"), "the company's approved hours do not change");

        fixture.signedIn("olga@linde.test").post("/account/delete",
                Map.of("password", PleinExtension.PASSWORD, "confirm", "VERWIJDER"));
        assertEquals(0, count("SELECT COUNT(*) FROM goodbusy_requests WHERE created_by IS NOT NULL"));
        assertEquals(1, count("SELECT COUNT(*) FROM goodbusy_requests"), "the request stays for its organisation");
        assertEquals(1, count("SELECT COUNT(*) FROM goodbusy_offers WHERE created_by = '" + cora + "'"));
    }

    private int count(String sql) {
        return rows.count(sql);
    }
}
