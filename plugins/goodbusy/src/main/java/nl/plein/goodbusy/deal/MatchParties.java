package nl.plein.goodbusy.deal;

import java.util.Collection;
import java.util.List;
import nl.plein.api.Directory.OrganisationInfo;
import nl.plein.api.Visitor;
import nl.plein.goodbusy.GoodBusy;
import nl.plein.goodbusy.Sides;

/**
 * Whether a visitor takes part in a match of a request or an offer from the other side: its page stays readable to
 * them when the item is paused or closed, because the match page links to it. A party is a coordinator of the other
 * side of any match of the item, or an employee of the company of an agreed or finished match (employees see a match
 * from then on). One query each.
 */
public final class MatchParties {

    private MatchParties() {
    }

    /** A coordinator of a company, or an employee on an agreed or done match, of a match of this request. */
    public static boolean ofRequest(GoodBusy goodBusy, Visitor visitor, String requestId) {
        if (!visitor.signedIn()) return false;
        Sides sides = goodBusy.sides();
        List<String> coordinated = ids(sides.companiesOf(visitor));
        List<String> employers = ids(sides.employersOf(visitor));
        if (coordinated.isEmpty() && employers.isEmpty()) return false;
        return goodBusy.context().jdbi().withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM goodbusy_matches
                        WHERE request_id = :item AND (company_id IN (<coordinated>)
                           OR (company_id IN (<employers>) AND status IN ('agreed', 'done')))""")
                .bind("item", requestId).bindList("coordinated", orNone(coordinated))
                .bindList("employers", orNone(employers)).mapTo(Integer.class).one()) > 0;
    }

    /**
     * A coordinator of a social organisation of a match of this offer, or an employee of the offer's company on an
     * agreed or done match of it.
     */
    public static boolean ofOffer(GoodBusy goodBusy, Visitor visitor, String offerId) {
        if (!visitor.signedIn()) return false;
        Sides sides = goodBusy.sides();
        List<String> coordinated = ids(sides.socialOrganisationsOf(visitor));
        List<String> employers = ids(sides.employersOf(visitor));
        if (coordinated.isEmpty() && employers.isEmpty()) return false;
        return goodBusy.context().jdbi().withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM goodbusy_matches
                        WHERE offer_id = :item AND (organisation_id IN (<coordinated>)
                           OR (company_id IN (<employers>) AND status IN ('agreed', 'done')))""")
                .bind("item", offerId).bindList("coordinated", orNone(coordinated))
                .bindList("employers", orNone(employers)).mapTo(Integer.class).one()) > 0;
    }

    private static List<String> ids(Collection<OrganisationInfo> organisations) {
        return organisations.stream().map(OrganisationInfo::id).toList();
    }

    /** An empty IN () is not SQL; no id is the empty string. */
    private static List<String> orNone(List<String> ids) {
        return ids.isEmpty() ? List.of("") : ids;
    }
}
