package nl.plein.webinars.programme;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.plein.api.Directory;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.webinars.SessionAccess;
import nl.plein.webinars.WebinarPermissions;
import nl.plein.webinars.registration.Registration;
import nl.plein.webinars.registration.RegistrationPages;
import nl.plein.webinars.registration.Registrations;

/**
 * A session's page ({@code GET /webinars/sessions/{session}}: everything about it, the visitor's registration and,
 * when the time has come, the meeting link) and the organiser's session forms: new, edit and calling it off.
 * Templates: {@code webinars/programme/session*.peb}.
 */
final class SessionPages {

    private final ProgrammeRepository programme;
    private final Registrations registrations;
    private final RegistrationPages registrationPages;
    private final SessionListener listener;
    private final ProgrammeLookup lookup;
    private final SessionAccess access;
    private final JoinLink joinLink;
    private final HostChoices hosts;
    private final Directory directory;
    private final Clock clock;

    SessionPages(ProgrammeRepository programme, Registrations registrations, RegistrationPages registrationPages,
                 SessionListener listener, ProgrammeLookup lookup, SessionAccess access, JoinLink joinLink,
                 HostChoices hosts, Directory directory, Clock clock) {
        this.programme = programme;
        this.registrations = registrations;
        this.registrationPages = registrationPages;
        this.listener = listener;
        this.lookup = lookup;
        this.access = access;
        this.joinLink = joinLink;
        this.hosts = hosts;
        this.directory = directory;
        this.clock = clock;
    }

    void show(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        ProgrammeLookup.Placed placed = lookup.visibleSession(ctx.pathParam("session"), visitor);
        Session session = placed.session();
        Registration registration = visitor.signedIn()
                ? registrations.of(session.id(), visitor.personId()).filter(Registration::active).orElse(null)
                : null;
        int position = registration == null ? 0 : registrations.position(registration);
        boolean manages = access.mayManage(visitor, session);
        Map<String, Object> model = new HashMap<>();
        model.put("week", placed.week());
        model.put("session", session);
        model.put("row", SessionRow.of(session, registration, position));
        model.put("open", session.open(clock.instant()));
        model.put("ended", !clock.instant().isBefore(session.endsAt()));
        model.put("join", joinLink.of(session, registration, manages).name());
        model.put("joinOpensMinutes", joinLink.opensMinutes());
        model.put("manages", manages);
        model.put("mayOrganise", visitor.may(WebinarPermissions.ORGANISE));
        // The host is a member, not a public figure: only the people who run the session see who it is.
        model.put("host", manages && session.hostPersonId() != null
                ? directory.person(session.hostPersonId()).orElse(null) : null);
        model.put("notice", notice(ctx));
        ctx.render("webinars/programme/session", model);
    }

    /** The result of what the visitor just did, from the redirect that brought them here. */
    private static String notice(Context ctx) {
        for (String name : List.of("registered", "waiting", "cancelled", "saved", "called-off")) {
            if ("1".equals(ctx.queryParam(name))) return name;
        }
        return "";
    }

    void newForm(Context ctx) {
        Week week = lookup.week(ctx.pathParam("week"));
        renderForm(ctx, HttpStatus.OK, week, null, SessionForm.blank(), List.of(), new FieldErrors());
    }

    void create(Context ctx) {
        Week week = lookup.week(ctx.pathParam("week"));
        Visitor visitor = Visitor.of(ctx);
        Map<String, String> typed = SessionForm.typed(ctx);
        List<String> speakers = SessionForm.speakers(ctx);
        FieldErrors errors = new FieldErrors();
        SessionDraft draft = SessionForm.validate(typed, speakers, rules(visitor, null, week), errors);
        if (draft == null) {
            renderForm(ctx, HttpStatus.UNPROCESSABLE_CONTENT, week, null, typed, speakers, errors);
            return;
        }
        String id = programme.createSession(week.id(), draft);
        listener.saved(programme.session(id).orElseThrow(), null);
        ctx.redirect("/webinars/sessions/" + id + "?saved=1", HttpStatus.SEE_OTHER);
    }

    void editForm(Context ctx) {
        Session session = lookup.session(ctx.pathParam("session"));
        renderForm(ctx, HttpStatus.OK, lookup.week(session.weekId()), session, SessionForm.of(session),
                session.speakers().stream().map(Speaker::id).toList(), new FieldErrors());
    }

    void update(Context ctx) {
        Session session = lookup.session(ctx.pathParam("session"));
        Visitor visitor = Visitor.of(ctx);
        Map<String, String> typed = SessionForm.typed(ctx);
        List<String> speakers = SessionForm.speakers(ctx);
        FieldErrors errors = new FieldErrors();
        SessionDraft draft = SessionForm.validate(typed, speakers,
                rules(visitor, session, lookup.week(session.weekId())), errors);
        if (draft == null) {
            renderForm(ctx, HttpStatus.UNPROCESSABLE_CONTENT, lookup.week(session.weekId()), session, typed, speakers,
                    errors);
            return;
        }
        ProgrammeRepository.Change change = programme.updateSession(session.id(), draft);
        listener.saved(programme.session(session.id()).orElseThrow(), change);
        // More places: the waiting list moves up at once, and those who got a seat hear of it.
        if (change.capacityChanged()) {
            registrationPages.announcePromotions(session.id(), registrations.fillFreeSeats(session.id()));
        }
        ctx.redirect("/webinars/sessions/" + session.id() + "?saved=1", HttpStatus.SEE_OTHER);
    }

    void cancelForm(Context ctx) {
        Session session = lookup.session(ctx.pathParam("session"));
        Map<String, Object> model = new HashMap<>();
        model.put("week", lookup.week(session.weekId()));
        model.put("session", session);
        model.put("row", SessionRow.of(session));
        ctx.render("webinars/programme/session-cancel", model);
    }

    void cancel(Context ctx) {
        Session session = lookup.session(ctx.pathParam("session"));
        // Pressing twice (or in two tabs) calls it off once: the registrants hear of it once.
        if (programme.cancelSession(session.id())) listener.cancelled(programme.session(session.id()).orElseThrow());
        ctx.redirect("/webinars/sessions/" + session.id() + "?called-off=1", HttpStatus.SEE_OTHER);
    }

    private SessionForm.Rules rules(Visitor visitor, Session existing, Week week) {
        Set<String> speakerIds = programme.speakers().stream().map(Speaker::id).collect(Collectors.toSet());
        Set<String> hostIds = hosts.of(visitor, existing == null ? null : existing.hostPersonId()).stream()
                .map(Directory.PersonInfo::id).collect(Collectors.toSet());
        return new SessionForm.Rules(speakerIds, hostIds, clock.instant(), existing, week);
    }

    private void renderForm(Context ctx, HttpStatus status, Week week, Session session, Map<String, String> form,
                            List<String> chosenSpeakers, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("week", week);
        model.put("session", session);
        model.put("form", form);
        model.put("chosenSpeakers", chosenSpeakers);
        model.put("speakers", programme.speakers());
        model.put("hosts", hosts.of(Visitor.of(ctx), session == null ? null : session.hostPersonId()));
        model.put("languages", SessionForm.LANGUAGES);
        model.put("statuses", SessionForm.STATUSES);
        model.put("errors", errors.asMap());
        ctx.status(status).render("webinars/programme/session-form", model);
    }
}
