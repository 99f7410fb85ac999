package nl.plein.goodbusy.deal;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.plein.api.Directory;
import nl.plein.api.Visitor;
import nl.plein.goodbusy.Sides;
import nl.plein.goodbusy.offer.Offer;
import nl.plein.goodbusy.request.HelpRequest;

/**
 * A person's matches ({@code GET /goodbusy/matches}), grouped by whose turn it is: waiting for you, waiting for the
 * other side, in progress, finished or ended; and, for employees, the agreed matches of their company to sign up for.
 * A fixed number of statements, however many matches: one for the matches, one each for their requests, offers,
 * agreements, pending hours and organisation names.
 */
final class MatchList {

    enum Group { YOURS, THEIRS, RUNNING, CLOSED, COMPANY }

    private final Deal deal;

    MatchList(Deal deal) {
        this.deal = deal;
    }

    void show(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        Sides sides = deal.goodBusy().sides();
        Set<String> organisations = ids(sides.socialOrganisationsOf(visitor));
        Set<String> companies = ids(sides.companiesOf(visitor));
        Set<String> employers = ids(sides.employersOf(visitor));
        List<Match> matches = deal.matches().involving(organisations, companies, employers);

        Map<String, HelpRequest> requests = deal.goodBusy().requests().findAll(
                matches.stream().map(Match::requestId).collect(Collectors.toSet()));
        Map<String, Offer> offers = deal.goodBusy().offers().findAll(
                matches.stream().map(Match::offerId).collect(Collectors.toSet()));
        Set<String> parties = new HashSet<>();
        matches.forEach(m -> {
            parties.add(m.organisationId());
            parties.add(m.companyId());
        });
        Map<String, Directory.OrganisationInfo> names = deal.goodBusy().context().directory().organisations(parties);
        Map<String, Agreement> agreements = deal.agreements().findAll(matches.stream()
                .filter(m -> m.status() == MatchStatus.ACCEPTED).map(Match::id).toList());
        Map<String, Integer> pendingHours = deal.hours().pendingCounts(matches.stream()
                .filter(m -> MatchAccess.signingUp(m.status()) && organisations.contains(m.organisationId()))
                .map(Match::id).toList());

        Map<Group, List<Map<String, Object>>> groups = new HashMap<>();
        for (Group group : Group.values()) groups.put(group, new ArrayList<>());
        for (Match match : matches) {
            boolean forOrganisation = organisations.contains(match.organisationId());
            boolean forCompany = companies.contains(match.companyId());
            Group group = group(match, forOrganisation, forCompany, agreements.get(match.id()),
                    pendingHours.getOrDefault(match.id(), 0));
            Map<String, Object> row = new HashMap<>();
            row.put("match", match);
            HelpRequest request = requests.get(match.requestId());
            Offer offer = offers.get(match.offerId());
            row.put("requestTitle", request == null ? "" : request.title());
            row.put("offerTitle", offer == null ? "" : offer.title());
            row.put("organisationName", name(names.get(match.organisationId())));
            row.put("companyName", name(names.get(match.companyId())));
            row.put("pendingHours", pendingHours.getOrDefault(match.id(), 0));
            groups.get(group).add(row);
        }
        Map<String, Object> model = new HashMap<>();
        for (Group group : Group.values()) model.put(group.name().toLowerCase(Locale.ROOT), groups.get(group));
        model.put("coordinates", !organisations.isEmpty() || !companies.isEmpty());
        model.put("limited", matches.size() >= Matches.LIST_LIMIT);
        ctx.render("goodbusy/deal/list", model);
    }

    /** Whose turn it is, seen from a person who coordinates one or both sides (or neither: an employee). */
    static Group group(Match match, boolean forOrganisation, boolean forCompany, Agreement agreement,
                       int pendingHours) {
        if (!forOrganisation && !forCompany) return Group.COMPANY;
        Side answerer = match.proposedBy().other();
        boolean answers = answerer == Side.ORGANISATION ? forOrganisation : forCompany;
        return switch (match.status()) {
            case PROPOSED -> answers ? Group.YOURS : Group.THEIRS;
            case ACCEPTED -> {
                if (agreement == null) yield Group.RUNNING;
                boolean mine = (forOrganisation && !agreement.confirmedBy(Side.ORGANISATION))
                        || (forCompany && !agreement.confirmedBy(Side.COMPANY));
                yield mine ? Group.YOURS : Group.THEIRS;
            }
            case AGREED -> forOrganisation && pendingHours > 0 ? Group.YOURS : Group.RUNNING;
            case DONE -> forOrganisation && pendingHours > 0 ? Group.YOURS : Group.CLOSED;
            default -> Group.CLOSED;
        };
    }

    private static Set<String> ids(List<Directory.OrganisationInfo> organisations) {
        return organisations.stream().map(Directory.OrganisationInfo::id).collect(Collectors.toSet());
    }

    private static String name(Directory.OrganisationInfo info) {
        return info == null ? "" : info.name();
    }
}
