package nl.plein.goodbusy.integration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import nl.plein.api.hooks.ScaleData;
import nl.plein.goodbusy.GoodBusy;
import nl.plein.goodbusy.Sides;
import nl.plein.goodbusy.Versions;
import nl.plein.goodbusy.matching.MatchingRoutes;
import nl.plein.goodbusy.matching.Suggestions;
import org.jdbi.v3.core.Jdbi;

/**
 * Good Busy at national scale, from core's generated organisations: {@value #COMPANIES} companies (employers) with a
 * profile post {@value #OFFERS} offers, {@value #ORGANISATIONS} social organisations with a profile post
 * {@value #REQUESTS} requests — a few of each busy, most with a handful — and {@value #MATCHES} matches run through
 * every state ({@link ScaleDeals}). Brokers are the coordinators of volunteer centres, community managers those of a
 * few umbrella organisations.
 *
 * <p>Nothing is announced yet ({@code goodbusy_announced} stays empty), so the first digest has a whole platform's
 * work: about 1.5 million new good pairs and a mail to each of the about 1,000 coordinators concerned. The suite runs
 * it through the admin jobs page (the note {@code digest.kind}).
 *
 * <p>The benchmark pages: the suggestions for the open request with the most candidates (offers that pass the hard
 * filters and have no match with it yet: every one of them is scored on each view), as its organisation's coordinator;
 * and the suggestions for the offer with the most, as its company's coordinator.
 */
final class GoodBusyScaleData implements ScaleData {

    static final int COMPANIES = 500;
    static final int ORGANISATIONS = 500;
    static final int OFFERS = 10_000;
    static final int REQUESTS = 10_000;
    static final int MATCHES = 3_000;
    static final int BROKERS = 100;
    static final int MANAGERS = 5;
    static final String BROKER_ROLE = "goodbusy.broker";
    static final String MANAGER_ROLE = "goodbusy.community-manager";
    static final List<String> TABLES = List.of("goodbusy_companies", "goodbusy_organisations", "goodbusy_requests",
            "goodbusy_offers", "goodbusy_matches", "goodbusy_messages", "goodbusy_agreements", "goodbusy_shifts",
            "goodbusy_signups", "goodbusy_hours", "goodbusy_evaluations", "goodbusy_announced");

    private final GoodBusy goodBusy;

    GoodBusyScaleData(GoodBusy goodBusy) {
        this.goodBusy = goodBusy;
    }

    @Override
    public void generate(Generation generation) {
        Jdbi jdbi = goodBusy.context().jdbi();
        Scale scale = generation.scale();
        ScaleShapes shapes = new ScaleShapes(generation.random());
        ScaleTexts texts = new ScaleTexts(shapes);
        ScaleItems items = new ScaleItems(generation, shapes, texts);
        ScaleWriter writer = new ScaleWriter(jdbi, generation);
        List<Organisation> organisations = generation.organisations();
        List<Person> people = generation.people();
        Map<String, Person> byId = new HashMap<>();
        people.forEach(p -> byId.put(p.id(), p));

        int[] employers = kinds(organisations, Sides.EMPLOYER);
        int[] social = IntStream.range(0, organisations.size()).filter(i -> {
            String kind = organisations.get(i).kind();
            return "volunteer-organisation".equals(kind) || "other".equals(kind);
        }).toArray();

        List<ScaleRows.Party> companies = new ArrayList<>();
        for (int i : shapes.sample(employers.length, scale.of(COMPANIES))) {
            Organisation o = organisations.get(employers[i]);
            companies.add(items.party(o, byId.get(o.administratorId()), 0));
        }
        List<ScaleRows.Party> socials = new ArrayList<>();
        for (int i : shapes.sample(social.length, scale.of(ORGANISATIONS))) {
            Organisation o = organisations.get(social[i]);
            socials.add(items.party(o, byId.get(o.administratorId()), items.capacity()));
        }
        List<ScaleRows.Company> companyRows = companies.stream().map(items::company).toList();
        List<ScaleRows.Organisation> organisationRows = socials.stream().map(items::organisation).toList();

        List<ScaleRows.Request> requests = new ArrayList<>();
        int[] askedBy = shapes.spread(scale.of(REQUESTS), shapes.weights(socials.size()));
        try (Progress progress = generation.progress("requests made", askedBy.length)) {
            for (int owner : askedBy) requests.add(items.request(socials.get(owner)));
            progress.advance(askedBy.length);
        }
        List<ScaleRows.Offer> offers = new ArrayList<>();
        int[] offeredBy = shapes.spread(scale.of(OFFERS), shapes.weights(companies.size()));
        try (Progress progress = generation.progress("offers made", offeredBy.length)) {
            for (int owner : offeredBy) offers.add(items.offer(companies.get(owner), companyRows.get(owner)));
            progress.advance(offeredBy.length);
        }

        ScaleTables tables = new ScaleTables(writer);
        tables.companies(companyRows);
        tables.organisations(organisationRows);
        tables.requests(requests);
        tables.offers(offers);
        writer.changed(Versions.OFFERS, Versions.REQUESTS);

        ScaleDeals.Made deals = new ScaleDeals(generation, shapes, texts, items, requests, offers,
                goodBusy.settings().answerDays()).make(scale.of(MATCHES));
        tables.deals(deals);

        ScalePairs pairs = ScalePairs.count(generation, requests, offers, items.today,
                goodBusy.settings().goodMatch(), deals.pairs()::contains);
        grant(generation, shapes, organisations);
        describe(generation, jdbi, requests, offers, pairs);
    }

