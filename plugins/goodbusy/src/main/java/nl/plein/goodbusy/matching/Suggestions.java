package nl.plein.goodbusy.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.plein.api.Directory;
import nl.plein.goodbusy.GoodBusy;
import nl.plein.goodbusy.offer.Offer;
import nl.plein.goodbusy.offer.Offers;
import nl.plein.goodbusy.profile.OrganisationProfile;
import nl.plein.goodbusy.profile.Profiles;
import nl.plein.goodbusy.request.HelpRequest;
import nl.plein.goodbusy.request.Requests;

/**
 * Ranked suggestions: the best offers for a request, the best requests for an offer. The open items of the other
 * side that pass the hard filters (see {@link Candidates}: from the facts held in memory, {@link LiveFacts}) are
 * scored ({@link Scorer#points}) and the best {@value #LIMIT} kept in a small heap ({@link Top}: score, then id, so
 * equal scores keep one order). Only those are read whole, scored with their reasons and named: a fixed number of
 * statements whatever the number of candidates.
 *
 * <p>Pairs that already have a match are not suggested again but listed apart, with a link to their match. A paused
 * or closed item, and one whose dates have passed, takes no proposals: it gets no suggestions.
 */
public final class Suggestions {

    public static final int LIMIT = 20;
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** An item of the other side with its organisation's name and how well it fits. */
    public record Suggestion<T>(T item, String partyName, MatchScore score) {
    }

    /** An item of the other side that already has a match with this one. */
    public record Proposed<T>(String matchId, String status, T item, String partyName) {
    }

    /**
     * @param takesProposals false for a paused or closed item or one whose dates have passed: no suggestions then
     * @param suggestions    best first, at most {@link #LIMIT}
     * @param proposed       the pairs already proposed, newest first
     */
    public record Ranked<T>(boolean takesProposals, List<Suggestion<T>> suggestions, List<Proposed<T>> proposed) {
    }

    private final Candidates candidates;
    private final Requests requests;
    private final Offers offers;
    private final Profiles profiles;
    private final Directory directory;
    private final Clock clock;

    public Suggestions(GoodBusy goodBusy) {
        this(new Candidates(goodBusy.context().jdbi()), goodBusy.requests(), goodBusy.offers(), goodBusy.profiles(),
                goodBusy.context().directory(), goodBusy.context().clock());
    }

    Suggestions(Candidates candidates, Requests requests, Offers offers, Profiles profiles, Directory directory,
                Clock clock) {
        this.candidates = candidates;
        this.requests = requests;
        this.offers = offers;
        this.profiles = profiles;
        this.directory = directory;
        this.clock = clock;
    }

    /** Whether the request takes proposals today: open, and its last day not passed. */
    public boolean takesProposals(HelpRequest request) {
        return request.isOpen() && !request.endsOn().isBefore(today());
    }

    public boolean takesProposals(Offer offer) {
        return offer.isOpen() && !offer.availableUntil().isBefore(today());
    }

    /** The offers to suggest for a request. */
    public Ranked<Offer> forRequest(HelpRequest request) {
        OrganisationProfile profile = profiles.organisation(request.organisationId()).orElse(null);
        long today = today().toEpochDay();
        Facts.OfRequest r = Facts.of(request, profile).notBefore(today);
        boolean open = takesProposals(request);
        Top top = new Top(LIMIT);
        if (open) candidates.rankOffers(r, top);
        List<Top.Scored> best = top.best();
        List<Candidates.Proposed> proposed = candidates.proposedWithRequest(request.id());

        Set<String> ids = new LinkedHashSet<>();
        best.forEach(s -> ids.add(s.id()));
        proposed.forEach(p -> ids.add(p.offerId()));
        Map<String, Offer> rows = offers.findAll(ids);
        Set<String> companies = new LinkedHashSet<>();
        rows.values().forEach(o -> companies.add(o.companyId()));
        Map<String, Directory.OrganisationInfo> names = directory.organisations(companies);

        List<Suggestion<Offer>> suggestions = new ArrayList<>();
        for (Top.Scored scored : best) {
            Offer offer = rows.get(scored.id());
            if (offer == null) continue;
            MatchScore score = Scorer.score(r, Facts.of(offer).notBefore(today));
            if (score.passes()) suggestions.add(new Suggestion<>(offer, name(names, offer.companyId()), score));
        }
        List<Proposed<Offer>> already = new ArrayList<>();
        for (Candidates.Proposed p : proposed) {
            Offer offer = rows.get(p.offerId());
            if (offer != null) {
                already.add(new Proposed<>(p.matchId(), p.status(), offer, name(names, offer.companyId())));
            }
        }
        return new Ranked<>(open, List.copyOf(suggestions), List.copyOf(already));
    }

    /** The requests to suggest for an offer. */
    public Ranked<HelpRequest> forOffer(Offer offer) {
        long today = today().toEpochDay();
        Facts.OfOffer o = Facts.of(offer).notBefore(today);
        boolean open = takesProposals(offer);
        Top top = new Top(LIMIT);
        if (open) candidates.rankRequests(o, top);
        List<Top.Scored> best = top.best();
        List<Candidates.Proposed> proposed = candidates.proposedWithOffer(offer.id());

        Set<String> ids = new LinkedHashSet<>();
        best.forEach(s -> ids.add(s.id()));
        proposed.forEach(p -> ids.add(p.requestId()));
        Map<String, HelpRequest> rows = requests.findAll(ids);
        Set<String> organisations = new LinkedHashSet<>();
        rows.values().forEach(r -> organisations.add(r.organisationId()));
        Map<String, Directory.OrganisationInfo> names = directory.organisations(organisations);
        // The supervision capacity of the organisations kept: it decides whether the group must be split.
        Map<String, OrganisationProfile> capacities = best.isEmpty() ? Map.of() : profiles.organisations(organisations);

        List<Suggestion<HelpRequest>> suggestions = new ArrayList<>();
        for (Top.Scored scored : best) {
            HelpRequest request = rows.get(scored.id());
            if (request == null) continue;
            Facts.OfRequest r = Facts.of(request, capacities.get(request.organisationId())).notBefore(today);
            MatchScore score = Scorer.score(r, o);
            if (score.passes()) {
                suggestions.add(new Suggestion<>(request, name(names, request.organisationId()), score));
            }
        }
        List<Proposed<HelpRequest>> already = new ArrayList<>();
        for (Candidates.Proposed p : proposed) {
            HelpRequest request = rows.get(p.requestId());
            if (request != null) {
                already.add(new Proposed<>(p.matchId(), p.status(), request, name(names, request.organisationId())));
            }
        }
        return new Ranked<>(open, List.copyOf(suggestions), List.copyOf(already));
    }

    private static String name(Map<String, Directory.OrganisationInfo> names, String id) {
        Directory.OrganisationInfo info = names.get(id);
        return info == null ? "" : info.name();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), AMSTERDAM);
    }
}
