package nl.plein.goodbusy.deal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.plein.api.Messages;

/**
 * Who has to act now, in plain words for the visitor: "you answer this proposal", "waiting for the company to
 * confirm". A match where nobody knows whose turn it is, is a match that stalls.
 */
final class NextSteps {

    private NextSteps() {
    }

    static List<String> of(Messages messages, Locale locale, Match match, MatchAccess.Roles roles,
                           Agreement agreement, boolean noShifts, long pendingHours, String organisationName,
                           String companyName, LocalDate answerBy) {
        List<String> steps = new ArrayList<>();
        Side answerer = match.proposedBy().other();
        String answererName = answerer == Side.ORGANISATION ? organisationName : companyName;
        String by = Texts.day(answerBy, locale);
        switch (match.status()) {
            case PROPOSED -> {
                if (roles.coordinates(answerer)) steps.add(messages.get(locale, "goodbusy.deal.next.answer", by));
                else if (roles.coordinates(match.proposedBy())) {
                    steps.add(messages.get(locale, "goodbusy.deal.next.waiting-answer", answererName, by));
                } else {
                    steps.add(messages.get(locale, "goodbusy.deal.next.waiting-answer-others", answererName, by));
                }
            }
            case ACCEPTED -> {
                if (agreement == null) {
                    steps.add(messages.get(locale, roles.coordinatesEither() ? "goodbusy.deal.next.write-agreement"
                            : "goodbusy.deal.next.in-conversation"));
                } else {
                    for (Side side : Side.values()) {
                        if (agreement.confirmedBy(side)) continue;
                        String name = side == Side.ORGANISATION ? organisationName : companyName;
                        steps.add(roles.coordinates(side)
                                ? messages.get(locale, "goodbusy.deal.next.confirm", name)
                                : messages.get(locale, "goodbusy.deal.next.waiting-confirm", name));
                    }
                }
            }
            case AGREED -> {
                if (roles.coordinatesEither()) {
                    steps.add(messages.get(locale, noShifts ? "goodbusy.deal.next.plan-shifts"
                            : "goodbusy.deal.next.agreed"));
                } else if (roles.employee()) {
                    steps.add(messages.get(locale, "goodbusy.deal.next.sign-up", companyName));
                } else {
                    steps.add(messages.get(locale, "goodbusy.deal.next.agreed-others"));
                }
                if (roles.organisation() && pendingHours > 0) {
                    steps.add(messages.get(locale, "goodbusy.deal.next.approve-hours", pendingHours));
                }
            }
            case DONE -> {
                steps.add(messages.get(locale, "goodbusy.deal.next.done"));
                if (roles.organisation() && pendingHours > 0) {
                    steps.add(messages.get(locale, "goodbusy.deal.next.approve-hours", pendingHours));
                }
            }
            default -> steps.add(messages.get(locale, "goodbusy.deal.next." + match.status().code()));
        }
        return steps;
    }
}
