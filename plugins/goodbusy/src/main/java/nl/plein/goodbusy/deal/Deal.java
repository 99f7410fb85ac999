package nl.plein.goodbusy.deal;

import java.time.LocalDate;
import nl.plein.api.Messages;
import nl.plein.goodbusy.GoodBusy;

/** What the deal's pages share: the plugin's parts, this part's repositories, its mails, nudges and access rules. */
record Deal(GoodBusy goodBusy, Matches matches, Conversation conversation, Agreements agreements, Shifts shifts,
            Hours hours, Evaluations evaluations, DealMails mails, Nudges nudges, MatchAccess access) {

    static Deal of(GoodBusy goodBusy) {
        var context = goodBusy.context();
        var matches = new Matches(context.jdbi(), context.ids(), context.clock());
        var hours = new Hours(context.jdbi(), context.ids(), context.clock());
        var mails = new DealMails(context);
        var agreements = new Agreements(context.jdbi(), context.clock());
        return new Deal(goodBusy, matches, new Conversation(context.jdbi(), context.ids(), context.clock()),
                agreements, new Shifts(context.jdbi(), context.ids(), context.clock()), hours,
                new Evaluations(context.jdbi(), context.clock()), mails,
                new Nudges(goodBusy, matches, hours, agreements, mails), new MatchAccess(matches, goodBusy));
    }

    Messages messages() {
        return goodBusy.context().messages();
    }

    /** Today in the Netherlands. */
    LocalDate today() {
        return LocalDate.ofInstant(goodBusy.context().clock().instant(), Texts.AMSTERDAM);
    }

    static String path(Match match) {
        return "/goodbusy/matches/" + match.id();
    }
}
