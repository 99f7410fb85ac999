package nl.plein.goodbusy.matching;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.plein.api.Directory;
import nl.plein.api.Visitor;
import nl.plein.goodbusy.GoodBusy;
import nl.plein.goodbusy.GoodBusyPermissions;
import nl.plein.goodbusy.Sides;
import nl.plein.goodbusy.offer.Offer;
import nl.plein.goodbusy.request.HelpRequest;

/**
 * The suggestions pages: {@code GET /goodbusy/requests/{id}/suggestions} (ranked offers; for the request's
 * coordinators, brokers of its province and community managers) and {@code GET /goodbusy/offers/{id}/suggestions}
 * (ranked requests; for the company's coordinators and community managers). Only a coordinator of the item gets the
 * forms to propose a match (Part C's {@code POST /goodbusy/matches}); others read a note who can. Templates:
 * {@code goodbusy/matching/*.peb}.
 *
 * <p>The pairs already proposed name the other side's item. A paused or closed one is shown only to those who may
 * see it on its own page as well: the coordinators of its company or organisation and community managers — not to
 * brokers, nor to the other side.
 */
final class SuggestionPages {

    private final GoodBusy goodBusy;
    private final Suggestions suggestions;
    private final Explanation explanation;
    private final Sides sides;
    private final Directory directory;

    SuggestionPages(GoodBusy goodBusy, Suggestions suggestions) {
        this.goodBusy = goodBusy;
        this.suggestions = suggestions;
        this.explanation = new Explanation(goodBusy.context().messages());
        this.sides = goodBusy.sides();
        this.directory = goodBusy.context().directory();
    }

