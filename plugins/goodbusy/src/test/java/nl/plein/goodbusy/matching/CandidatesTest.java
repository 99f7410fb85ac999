package nl.plein.goodbusy.matching;

import static nl.plein.goodbusy.matching.MatchingWorld.TODAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import nl.plein.goodbusy.GoodBusyFixture;
import nl.plein.goodbusy.ItemStatus;
import nl.plein.goodbusy.offer.Offer;
import nl.plein.goodbusy.offer.OfferDraft;
import nl.plein.goodbusy.profile.OrganisationProfile;
import nl.plein.goodbusy.request.DateKind;
import nl.plein.goodbusy.request.HelpRequest;
import nl.plein.goodbusy.request.RequestDraft;
import nl.plein.goodbusy.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The suggestions' ranking and the digest's index against the plain rule, on random data in a real database: for
 * every open request exactly the open offers that pass {@link Scorer#passes} from today on and have no match yet come
 * back, each with {@link Scorer#points}; the same from the offers' side (with the organisations' supervision
 * capacity); and the digest's good pairs are exactly the passing pairs with enough points.
 */
@OnBothDatabases
class CandidatesTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();
    final GoodBusyFixture fixture = new GoodBusyFixture(plein);
    private final Random random = new Random(42);

    @Test
    void thePreFilterAndTheIndexAgreeWithTheScorer() {
        List<String> organisations = List.of("11111111-1111-1111-1111-111111111111",
                "22222222-2222-2222-2222-222222222222", "33333333-3333-3333-3333-333333333333");
        fixture.profiles().saveOrganisation(organisations.get(0), "Missie", "ouderen", "Utrecht", "Utrecht", 4);
        fixture.profiles().saveOrganisation(organisations.get(1), "Missie", "jeugd", "Limburg", "Venlo", 40);
        List<HelpRequest> requests = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            HelpRequest r = fixture.request(organisations.get(i % 3), requestDraft(i));
            if (i % 11 == 0) fixture.requests().setStatus(r.id(), i % 2 == 0 ? ItemStatus.PAUSED : ItemStatus.CLOSED);
            requests.add(fixture.requests().find(r.id()).orElseThrow());
        }
        List<Offer> offers = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            Offer o = fixture.offer("44444444-4444-4444-4444-44444444444" + (i % 3), offerDraft(i));
            if (i % 13 == 0) fixture.offers().setStatus(o.id(), i % 2 == 0 ? ItemStatus.PAUSED : ItemStatus.CLOSED);
            offers.add(fixture.offers().find(o.id()).orElseThrow());
        }
        Set<String> matched = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            HelpRequest r = requests.get(random.nextInt(requests.size()));
            Offer o = offers.get(random.nextInt(offers.size()));
            if (matched.add(r.id() + "/" + o.id())) MatchingWorld.match(plein, r.id(), o.id());
        }
        Map<String, OrganisationProfile> profiles = fixture.profiles().organisations(organisations);
        long today = TODAY.toEpochDay();
        Candidates candidates = new Candidates(plein.jdbi());

        int pairs = 0;
        Set<String> groupRules = new HashSet<>();
        for (HelpRequest request : requests) {
            if (!request.isOpen() || request.endsOn().isBefore(TODAY)) continue;
            Facts.OfRequest r = Facts.of(request, profiles.get(request.organisationId())).notBefore(today);
            Map<String, Integer> expected = new HashMap<>();
            for (Offer offer : offers) {
                Facts.OfOffer o = Facts.of(offer).notBefore(today);
                if (offer.isOpen() && Scorer.passes(r, o) && !matched.contains(request.id() + "/" + offer.id())) {
                    expected.put(offer.id(), Scorer.points(r, o));
                }
                if (offer.isOpen()) Scorer.score(r, o).reasons().forEach(reason -> groupRules.add(reason.key()));
            }
            assertEquals(expected, found(top -> candidates.rankOffers(r, top)), request.title());
            pairs += expected.size();
        }
        assertTrue(pairs > 100, "the data is varied enough that many pairs pass: " + pairs);
        // ... and that the pre-filter meets every rule of the group.
        for (String name : List.of("group-split", "capacity-below-minimum", "group-one-day", "group-split-too-small",
                "group-split-too-few-days")) {
            assertTrue(groupRules.contains("goodbusy.reason." + name), name + " in " + groupRules);
        }

        for (Offer offer : offers) {
            if (!offer.isOpen() || offer.availableUntil().isBefore(TODAY)) continue;
            Facts.OfOffer o = Facts.of(offer).notBefore(today);
            Map<String, Integer> expected = new HashMap<>();
            for (HelpRequest request : requests) {
                Facts.OfRequest r = Facts.of(request, profiles.get(request.organisationId())).notBefore(today);
                if (request.isOpen() && !request.endsOn().isBefore(TODAY) && Scorer.passes(r, o)
                        && !matched.contains(request.id() + "/" + offer.id())) {
                    expected.put(request.id(), Scorer.points(r, o));
                }
            }
            assertEquals(expected, found(top -> candidates.rankRequests(o, top)), offer.title());
        }

        // The digest: every passing pair counted, the good ones kept (matches are left out later, not here).
        GoodPairs good = GoodPairs.find(candidates, TODAY, 60);
        long passed = 0;
        Set<String> expectedGood = new HashSet<>();
        for (HelpRequest request : requests) {
            if (!request.isOpen() || request.endsOn().isBefore(TODAY)) continue;
            Facts.OfRequest r = Facts.of(request, profiles.get(request.organisationId())).notBefore(today);
            for (Offer offer : offers) {
                Facts.OfOffer o = Facts.of(offer).notBefore(today);
                if (!offer.isOpen() || offer.availableUntil().isBefore(TODAY) || !Scorer.passes(r, o)) continue;
                passed++;
                if (Scorer.points(r, o) >= 60) expectedGood.add(request.id() + "/" + offer.id() + "=" + Scorer.points(r, o));
            }
        }
        Set<String> foundGood = new HashSet<>();
        for (long pair : good.good) {
            foundGood.add(good.requestOf(pair).id() + "/" + good.offerOf(pair).id() + "=" + GoodPairs.points(pair));
        }
        assertEquals(passed, good.passed);
        assertEquals(expectedGood, foundGood);
        assertTrue(expectedGood.size() > 10, "some good pairs: " + expectedGood.size());
    }

    private static Map<String, Integer> found(java.util.function.Consumer<Top> rank) {
        Top top = new Top(Integer.MAX_VALUE);
        rank.accept(top);
        Map<String, Integer> found = new HashMap<>();
        top.best().forEach(s -> found.put(s.id(), s.points()));
        assertEquals(top.seen(), found.size());
        return found;
    }

    private RequestDraft requestDraft(int i) {
        String form = pick(Vocabulary.FORMS);
        int min = 1 + random.nextInt(8);
        LocalDate from = TODAY.plusDays(random.nextInt(120) - 30);
        // One in four for one day; the rest a period or recurring, some of a few days only.
        DateKind kind = random.nextInt(4) == 0 ? DateKind.ONE_DAY
                : random.nextBoolean() ? DateKind.PERIOD : DateKind.RECURRING;
        LocalDate until = kind == DateKind.ONE_DAY ? from
                : from.plusDays(random.nextInt(3) == 0 ? random.nextInt(4) : random.nextInt(90));
        return new RequestDraft("Vraag " + i, "Omschrijving.", form, pick(Vocabulary.CAUSES), some(Vocabulary.SKILLS, 4),
                min, min + random.nextInt(15), kind, from, until, "", random.nextInt(5) == 0, "Plaats",
                pick(Vocabulary.PROVINCES), random.nextInt(3) == 0, "");
    }

    private OfferDraft offerDraft(int i) {
        LocalDate from = TODAY.plusDays(random.nextInt(150) - 40);
        boolean remote = random.nextInt(3) == 0;
        return new OfferDraft("Aanbod " + i, "Omschrijving.", pick(Vocabulary.FORMS), some(Vocabulary.CAUSES, 3),
                some(Vocabulary.SKILLS, 5), 1 + random.nextInt(30), from, from.plusDays(random.nextInt(150)), remote,
                !remote || random.nextBoolean(), some(Vocabulary.PROVINCES, 3), random.nextInt(4) != 0);
    }

    private String pick(List<String> vocabulary) {
        return vocabulary.get(random.nextInt(vocabulary.size()));
    }

    private List<String> some(List<String> vocabulary, int most) {
        Set<String> codes = new LinkedHashSet<>();
        for (int n = random.nextInt(most + 1); n > 0; n--) codes.add(pick(vocabulary));
        return List.copyOf(codes);
    }
}
