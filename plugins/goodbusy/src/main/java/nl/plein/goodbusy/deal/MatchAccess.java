package nl.plein.goodbusy.deal;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import java.util.Optional;
import nl.plein.api.Visitor;
import nl.plein.goodbusy.GoodBusy;
import nl.plein.goodbusy.Sides;
import nl.plein.goodbusy.offer.Offer;
import nl.plein.goodbusy.request.HelpRequest;

/**
 * Who may see a match and in which capacity. Coordinators of either side see everything; employees of the company
 * see an agreed (or finished) match to sign up and register hours, without the conversation between the
 * coordinators; brokers of the request's province and community managers see how it stands. Everyone else gets 403,
 * and an id that names no match 404.
 */
final class MatchAccess {

    private final Matches matches;
    private final GoodBusy goodBusy;

    MatchAccess(Matches matches, GoodBusy goodBusy) {
        this.matches = matches;
        this.goodBusy = goodBusy;
    }

    /** A match as one visitor sees it. */
    record Seen(Match match, HelpRequest request, Offer offer, Roles roles, Visitor visitor) {
    }

    /**
     * What the visitor is in one match.
     *
     * @param employee works for the match's company (in any role)
     * @param overseer a broker of the request's province or a community manager
     */
    record Roles(boolean organisation, boolean company, boolean employee, boolean overseer) {

        boolean coordinates(Side side) {
            return side == Side.ORGANISATION ? organisation : company;
        }

        public boolean coordinatesEither() {
            return organisation || company;
        }

        /**
         * The side the visitor speaks for: the one asked for when they coordinate it, else the only one they
         * coordinate (the organisation when both); empty when they coordinate neither.
         */
        Optional<Side> side(String asked) {
            Optional<Side> wanted = Side.of(asked == null ? "" : asked).filter(this::coordinates);
            if (wanted.isPresent()) return wanted;
            if (organisation) return Optional.of(Side.ORGANISATION);
            return company ? Optional.of(Side.COMPANY) : Optional.empty();
        }

        boolean maySee(MatchStatus status) {
            return coordinatesEither() || overseer || (employee && signingUp(status));
        }

        /** The conversation is between the coordinators: employees, brokers and managers do not read it. */
        public boolean readsConversation() {
            return coordinatesEither();
        }
    }

    /** Employees see a match once it is agreed: then there are shifts to sign up for and hours to register. */
    static boolean signingUp(MatchStatus status) {
        return status == MatchStatus.AGREED || status == MatchStatus.DONE;
    }

    /** The match of the path, if the visitor may see it; else 404 or 403. */
    Seen seen(Context ctx) {
        Match match = matches.find(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        Seen seen = of(Visitor.of(ctx), match);
        if (!seen.roles().maySee(match.status())) throw new ForbiddenResponse();
        return seen;
    }

    Seen of(Visitor visitor, Match match) {
        HelpRequest request = goodBusy.requests().find(match.requestId()).orElseThrow(NotFoundResponse::new);
        Offer offer = goodBusy.offers().find(match.offerId()).orElseThrow(NotFoundResponse::new);
        Sides sides = goodBusy.sides();
        Roles roles = new Roles(sides.coordinatesOrganisation(visitor, match.organisationId()),
                sides.coordinatesCompany(visitor, match.companyId()), sides.worksFor(visitor, match.companyId()),
                sides.oversees(visitor, request.province()));
        return new Seen(match, request, offer, roles, visitor);
    }
}