    void forRequest(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        HelpRequest request = goodBusy.requests().find(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        boolean coordinates = sides.coordinatesOrganisation(visitor, request.organisationId());
        if (!coordinates && !sides.oversees(visitor, request.province())) throw new ForbiddenResponse();
        boolean manages = visitor.may(GoodBusyPermissions.MANAGE);

        Suggestions.Ranked<Offer> ranked = suggestions.forRequest(request);
        Locale locale = visitor.locale();
        Explanation page = explanation.forPage();
        List<Map<String, Object>> shown = new ArrayList<>();
        for (Suggestions.Suggestion<Offer> s : ranked.suggestions()) {
            shown.add(view(page, s.item().id(), s.item().title(), "/goodbusy/offers/" + s.item().id(),
                    page.say(locale, "goodbusy.matching.offered-by", s.partyName()), s.score(), locale));
        }
        List<Map<String, Object>> proposed = new ArrayList<>();
        Set<String> companies = null;  // the companies the visitor coordinates, read only when a row needs them
        for (Suggestions.Proposed<Offer> p : ranked.proposed()) {
            if (!p.item().isOpen() && !manages) {
                if (companies == null) companies = ids(sides.companiesOf(visitor));
                if (!companies.contains(p.item().companyId())) continue;
            }
            proposed.add(proposed(p.matchId(), p.status(), p.item().title(), "/goodbusy/offers/" + p.item().id(),
                    p.partyName()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("request", request);
        model.put("organisationName", directory.organisation(request.organisationId())
                .map(Directory.OrganisationInfo::name).orElse(""));
        model.put("dates", dates(request.startsOn(), request.endsOn(), locale));
        model.put("state", state(request.status().code(), ranked.takesProposals()));
        model.put("suggestions", shown);
        model.put("labels", labels(locale));
        model.put("proposed", proposed);
        model.put("mayPropose", coordinates && ranked.takesProposals());
        ctx.render("goodbusy/matching/request-suggestions", model);
    }

    void forOffer(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        Offer offer = goodBusy.offers().find(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        boolean coordinates = sides.coordinatesCompany(visitor, offer.companyId());
        boolean manages = visitor.may(GoodBusyPermissions.MANAGE);
        if (!coordinates && !manages) throw new ForbiddenResponse();

        Suggestions.Ranked<HelpRequest> ranked = suggestions.forOffer(offer);
        Locale locale = visitor.locale();
        Explanation page = explanation.forPage();
        List<Map<String, Object>> shown = new ArrayList<>();
        for (Suggestions.Suggestion<HelpRequest> s : ranked.suggestions()) {
            shown.add(view(page, s.item().id(), s.item().title(), "/goodbusy/requests/" + s.item().id(),
                    page.say(locale, "goodbusy.matching.asked-by", s.partyName()), s.score(), locale));
        }
        List<Map<String, Object>> proposed = new ArrayList<>();
        Set<String> organisations = null;
        for (Suggestions.Proposed<HelpRequest> p : ranked.proposed()) {
            if (!p.item().isOpen() && !manages) {
                if (organisations == null) organisations = ids(sides.socialOrganisationsOf(visitor));
                if (!organisations.contains(p.item().organisationId())) continue;
            }
            proposed.add(proposed(p.matchId(), p.status(), p.item().title(), "/goodbusy/requests/" + p.item().id(),
                    p.partyName()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("offer", offer);
        model.put("companyName", directory.organisation(offer.companyId())
                .map(Directory.OrganisationInfo::name).orElse(""));
        model.put("dates", dates(offer.availableFrom(), offer.availableUntil(), locale));
        model.put("state", state(offer.status().code(), ranked.takesProposals()));
        model.put("suggestions", shown);
        model.put("labels", labels(locale));
        model.put("proposed", proposed);
        model.put("mayPropose", coordinates && ranked.takesProposals());
        ctx.render("goodbusy/matching/offer-suggestions", model);
    }

    /**
     * One suggestion as the page shows it: everything in words, in the visitor's language, through the page's
     * {@link Explanation} (each distinct sentence formatted once per page).
     *
     * @param party who offers or asks it, as the line reads ("Aangeboden door …")
     */
    private Map<String, Object> view(Explanation page, String id, String title, String url, String party,
                                     MatchScore score, Locale locale) {
        Map<String, Object> view = new HashMap<>();
        view.put("id", id);
        view.put("title", title);
        view.put("url", url);
        view.put("party", party);
        view.put("score", score.score());
        view.put("scoreText", page.say(locale, "goodbusy.matching.score", score.score()));
        // The bar repeats the figure beside it in steps of five (the theme's classes; no inline style under the CSP).
        view.put("step", Math.round(score.score() / 5f) * 5);
        view.put("summary", page.summary(score, locale));
        view.put("reasons", page.lines(score, locale));
        view.put("split", score.split() == null ? null : page.split(score.split(), locale));
        return view;
    }

    /** The words every suggestion card repeats, looked up once per page. */
    private Map<String, String> labels(Locale locale) {
        Map<String, String> labels = new HashMap<>();
        for (String name : LABELS) {
            labels.put(name.replace('.', '-'), goodBusy.context().messages().get(locale, "goodbusy.matching." + name));
        }
        return labels;
    }

    private static final List<String> LABELS = List.of("good", "weak", "reasons", "split.label", "proposal.label",
            "proposal.hint", "propose");

    private static Set<String> ids(List<Directory.OrganisationInfo> organisations) {
        Set<String> ids = new HashSet<>();
        organisations.forEach(o -> ids.add(o.id()));
        return ids;
    }

    private static Map<String, Object> proposed(String matchId, String status, String title, String url,
                                                String party) {
        return Map.of("matchId", matchId, "status", status, "title", title, "url", url, "party", party);
    }

    /** open | paused | closed | passed (open, but its last day is behind us). */
    private static String state(String status, boolean takesProposals) {
        return takesProposals ? "open" : "open".equals(status) ? "passed" : status;
    }

    private String dates(LocalDate from, LocalDate until, Locale locale) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
        return from.equals(until) ? format.format(from)
                : goodBusy.context().messages().get(locale, "goodbusy.matching.date-range", format.format(from),
                format.format(until));
    }
}
