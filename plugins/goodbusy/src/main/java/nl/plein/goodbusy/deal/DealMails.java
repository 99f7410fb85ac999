package nl.plein.goodbusy.deal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import nl.plein.api.Directory;
import nl.plein.api.PluginContext;
import nl.plein.goodbusy.offer.Offer;
import nl.plein.goodbusy.request.HelpRequest;

/**
 * The mails of a deal. They go to the coordinators of a side (the administrators of its core organisation), never to
 * every member: a company's employees do not want mail about its proposals. Each mail is one template pair
 * {@code goodbusy/mail/deal-<name>} (HTML and {@code -text}) with subject {@code goodbusy.deal.mail.<name>.subject},
 * written in the recipient's language by core; links are absolute. Dedupe keys name the event and the recipient,
 * so a repeated call or a job run twice sends nothing twice.
 */
final class DealMails {

    private final PluginContext context;

    DealMails(PluginContext context) {
        this.context = context;
    }

    /** A new proposal, to the side that answers. */
    void proposed(Match match, HelpRequest request, Offer offer, int answerDays) {
        Map<String, Object> model = model(match, request, offer);
        model.put("proposal", match.proposal());
        model.put("score", match.score());
        model.put("answerDays", answerDays);
        toSide(match, match.proposedBy().other(), "proposed", model, "proposed-" + match.id());
    }

    /**
     * The answer, to the side that proposed: to who coordinates it now. The person who proposed is among them while
     * they still do; once they no longer act for it, the answer (and the link they could not open) is not theirs.
     */
    void answered(Match match, HelpRequest request, Offer offer, String name) {
        Map<String, Object> model = model(match, request, offer);
        model.put("reason", match.answerReason());
        model.put("suggestionsUrl", suggestionsUrl(match));
        toSide(match, match.proposedBy(), name, model, name + "-" + match.id());
    }

    /** The proposer took the proposal back: the side that was asked need not answer any more. */
    void withdrawn(Match match, HelpRequest request, Offer offer) {
        toSide(match, match.proposedBy().other(), "withdrawn", model(match, request, offer), "withdrawn-" + match.id());
    }

    void message(Match match, HelpRequest request, Offer offer, Message message, String authorName) {
        Map<String, Object> model = model(match, request, offer);
        model.put("body", message.body());
        model.put("author", authorName);
        model.put("url", matchUrl(match) + "#conversation");
        toSide(match, message.side().other(), "message", model, "message-" + message.id());
    }

    /** One side confirmed the agreement: the other side is asked to read and confirm the same revision. */
    void confirmNeeded(Match match, HelpRequest request, Offer offer, Side confirmed, int revision) {
        Map<String, Object> model = model(match, request, offer);
        model.put("url", matchUrl(match) + "#agreement");
        model.put("sender", organisationName(match.party(confirmed)));
        toSide(match, confirmed.other(), "confirm", model, "confirm-" + match.id() + "-r" + revision);
    }

    void agreed(Match match, HelpRequest request, Offer offer) {
        for (Side side : Side.values()) {
            toSide(match, side, "agreed", model(match, request, offer), "agreed-" + match.id());
        }
    }

    void done(Match match, HelpRequest request, Offer offer) {
        for (Side side : Side.values()) {
            Map<String, Object> model = model(match, request, offer);
            model.put("url", matchUrl(match) + "#evaluation");
            toSide(match, side, "done", model, "done-" + match.id());
        }
    }

    void thanks(Match match, HelpRequest request, Offer offer, Evaluation evaluation) {
        Map<String, Object> model = model(match, request, offer);
        model.put("thanks", evaluation.thanks());
        model.put("sender", organisationName(match.party(evaluation.side())));
        toSide(match, evaluation.side().other(), "thanks", model,
                "thanks-" + match.id() + "-" + evaluation.side().code());
    }

