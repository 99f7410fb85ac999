package nl.plein.expeditions.progress;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plein.api.Directory;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.expeditions.expedition.ExpeditionAccess;

/**
 * The logbook: {@code GET/POST /expeditions/{id}/organisations/{org}/log}, its attachments
 * ({@code …/log/{entry}/attachment}), and the group space {@code /expeditions/{id}/group} where the organisations
 * read each other's shared entries. A contact may publish an entry as a good example for everyone (with the consent of
 * those mentioned, confirmed on the form) and withdraw it again ({@code POST …/log/{entry}/withdraw}).
 */
final class LogPages {

    /** Days are the days the group lives in, wherever the server runs. */
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final int MAX_PAGE = 10_000;

    private final Workplaces places;
    private final Logbook logbook;
    private final Attachments attachments;
    private final Directory directory;
    private final Clock clock;

    LogPages(Workplaces places, Logbook logbook, Attachments attachments, Directory directory, Clock clock) {
        this.places = places;
        this.logbook = logbook;
        this.attachments = attachments;
        this.directory = directory;
        this.clock = clock;
    }

    void list(Context ctx) {
        Workplace place = places.read(ctx);
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("happenedOn", today().toString());
        typed.put("shared", "no");
        typed.put("consent", "");
        render(ctx, HttpStatus.OK, place, typed, new FieldErrors());
    }

    void add(Context ctx) {
        Workplace place = places.work(ctx);
        Map<String, String> typed = FormInput.read(ctx, LogEntry.FIELDS);
        FieldErrors errors = new FieldErrors();
        LogEntry.Draft draft = LogEntry.validate(typed, place.expedition(), today(), errors);
        String personId = Visitor.of(ctx).personId();
        // Tried even when the text is wrong, so every problem is told at once; kept only with a valid entry.
        String attachmentId = attachments.store(ctx, "attachment", personId, errors);
        if (draft == null || !errors.isEmpty()) {
            attachments.discard(attachmentId);
            render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, place, typed, errors);
            return;
        }
        logbook.add(place.expedition().id(), place.organisationId(), draft, attachmentId, personId);
        ctx.redirect(place.path() + "/log?saved=1", HttpStatus.SEE_OTHER);
    }

    /** Takes an entry off the public examples; only the organisation's own contacts, like publishing it. */
    void withdrawExample(Context ctx) {
        Workplace place = places.work(ctx);
        if (!logbook.withdrawExample(place.expedition().id(), place.organisationId(), ctx.pathParam("entry"))) {
            throw new NotFoundResponse();
        }
        ctx.redirect(place.path() + "/log?withdrawn=1", HttpStatus.SEE_OTHER);
    }

    /** The organisation's readers get every attachment; the rest of the group only those of shared entries. */
    void attachment(Context ctx) {
        Workplace place = places.find(ctx);
        LogEntry entry = logbook.find(place.expedition().id(), place.organisationId(), ctx.pathParam("entry"))
                .orElse(null);
        boolean reader = place.standing().mayRead(place.organisationId());
        boolean sharedWithVisitor = entry != null && entry.shared() && place.standing().participant();
        if (!reader && !sharedWithVisitor) throw new ForbiddenResponse();
        if (entry == null || entry.attachmentId() == null) throw new NotFoundResponse();
        attachments.send(ctx, entry.attachmentId());
    }

    void group(Context ctx) {
        ExpeditionAccess.Standing standing = places.insider(ctx);
        int page = nl.plein.api.form.Paging.page(ctx);
        List<LogEntry> entries = logbook.shared(standing.expedition().id(), page);
        boolean hasNext = entries.size() > Logbook.PAGE_SIZE;
        entries = entries.stream().limit(Logbook.PAGE_SIZE).toList();
        // The page's organisations in one lookup.
        Map<String, Directory.OrganisationInfo> found = directory.organisations(
                entries.stream().map(LogEntry::organisationId).distinct().toList());
        Map<String, String> names = new HashMap<>();
        entries.forEach(e -> names.put(e.organisationId(),
                found.containsKey(e.organisationId()) ? found.get(e.organisationId()).name() : ""));
        Map<String, Object> model = new HashMap<>();
        model.put("expedition", standing.expedition());
        model.put("entries", entries.stream().map(e -> e.withOrganisationName(names.get(e.organisationId()))).toList());
        model.put("page", page);
        model.put("hasNext", hasNext);
        ctx.render("expeditions/work/group", model);
    }

    private void render(Context ctx, HttpStatus status, Workplace place, Map<String, String> typed,
                        FieldErrors errors) {
        int page = nl.plein.api.form.Paging.page(ctx);
        List<LogEntry> entries = logbook.ofOrganisation(place.expedition().id(), place.organisationId(), page);
        Map<String, Object> model = WorkPages.model(place);
        model.put("entries", entries.stream().limit(Logbook.PAGE_SIZE).toList());
        model.put("page", page);
        model.put("hasNext", entries.size() > Logbook.PAGE_SIZE);
        model.put("form", typed);
        model.put("errors", errors.asMap());
        model.put("firstDay", place.expedition().startsOn().toString());
        model.put("today", today().toString());
        model.put("maxMegabytes", Attachments.MAX_BYTES / (1024 * 1024));
        model.put("saved", ctx.queryParam("saved") != null);
        model.put("withdrawn", ctx.queryParam("withdrawn") != null);
        ctx.status(status).render("expeditions/work/log", model);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), AMSTERDAM);
    }

}
