package nl.plein.webinars.integration;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plein.api.hooks.PersonalDataProvider;
import nl.plein.webinars.Webinars;
import nl.plein.webinars.registration.Outcome;
import nl.plein.webinars.registration.Registration;
import nl.plein.webinars.registration.RegistrationMail;
import org.jdbi.v3.core.Handle;

/**
 * What the plugin holds about a person: their registrations, evaluations, whether they have a calendar feed, the
 * sessions they host and the weeks they created.
 *
 * <p>On erasure their seats and waiting places for sessions still to come are cancelled first, the normal way, so
 * every freed seat goes to the first on the waiting list (who is told, as after any cancellation). Then their
 * evaluations, feed and registrations are deleted, except one thing: a seat for a session that has already taken
 * place stays, under a fresh id that belongs to no one. That keeps the organiser's registered-versus-attended figures
 * of past sessions (what a week is reported on) from changing when someone leaves, while nothing in it points to the
 * person any more. A fresh id per row, not one shared "erased" marker, because a session holds one row per person.
 */
public final class WebinarPersonalData implements PersonalDataProvider {

    private final Webinars webinars;
    private final RegistrationMail mail;

    public WebinarPersonalData(Webinars webinars, RegistrationMail mail) {
        this.webinars = webinars;
        this.mail = mail;
    }

    /** A registration as the person sees it in their export. */
    public record ExportedRegistration(String sessionId, String session, Instant startsAt, Instant endsAt,
                                       String status, Boolean attended, Instant registeredAt, Instant changedAt) {
    }

    /** An evaluation the person gave. */
    public record ExportedEvaluation(String sessionId, String session, int score, String comment, Instant givenAt) {
    }

    /** Only whether a feed exists and since when: the token itself is never stored, and its hash is not theirs. */
    public record ExportedFeed(boolean exists, Instant createdAt) {
    }

    /** A session the person is (or was) the host of. */
    public record HostedSession(String sessionId, String title, Instant startsAt) {
    }

    /** A week the person created as organiser. */
    public record CreatedWeek(String weekId, String theme, String startsOn) {
    }

    @Override
    public Object export(String personId) {
        return webinars.context().jdbi().withHandle(h -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("registrations", h.createQuery("""
                            SELECT r.session_id, s.title, s.starts_at, s.ends_at, r.status, r.attended, r.created_at,
                                   r.updated_at
                              FROM webinars_registrations r JOIN webinars_sessions s ON s.id = r.session_id
                             WHERE r.person_id = :p ORDER BY s.starts_at, s.id""")
                    .bind("p", personId)
                    .map((rs, ctx) -> {
                        boolean attended = rs.getBoolean("attended");
                        Boolean marked = rs.wasNull() ? null : attended;
                        return new ExportedRegistration(rs.getString("session_id"), rs.getString("title"),
                                instant(rs.getLong("starts_at")), instant(rs.getLong("ends_at")),
                                rs.getString("status"), marked, instant(rs.getLong("created_at")),
                                instant(rs.getLong("updated_at")));
                    }).list());
            data.put("evaluations", h.createQuery("""
                            SELECT e.session_id, s.title, e.score, e.comment, e.created_at
                              FROM webinars_evaluations e JOIN webinars_sessions s ON s.id = e.session_id
                             WHERE e.person_id = :p ORDER BY e.created_at""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new ExportedEvaluation(rs.getString("session_id"), rs.getString("title"),
                            rs.getInt("score"), rs.getString("comment"), instant(rs.getLong("created_at"))))
                    .list());
            data.put("calendarFeed", h.createQuery("SELECT created_at FROM webinars_feeds WHERE person_id = :p")
                    .bind("p", personId).mapTo(Long.class).findOne()
                    .map(created -> new ExportedFeed(true, instant(created))).orElse(new ExportedFeed(false, null)));
            data.put("hostedSessions", h.createQuery("""
                            SELECT id, title, starts_at FROM webinars_sessions WHERE host_person_id = :p
                             ORDER BY starts_at, id""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new HostedSession(rs.getString("id"), rs.getString("title"),
                            instant(rs.getLong("starts_at"))))
                    .list());
            data.put("createdWeeks", h.createQuery("""
                            SELECT id, theme, starts_on FROM webinars_weeks WHERE created_by = :p ORDER BY starts_on, id""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new CreatedWeek(rs.getString("id"), rs.getString("theme"), rs.getString("starts_on")))
                    .list());
            return data;
        });
    }

    @Override
    public void erase(String personId) {
        for (Registration registration : webinars.registrations().activeOf(personId)) {
            // Refused (and left for the anonymising below) when the session has started.
            Outcome outcome = webinars.registrations().cancel(registration.sessionId(), personId);
            if (outcome.succeeded() && !outcome.promoted().isEmpty()) {
                webinars.programme().session(registration.sessionId()).ifPresent(session ->
                        outcome.promoted().forEach(promoted -> mail.promoted(promoted, session)));
            }
        }
        Instant now = webinars.context().clock().instant();
        webinars.context().jdbi().useTransaction(h -> {
            h.createUpdate("DELETE FROM webinars_evaluations WHERE person_id = :p").bind("p", personId).execute();
            h.createUpdate("DELETE FROM webinars_feeds WHERE person_id = :p").bind("p", personId).execute();
            anonymisePastSeats(h, personId, now);
            // What is still active now (a waiting place for a session that has begun) leaves the session's counters.
            h.createUpdate("""
                            UPDATE webinars_sessions
                               SET registered_count = registered_count - (SELECT COUNT(*) FROM webinars_registrations r
                                       WHERE r.session_id = webinars_sessions.id AND r.person_id = :p AND r.status = 'registered'),
                                   waiting_count = waiting_count - (SELECT COUNT(*) FROM webinars_registrations r
                                       WHERE r.session_id = webinars_sessions.id AND r.person_id = :p AND r.status = 'waiting')
                             WHERE id IN (SELECT session_id FROM webinars_registrations
                                           WHERE person_id = :p AND status <> 'cancelled')""")
                    .bind("p", personId).execute();
            h.createUpdate("DELETE FROM webinars_registrations WHERE person_id = :p").bind("p", personId).execute();
            h.createUpdate("UPDATE webinars_sessions SET host_person_id = NULL WHERE host_person_id = :p")
                    .bind("p", personId).execute();
            h.createUpdate("UPDATE webinars_weeks SET created_by = NULL WHERE created_by = :p")
                    .bind("p", personId).execute();
        });
    }

    /** Seats of sessions that have started keep counting, attributed to no one (see the class comment). */
    private void anonymisePastSeats(Handle h, String personId, Instant now) {
        List<String> seats = h.createQuery("""
                        SELECT r.id FROM webinars_registrations r JOIN webinars_sessions s ON s.id = r.session_id
                         WHERE r.person_id = :p AND r.status = 'registered' AND s.starts_at <= :now""")
                .bind("p", personId).bind("now", now).mapTo(String.class).list();
        for (String id : seats) {
            h.createUpdate("UPDATE webinars_registrations SET person_id = :nobody WHERE id = :id")
                    .bind("nobody", webinars.context().ids().next()).bind("id", id).execute();
        }
    }

    private static Instant instant(long millis) {
        return Instant.ofEpochMilli(millis);
    }
}
