package nl.plein.webinars.programme;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.webinars.WebinarPermissions;
import nl.plein.webinars.registration.Registration;
import nl.plein.webinars.registration.Registrations;

/**
 * A week's public programme ({@code GET /webinars/weeks/{week}}, with a topic filter) and the organiser's week form
 * ({@code /weeks/new}, {@code /weeks/{week}/edit}). Templates: {@code webinars/programme/week*.peb}.
 */
final class WeekPages {

    private final ProgrammeRepository programme;
    private final Registrations registrations;
    private final ProgrammeLookup lookup;
    private final Clock clock;

    WeekPages(ProgrammeRepository programme, Registrations registrations, ProgrammeLookup lookup, Clock clock) {
        this.programme = programme;
        this.registrations = registrations;
        this.lookup = lookup;
        this.clock = clock;
    }

    void show(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        Week week = lookup.visibleWeek(ctx.pathParam("week"), visitor);
        String topic = FormFields.cut(ctx.queryParam("topic"));
        List<Session> all = programme.sessionsOfWeek(week.id(), null);
        // Filtered here rather than in SQL: the whole week is needed anyway to know whether any session is still open.
        List<Session> shown = topic.isEmpty() ? all : all.stream().filter(s -> s.topics().contains(topic)).toList();
        Map<String, Registration> mine = visitor.signedIn()
                ? registrations.activeOf(visitor.personId()).stream()
                        .collect(Collectors.toMap(Registration::sessionId, Function.identity()))
                : Map.of();
        Instant now = clock.instant();
        Map<String, Object> model = new HashMap<>();
        model.put("week", week);
        // The filter's topics come from the sessions just read, not from another query.
        model.put("topics", all.stream().flatMap(s -> s.topics().stream()).distinct().sorted().toList());
        model.put("topic", topic);
        model.put("rows", shown.stream().map(s -> SessionRow.of(s, mine.get(s.id()), 0)).toList());
        model.put("anyOpen", all.stream().anyMatch(s -> s.open(now)));
        model.put("mayOrganise", visitor.may(WebinarPermissions.ORGANISE));
        model.put("saved", "1".equals(ctx.queryParam("saved")));
        ctx.render("webinars/programme/week", model);
    }

    void newForm(Context ctx) {
        renderForm(ctx, HttpStatus.OK, null, WeekForm.blank(), new FieldErrors());
    }

    void create(Context ctx) {
        Map<String, String> typed = WeekForm.typed(ctx);
        FieldErrors errors = new FieldErrors();
        WeekForm form = WeekForm.validate(typed, errors);
        if (form == null) {
            renderForm(ctx, HttpStatus.UNPROCESSABLE_CONTENT, null, typed, errors);
            return;
        }
        Week week = programme.createWeek(form.theme(), form.description(), form.startsOn(), form.endsOn(),
                form.published(), Visitor.of(ctx).personId());
        ctx.redirect("/webinars/weeks/" + week.id() + "?saved=1", HttpStatus.SEE_OTHER);
    }

    void editForm(Context ctx) {
        Week week = lookup.week(ctx.pathParam("week"));
        renderForm(ctx, HttpStatus.OK, week, WeekForm.of(week), new FieldErrors());
    }

    void update(Context ctx) {
        Week week = lookup.week(ctx.pathParam("week"));
        Map<String, String> typed = WeekForm.typed(ctx);
        FieldErrors errors = new FieldErrors();
        WeekForm form = WeekForm.validate(typed, errors);
        if (form == null) {
            renderForm(ctx, HttpStatus.UNPROCESSABLE_CONTENT, week, typed, errors);
            return;
        }
        programme.updateWeek(week.id(), form.theme(), form.description(), form.startsOn(), form.endsOn(),
                form.published());
        ctx.redirect("/webinars/weeks/" + week.id() + "?saved=1", HttpStatus.SEE_OTHER);
    }

    private static void renderForm(Context ctx, HttpStatus status, Week week, Map<String, String> form,
                                   FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("week", week);
        model.put("form", form);
        model.put("errors", errors.asMap());
        ctx.status(status).render("webinars/programme/week-form", model);
    }
}
