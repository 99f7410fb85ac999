package nl.plein.webinars.organiser;

import io.javalin.http.Context;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import nl.plein.api.Messages;
import nl.plein.api.Visitor;
import nl.plein.webinars.Webinars;

/** {@code GET /webinars/sessions/{session}/registrations.csv}: the session's registrants for the manager's spreadsheet. */
public final class RegistrationsExport {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Webinars webinars;
    private final Registrants registrants;

    public RegistrationsExport(Webinars webinars) {
        this.webinars = webinars;
        this.registrants = new Registrants(webinars.context().jdbi(), webinars.context().directory());
    }

    public void csv(Context ctx) {
        ManagedSession managed = ManagedSession.of(webinars, ctx);
        Locale locale = Visitor.of(ctx).locale();
        Messages messages = webinars.context().messages();
        SpreadsheetCsv csv = new SpreadsheetCsv(locale).row(List.of(
                messages.get(locale, "webinars.organiser.csv.name"),
                messages.get(locale, "webinars.organiser.csv.status"),
                messages.get(locale, "webinars.organiser.csv.position"),
                messages.get(locale, "webinars.organiser.csv.registered-at"),
                messages.get(locale, "webinars.organiser.csv.attended"),
                // Not translated: the attendance import reads this column back by this name.
                "id"));
        for (Registrant r : registrants.of(managed.session().id())) {
            csv.row(List.of(
                    r.name() == null ? messages.get(locale, "webinars.organiser.unknown-person") : r.name(),
                    messages.get(locale, "webinars.organiser.status." + r.status().code()),
                    r.position() == 0 ? "" : String.valueOf(r.position()),
                    LOCAL.format(r.registeredAt().atZone(AMSTERDAM)),
                    r.attended() == null ? "" : messages.get(locale, r.attended()
                            ? "webinars.organiser.csv.yes" : "webinars.organiser.csv.no"),
                    r.registrationId()));
        }
        csv.send(ctx, "registrations-" + managed.session().startsAt().atZone(AMSTERDAM).toLocalDate() + ".csv");
    }
}
