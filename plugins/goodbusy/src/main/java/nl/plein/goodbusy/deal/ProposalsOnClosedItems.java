package nl.plein.goodbusy.deal;

import java.util.List;
import java.util.Map;
import nl.plein.goodbusy.GoodBusy;
import nl.plein.goodbusy.offer.Offer;
import nl.plein.goodbusy.request.HelpRequest;

/**
 * A request or offer that is closed takes no proposals, also not the ones still waiting for an answer: they end
 * (withdrawn, by the person who closed the item), their reminder and expiry are cancelled, and the other side is told
 * by mail why — a proposal that can never be accepted must not wait in silence until it expires. Called by the
 * request's and the offer's status forms right after they closed the item.
 *
 * <pre>{@code
 * if (status == ItemStatus.CLOSED) ProposalsOnClosedItems.requestClosed(goodBusy, request.id(), visitor.personId());
 * }</pre>
 */
public final class ProposalsOnClosedItems {

    private ProposalsOnClosedItems() {
    }

    /** The organisation closed its request: its waiting proposals end and the companies concerned hear why. */
    public static void requestClosed(GoodBusy goodBusy, String requestId, String personId) {
        end(goodBusy, "request_id", requestId, personId, Side.ORGANISATION);
    }

    /** The company closed its offer: its waiting proposals end and the organisations concerned hear why. */
    public static void offerClosed(GoodBusy goodBusy, String offerId, String personId) {
        end(goodBusy, "offer_id", offerId, personId, Side.COMPANY);
    }

    private static void end(GoodBusy goodBusy, String column, String itemId, String personId, Side closedBy) {
        Deal deal = Deal.of(goodBusy);
        List<Match> ended = deal.matches().endProposals(column, itemId, personId);
        if (ended.isEmpty()) return;
        Map<String, HelpRequest> requests = goodBusy.requests().findAll(ended.stream().map(Match::requestId).toList());
        Map<String, Offer> offers = goodBusy.offers().findAll(ended.stream().map(Match::offerId).toList());
        for (Match match : ended) {
            deal.nudges().answered(match.id());
            HelpRequest request = requests.get(match.requestId());
            Offer offer = offers.get(match.offerId());
            if (request != null && offer != null) deal.mails().ended(match, request, offer, closedBy);
        }
    }
}
