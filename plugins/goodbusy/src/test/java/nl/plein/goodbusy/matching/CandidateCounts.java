package nl.plein.goodbusy.matching;

import java.time.LocalDate;
import nl.plein.goodbusy.profile.Profiles;
import nl.plein.goodbusy.request.HelpRequest;
import nl.plein.goodbusy.request.Requests;
import org.jdbi.v3.core.Jdbi;

/** For tests outside this package: how many offers the suggestions page of a request scores, by its own query. */
public final class CandidateCounts {

    private CandidateCounts() {
    }

    /** The offers {@link Candidates#rankOffers} scores for the request on the day; 0 when it takes no proposals. */
    public static int forRequest(Jdbi jdbi, String requestId, LocalDate today) {
        HelpRequest request = new Requests(jdbi, null, null).find(requestId).orElseThrow();
        if (!request.isOpen() || request.endsOn().isBefore(today)) return 0;
        var profile = new Profiles(jdbi, null).organisation(request.organisationId()).orElse(null);
        Top top = new Top(Suggestions.LIMIT);
        new Candidates(jdbi).rankOffers(Facts.of(request, profile).notBefore(today.toEpochDay()), top);
        return top.seen();
    }
}