    private static int[] kinds(List<Organisation> organisations, String kind) {
        return IntStream.range(0, organisations.size()).filter(i -> kind.equals(organisations.get(i).kind()))
                .toArray();
    }

    /** Brokers for volunteer centres (their region: the centre's province), a few community managers. */
    private static void grant(Generation generation, ScaleShapes shapes, List<Organisation> organisations) {
        int[] centres = kinds(organisations, "volunteer-centre");
        for (int i : shapes.sample(centres.length, generation.scale().of(BROKERS))) {
            generation.grant(organisations.get(centres[i]).administratorId(), BROKER_ROLE);
        }
        int[] umbrellas = kinds(organisations, "umbrella");
        for (int i : shapes.sample(umbrellas.length, generation.scale().of(MANAGERS))) {
            generation.grant(organisations.get(umbrellas[i]).administratorId(), MANAGER_ROLE);
        }
    }

    private void describe(Generation generation, Jdbi jdbi, List<ScaleRows.Request> requests,
                          List<ScaleRows.Offer> offers, ScalePairs pairs) {
        int busiestRequest = ScalePairs.busiest(pairs.requestCandidates());
        int busiestOffer = ScalePairs.busiest(pairs.offerCandidates());
        ScaleRows.Request request = requests.get(busiestRequest);
        ScaleRows.Offer offer = offers.get(busiestOffer);
        generation.benchmarkPage("suggestions for a request", "/goodbusy/requests/" + request.id() + "/suggestions",
                request.party().coordinatorId());
        generation.benchmarkPage("suggestions for an offer", "/goodbusy/offers/" + offer.id() + "/suggestions",
                offer.company().coordinatorId());
        generation.note("suggestions.request.candidates", pairs.requestCandidates()[busiestRequest]);
        generation.note("suggestions.request.shown", Math.min(Suggestions.LIMIT,
                pairs.requestCandidates()[busiestRequest]));
        generation.note("suggestions.offer.candidates", pairs.offerCandidates()[busiestOffer]);

        generation.note("digest.kind", MatchingRoutes.DIGEST_KIND);
        int goodMatch = goodBusy.settings().goodMatch();
        generation.note("digest.run-now", "One " + MatchingRoutes.DIGEST_KIND + " job is pending at a time (key: "
                + "its date; planned for " + goodBusy.settings().digestHour() + ":00 Amsterdam by every start and "
                + "every run). Run now (POST /admin/jobs/{id}/run), it first plans the digest of the day after its "
                + "date (so the next one shows as pending), then computes as of the server's today: every good pair "
                + "(score >= " + goodMatch + ") of an open request and an open offer without a match that no earlier "
                + "digest announced is recorded in goodbusy_announced and mailed: one mail per coordinator of the "
                + "organisations and companies concerned, with their five best. Generated data has nothing announced, "
                + "so the first run does all of it (digest.new-good-pairs, digest.mails); running the next day's job "
                + "right after finds nothing new and mails nobody.");
        generation.note("digest.passing-pairs", pairs.passing());
        generation.note("digest.new-good-pairs", pairs.fresh());
        generation.note("digest.mails", pairs.mails());
        for (String table : TABLES) {
            generation.note("rows." + table, jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table)
                    .mapTo(Long.class).one()));
        }
    }
}
