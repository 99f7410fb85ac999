package nl.plein.webinars.programme;

import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import nl.plein.api.Visitor;
import nl.plein.webinars.WebinarPermissions;

/**
 * {@code GET /webinars}: what the knowledge boost weeks are, the weeks to come and the weeks that were, and the next
 * sessions. Organisers also see the weeks that are not published yet, marked as drafts.
 */
final class ProgrammeIndex {

    static final int NEXT_SESSIONS = 5;

    private final ProgrammeRepository programme;
    private final WeekCalendar weeks;
    private final Clock clock;

    ProgrammeIndex(ProgrammeRepository programme, WeekCalendar weeks, Clock clock) {
        this.programme = programme;
        this.weeks = weeks;
        this.clock = clock;
    }

    void show(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        boolean organiser = visitor.may(WebinarPermissions.ORGANISE);
        LocalDate today = Times.today(clock);
        Map<String, Object> model = new HashMap<>();
        model.put("coming", weeks.coming(today, organiser));
        model.put("past", weeks.past(today, organiser));
        model.put("next", programme.upcoming(NEXT_SESSIONS).stream().map(SessionRow::of).toList());
        model.put("mayOrganise", organiser);
        ctx.render("webinars/programme/index", model);
    }
}