    /** A reminder that a proposal waits for an answer. */
    void nudge(Match match, HelpRequest request, Offer offer, LocalDate expiresOn) {
        Map<String, Object> model = model(match, request, offer);
        model.put("expiresOn", expiresOn);
        model.put("proposal", match.proposal());
        toSide(match, match.proposedBy().other(), "nudge", model, "nudge-" + match.id());
    }

    /** No answer came: the proposer hears it, with the way to other suggestions. */
    void expired(Match match, HelpRequest request, Offer offer) {
        Map<String, Object> model = model(match, request, offer);
        model.put("suggestionsUrl", suggestionsUrl(match));
        toSide(match, match.proposedBy(), "expired", model, "expired-" + match.id());
    }

    /** Hours wait for the organisation's approval; at most one reminder a week per match. */
    void hoursWaiting(Match match, HelpRequest request, Offer offer, String week) {
        Map<String, Object> model = model(match, request, offer);
        model.put("url", matchUrl(match) + "#hours");
        toSide(match, Side.ORGANISATION, "hours-nudge", model, "hours-nudge-" + match.id() + "-" + week);
    }

    /** The agreement still waits for this side's confirmation of the revision: a reminder, once per revision. */
    void confirmWaiting(Match match, HelpRequest request, Offer offer, Side side, int revision) {
        Map<String, Object> model = model(match, request, offer);
        model.put("url", matchUrl(match) + "#agreement");
        model.put("side", organisationName(match.party(side)));
        toSide(match, side, "confirm-nudge", model, "confirm-nudge-" + match.id() + "-r" + revision);
    }

    /**
     * A waiting proposal ended because one side closed its request or offer: the other side hears why. When that side
     * had proposed, it also gets the way to its other suggestions.
     *
     * @param closedBy the side that closed its item
     */
    void ended(Match match, HelpRequest request, Offer offer, Side closedBy) {
        Map<String, Object> model = model(match, request, offer);
        model.put("closer", organisationName(match.party(closedBy)));
        model.put("closedKind", closedBy == Side.ORGANISATION ? "request" : "offer");
        model.put("closedTitle", closedBy == Side.ORGANISATION ? request.title() : offer.title());
        model.put("suggestionsUrl", match.proposedBy() == closedBy ? "" : suggestionsUrl(match));
        toSide(match, closedBy.other(), "ended", model, "ended-" + match.id());
    }

    private void toSide(Match match, Side side, String name, Map<String, Object> model, String dedupe) {
        Set<String> recipients = new LinkedHashSet<>();
        context.directory().administratorsOf(match.party(side)).stream().map(Directory.PersonInfo::id)
                .forEach(recipients::add);
        for (String personId : recipients) {
            context.mail().toPerson(personId, "goodbusy.deal.mail." + name + ".subject", "goodbusy/mail/deal-" + name,
                    model, "deal-" + dedupe + "-" + personId);
        }
    }

    private Map<String, Object> model(Match match, HelpRequest request, Offer offer) {
        Map<String, Object> model = new HashMap<>();
        model.put("requestTitle", request.title());
        model.put("offerTitle", offer.title());
        model.put("organisation", organisationName(match.organisationId()));
        model.put("company", organisationName(match.companyId()));
        model.put("proposerSide", match.proposedBy().code());
        model.put("url", matchUrl(match));
        return model;
    }

    private String organisationName(String id) {
        return context.directory().organisation(id).map(Directory.OrganisationInfo::name).orElse("");
    }

    String matchUrl(Match match) {
        return context.baseUrl() + "/goodbusy/matches/" + match.id();
    }

    /** Part B's ranked suggestions for the proposer's own item: the request or the offer they proposed from. */
    private String suggestionsUrl(Match match) {
        return context.baseUrl() + (match.proposedBy() == Side.ORGANISATION
                ? "/goodbusy/requests/" + match.requestId() + "/suggestions"
                : "/goodbusy/offers/" + match.offerId() + "/suggestions");
    }
}
