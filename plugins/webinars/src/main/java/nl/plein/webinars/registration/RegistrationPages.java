package nl.plein.webinars.registration;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.plein.api.Visitor;
import nl.plein.webinars.SessionAccess;
import nl.plein.webinars.programme.ProgrammeRepository;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.programme.Week;

/**
 * Registering and cancelling ({@code POST /webinars/sessions/{session}/register|cancel}), a whole week in one go
 * ({@code POST /webinars/weeks/{week}/register}) and a person's own sessions ({@code GET /webinars/my}).
 */
public final class RegistrationPages {

    private final ProgrammeRepository programme;
    private final Registrations registrations;
    private final RegistrationMail mail;
    private final SessionAccess access;
    private final Clock clock;

    public RegistrationPages(ProgrammeRepository programme, Registrations registrations, RegistrationMail mail, SessionAccess access, Clock clock) {
        this.programme = programme;
        this.registrations = registrations;
        this.mail = mail;
        this.access = access;
        this.clock = clock;
    }

    public void register(Context ctx) {
        String sessionId = visibleSession(ctx).id();
        Outcome outcome = registrations.register(sessionId, Visitor.of(ctx).personId());
        if (!outcome.succeeded()) {
            refused(ctx, outcome);
            return;
        }
        announcePromotions(sessionId, outcome.promoted());
        Session session = programme.session(sessionId).orElseThrow();
        Registration registration = outcome.registration();
        if (registration.registered()) mail.registered(registration, session);
        else mail.waiting(registration, session, outcome.position());
        ctx.redirect("/webinars/sessions/" + sessionId + (registration.registered() ? "?registered=1" : "?waiting=1"),
                HttpStatus.SEE_OTHER);
    }

    public void cancel(Context ctx) {
        String sessionId = visibleSession(ctx).id();
        Outcome outcome = registrations.cancel(sessionId, Visitor.of(ctx).personId());
        if (!outcome.succeeded()) {
            refused(ctx, outcome);
            return;
        }
        announcePromotions(sessionId, outcome.promoted());
        mail.cancelled(outcome.registration(), programme.session(sessionId).orElseThrow());
        ctx.redirect("/webinars/sessions/" + sessionId + "?cancelled=1", HttpStatus.SEE_OTHER);
    }

    /** Tells the people who got a seat; used after a cancellation and after an organiser raised the capacity. */
    public void announcePromotions(String sessionId, List<Registration> promoted) {
        if (promoted.isEmpty()) return;
        Session session = programme.session(sessionId).orElseThrow();
        for (Registration registration : promoted) mail.promoted(registration, session);
    }

    /** Registers for every open session of the week and shows, per session, where the person ended up. */
    public void registerWeek(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        Week week = programme.week(ctx.pathParam("week")).filter(w -> w.published())
                .orElseThrow(NotFoundResponse::new);
        List<Outcome> outcomes = registrations.registerWeek(week.id(), visitor.personId());
        Map<String, Session> sessions = programme.sessions(outcomes.stream().map(Outcome::sessionId).toList()).stream()
                .collect(Collectors.toMap(Session::id, Function.identity()));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            Session session = sessions.get(outcome.sessionId());
            if (outcome.succeeded()) {
                announcePromotions(outcome.sessionId(), outcome.promoted());
                if (outcome.registration().registered()) mail.registered(outcome.registration(), session);
                else mail.waiting(outcome.registration(), session, outcome.position());
            }
            Map<String, Object> row = new HashMap<>();
            row.put("session", session);
            row.put("outcome", outcome);
            rows.add(row);
        }
        ctx.render("webinars/week-registered", Map.of("week", week, "rows", rows));
    }

    /** The person's coming sessions (seat or waiting place, with position) and the ones they attended. */
    public void mine(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        List<Registration> active = registrations.activeOf(visitor.personId());
        Map<String, Registration> bySession = active.stream()
                .collect(Collectors.toMap(Registration::sessionId, Function.identity()));
        Instant now = clock.instant();
        List<Map<String, Object>> coming = new ArrayList<>();
        List<Map<String, Object>> past = new ArrayList<>();
        Map<String, Boolean> published = new HashMap<>();
        for (Session session : programme.sessions(bySession.keySet())) {
            // A week the organiser took back (unpublished) is gone for participants, here as everywhere else.
            if (!published.computeIfAbsent(session.weekId(), id -> programme.week(id).map(Week::published).orElse(false))) {
                continue;
            }
            Registration registration = bySession.get(session.id());
            Map<String, Object> row = new HashMap<>();
            row.put("session", session);
            row.put("registration", registration);
            row.put("position", registrations.position(registration));
            (session.endsAt().isAfter(now) ? coming : past).add(row);
        }
        Comparator<Map<String, Object>> byStart = Comparator.comparing(r -> ((Session) r.get("session")).startsAt());
        coming.sort(byStart);
        past.sort(byStart.reversed());
        ctx.render("webinars/my", Map.of("coming", coming, "past", past));
    }

    /**
     * The session of the path, if the visitor may see it: a session of a week that is not published does not exist
     * for anyone but organisers — also not by the answer to a registration.
     */
    private Session visibleSession(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        return programme.session(ctx.pathParam("session"))
                .filter(session -> programme.week(session.weekId()).filter(w -> access.maySee(visitor, w)).isPresent())
                .orElseThrow(NotFoundResponse::new);
    }

    private void refused(Context ctx, Outcome outcome) {
        if (outcome.refusal().endsWith(".unknown")) throw new NotFoundResponse();
        Map<String, Object> model = new HashMap<>();
        model.put("reason", outcome.refusal());
        model.put("session", programme.session(outcome.sessionId()).orElse(null));
        ctx.status(HttpStatus.CONFLICT).render("webinars/refused", model);
    }
}
