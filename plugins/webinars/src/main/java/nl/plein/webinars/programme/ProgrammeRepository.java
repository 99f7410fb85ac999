package nl.plein.webinars.programme;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Ids;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/**
 * Weeks, sessions and speakers. Lists of sessions are read with a fixed number of statements (sessions with their
 * seat counts, then their topics, then their speakers), however many sessions a week has. The seat counts are the
 * session's own counters, which {@code Registrations} keeps in step: a busy week's page does not count its
 * registrations on every view.
 */
public final class ProgrammeRepository {

    private static final String SESSION_COLUMNS = """
            s.id, s.week_id, s.title, s.summary, s.starts_at, s.ends_at, s.join_url, s.capacity, s.language,
            s.captions, s.sign_language, s.transcript, s.accessibility_note, s.status, s.host_person_id, s.sequence,
            s.recording_url, s.slides_upload_id, s.published_at,
            s.registered_count AS registered, s.waiting_count AS waiting
            """;

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    public ProgrammeRepository(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    // ---- weeks

    public Week createWeek(String theme, String description, LocalDate startsOn, LocalDate endsOn, boolean published,
                           String createdBy) {
        String id = ids.next();
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO webinars_weeks (id, theme, description, starts_on, ends_on, published, created_by, created_at)
                        VALUES (:id, :theme, :description, :startsOn, :endsOn, :published, :by, :now)""")
                .bind("id", id).bind("theme", theme).bind("description", description)
                .bind("startsOn", startsOn.toString()).bind("endsOn", endsOn.toString())
                .bind("published", published).bind("by", createdBy).bind("now", clock.instant()).execute());
        return new Week(id, theme, description, startsOn, endsOn, published);
    }

    public void updateWeek(String id, String theme, String description, LocalDate startsOn, LocalDate endsOn,
                           boolean published) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE webinars_weeks SET theme = :theme, description = :description, starts_on = :startsOn,
                               ends_on = :endsOn, published = :published WHERE id = :id""")
                .bind("theme", theme).bind("description", description).bind("startsOn", startsOn.toString())
                .bind("endsOn", endsOn.toString()).bind("published", published).bind("id", id).execute());
    }

    public Optional<Week> week(String id) {
        if (!plausibleId(id)) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM webinars_weeks WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> week(rs)).findOne());
    }

    /** Weeks, latest first: all of them for organisers, else the published ones. */
    public List<Week> weeks(boolean includeUnpublished) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM webinars_weeks "
                        + "WHERE published = :yes OR :all ORDER BY starts_on DESC, id LIMIT 500")
                .bind("yes", true).bind("all", includeUnpublished).map((rs, ctx) -> week(rs)).list());
    }

    // ---- speakers

    public Speaker createSpeaker(String name, String organisation, String bio, SpeakerKind kind) {
        String id = ids.next();
        jdbi.useHandle(h -> h.createUpdate("""
                        INSERT INTO webinars_speakers (id, name, organisation, bio, kind, created_at)
                        VALUES (:id, :name, :organisation, :bio, :kind, :now)""")
                .bind("id", id).bind("name", name).bind("organisation", organisation).bind("bio", bio)
                .bind("kind", kind.code()).bind("now", clock.instant()).execute());
        return new Speaker(id, name, organisation, bio, kind, null);
    }

    public void updateSpeaker(String id, String name, String organisation, String bio, SpeakerKind kind) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE webinars_speakers SET name = :name, organisation = :organisation, bio = :bio, kind = :kind
                         WHERE id = :id""")
                .bind("name", name).bind("organisation", organisation).bind("bio", bio).bind("kind", kind.code())
                .bind("id", id).execute());
    }

    /** Sets or clears (null) the speaker's photo; returns the upload it replaced, or null. */
    public String setSpeakerPhoto(String id, String uploadId) {
        return jdbi.inTransaction(h -> {
            h.createUpdate("UPDATE webinars_speakers SET photo_upload_id = photo_upload_id WHERE id = :id")
                    .bind("id", id).execute();
            String old = h.createQuery("SELECT photo_upload_id FROM webinars_speakers WHERE id = :id")
                    .bind("id", id).mapTo(String.class).findOne().orElse(null);
            h.createUpdate("UPDATE webinars_speakers SET photo_upload_id = :upload WHERE id = :id")
                    .bind("upload", uploadId).bind("id", id).execute();
            return old;
        });
    }

    public Optional<Speaker> speaker(String id) {
        if (!plausibleId(id)) return Optional.empty();
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM webinars_speakers WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> speaker(rs)).findOne());
    }

    /** Whether the speaker speaks in a session of a published week: only then are they (and their photo) public. */
    public boolean speaksInPublishedWeek(String speakerId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT COUNT(*) FROM webinars_session_speakers ss
                          JOIN webinars_sessions s ON s.id = ss.session_id
                          JOIN webinars_weeks w ON w.id = s.week_id
                         WHERE ss.speaker_id = :speaker AND w.published = :yes""")
                .bind("speaker", speakerId).bind("yes", true).mapTo(Integer.class).one()) > 0;
    }

    /** All speakers by name (a programme has tens, not thousands). */
    public List<Speaker> speakers() {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM webinars_speakers ORDER BY LOWER(name), id LIMIT 1000")
                .map((rs, ctx) -> speaker(rs)).list());
    }

    // ---- sessions

    public String createSession(String weekId, SessionDraft draft) {
        String id = ids.next();
        Instant now = clock.instant();
        jdbi.useTransaction(h -> {
            bind(h.createUpdate("""
                            INSERT INTO webinars_sessions (id, week_id, title, summary, starts_at, ends_at, join_url,
                                   capacity, language, captions, sign_language, transcript, accessibility_note, status,
                                   host_person_id, arrivals, sequence, created_at, updated_at)
                            VALUES (:id, :week, :title, :summary, :startsAt, :endsAt, :joinUrl, :capacity, :language,
                                   :captions, :signLanguage, :transcript, :note, :status, :host, 0, 0, :now, :now)"""), draft)
                    .bind("id", id).bind("week", weekId).bind("now", now).execute();
            writeTopicsAndSpeakers(h, id, draft);
        });
        return id;
    }

    /**
     * Stores the new values. The iCalendar SEQUENCE goes up when the time or the status changed, so calendars that
     * already hold the session replace it.
     */
    public Change updateSession(String id, SessionDraft draft) {
        return jdbi.inTransaction(h -> {
            // The row lock first (PostgreSQL; SQLite holds the write lock already), so what "before" says is still
            // true when the update lands, and two edits at once cannot both think they moved the session.
            h.createUpdate("UPDATE webinars_sessions SET arrivals = arrivals WHERE id = :id").bind("id", id).execute();
            Session before = find(h, id).orElseThrow();
            boolean moved = !before.startsAt().equals(draft.startsAt()) || !before.endsAt().equals(draft.endsAt());
            boolean statusChanged = before.status() != draft.status();
            boolean detailsChanged = !before.title().equals(draft.title()) || !before.joinUrl().equals(draft.joinUrl());
            int bump = moved || statusChanged || detailsChanged ? 1 : 0;
            bind(h.createUpdate("""
                            UPDATE webinars_sessions SET title = :title, summary = :summary, starts_at = :startsAt,
                                   ends_at = :endsAt, join_url = :joinUrl, capacity = :capacity, language = :language,
                                   captions = :captions, sign_language = :signLanguage, transcript = :transcript,
                                   accessibility_note = :note, status = :status, host_person_id = :host,
                                   sequence = sequence + :bump, updated_at = :now
                             WHERE id = :id"""), draft)
                    .bind("bump", bump).bind("now", clock.instant()).bind("id", id)
                    .execute();
            h.createUpdate("DELETE FROM webinars_session_topics WHERE session_id = :id").bind("id", id).execute();
            h.createUpdate("DELETE FROM webinars_session_speakers WHERE session_id = :id").bind("id", id).execute();
            writeTopicsAndSpeakers(h, id, draft);
            return new Change(before, moved, statusChanged, draft.capacity() != before.capacity());
        });
    }

    /** What an update changed, for the reminders, calendars and waiting list that depend on it. */
    public record Change(Session before, boolean moved, boolean statusChanged, boolean capacityChanged) {
    }

    /** Cancels the session (it stays listed as cancelled); returns false when it was cancelled already. */
    public boolean cancelSession(String id) {
        return jdbi.withHandle(h -> h.createUpdate("""
                        UPDATE webinars_sessions SET status = 'cancelled', sequence = sequence + 1, updated_at = :now
                         WHERE id = :id AND status <> 'cancelled'""")
                .bind("now", clock.instant()).bind("id", id).execute()) == 1;
    }

    /** Puts the recording (and slides) in the watch-back library and marks the session recorded. */
    public void publishRecording(String id, String recordingUrl, String slidesUploadId) {
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE webinars_sessions SET recording_url = :url, slides_upload_id = :slides, status = 'recorded',
                               published_at = COALESCE(published_at, :now), updated_at = :now WHERE id = :id""")
                .bind("url", recordingUrl).bind("slides", slidesUploadId).bind("now", clock.instant()).bind("id", id)
                .execute());
    }

    public Optional<Session> session(String id) {
        if (!plausibleId(id)) return Optional.empty();
        return jdbi.withHandle(h -> find(h, id));
    }

    /** Whether the session's week is published (what participants see; drafts are the organisers' alone). */
    public boolean published(Session session) {
        return week(session.weekId()).map(Week::published).orElse(false);
    }

    /** A week's sessions in time order, optionally only those with a topic. */
    public List<Session> sessionsOfWeek(String weekId, String topic) {
        return jdbi.withHandle(h -> {
            String where = "s.week_id = :week" + (topic == null ? "" : " AND EXISTS (SELECT 1 FROM "
                    + "webinars_session_topics t WHERE t.session_id = s.id AND t.topic = :topic)");
            return complete(h, h.createQuery("SELECT " + SESSION_COLUMNS + " FROM webinars_sessions s WHERE " + where
                            + " ORDER BY s.starts_at, s.id")
                    .bind("week", weekId).bind("topic", topic).map((rs, ctx) -> row(rs)).list());
        });
    }

    /** Sessions by id, in the order given; unknown ids are left out. */
    public List<Session> sessions(Collection<String> sessionIds) {
        if (sessionIds.isEmpty()) return List.of();
        return jdbi.withHandle(h -> {
            Map<String, Session> byId = new HashMap<>();
            for (Session s : complete(h, h.createQuery("SELECT " + SESSION_COLUMNS
                            + " FROM webinars_sessions s WHERE s.id IN (<ids>)")
                    .bindList("ids", List.copyOf(sessionIds)).map((rs, ctx) -> row(rs)).list())) {
                byId.put(s.id(), s);
            }
            return sessionIds.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
        });
    }

    /** The next sessions of published weeks that are not cancelled and have not ended, soonest first. */
    public List<Session> upcoming(int limit) {
        return jdbi.withHandle(h -> complete(h, h.createQuery("SELECT " + SESSION_COLUMNS + """
                         FROM webinars_sessions s JOIN webinars_weeks w ON w.id = s.week_id
                        WHERE w.published = :yes AND s.status <> 'cancelled' AND s.ends_at > :now
                        ORDER BY s.starts_at, s.id LIMIT :limit""")
                .bind("yes", true).bind("now", clock.instant()).bind("limit", limit)
                .map((rs, ctx) -> row(rs)).list()));
    }

    /** Sessions of any week, not cancelled, starting after the moment: soonest first, at most {@code limit}. */
    public List<Session> startingAfter(Instant from, int limit) {
        return jdbi.withHandle(h -> complete(h, h.createQuery("SELECT " + SESSION_COLUMNS + """
                         FROM webinars_sessions s WHERE s.status <> 'cancelled' AND s.starts_at > :from
                        ORDER BY s.starts_at, s.id LIMIT :limit""")
                .bind("from", from).bind("limit", limit).map((rs, ctx) -> row(rs)).list()));
    }

    private Optional<Session> find(Handle h, String id) {
        return complete(h, h.createQuery("SELECT " + SESSION_COLUMNS + " FROM webinars_sessions s WHERE s.id = :id")
                .bind("id", id).map((rs, ctx) -> row(rs)).list()).stream().findFirst();
    }

    /** Adds topics and speakers to rows read without them: two statements for any number of sessions. */
    public static List<Session> complete(Handle h, List<Session> rows) {
        if (rows.isEmpty()) return rows;
        List<String> sessionIds = rows.stream().map(Session::id).toList();
        Map<String, List<String>> topics = new HashMap<>();
        h.createQuery("SELECT session_id, topic FROM webinars_session_topics WHERE session_id IN (<ids>) ORDER BY topic")
                .bindList("ids", sessionIds)
                .map((rs, ctx) -> Map.entry(rs.getString("session_id"), rs.getString("topic")))
                .forEach(e -> topics.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        Map<String, List<Speaker>> speakers = new HashMap<>();
        h.createQuery("""
                        SELECT ss.session_id, sp.* FROM webinars_session_speakers ss
                          JOIN webinars_speakers sp ON sp.id = ss.speaker_id
                         WHERE ss.session_id IN (<ids>) ORDER BY ss.position""")
                .bindList("ids", sessionIds)
                .map((rs, ctx) -> Map.entry(rs.getString("session_id"), speaker(rs)))
                .forEach(e -> speakers.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
        List<Session> complete = new ArrayList<>(rows.size());
        for (Session s : rows) {
            complete.add(new Session(s.id(), s.weekId(), s.title(), s.summary(), s.startsAt(), s.endsAt(), s.joinUrl(),
                    s.capacity(), s.language(), s.accessibility(), s.status(), s.hostPersonId(), s.sequence(),
                    s.recordingUrl(), s.slidesUploadId(), s.publishedAt(), topics.getOrDefault(s.id(), List.of()),
                    speakers.getOrDefault(s.id(), List.of()), s.registered(), s.waiting()));
        }
        return complete;
    }

    private static void writeTopicsAndSpeakers(Handle h, String sessionId, SessionDraft draft) {
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (String topic : draft.topics()) {
            if (seen.putIfAbsent(topic, true) != null) continue;
            h.createUpdate("INSERT INTO webinars_session_topics (session_id, topic) VALUES (:session, :topic)")
                    .bind("session", sessionId).bind("topic", topic).execute();
        }
        int position = 0;
        for (String speakerId : draft.speakerIds().stream().distinct().toList()) {
            h.createUpdate("""
                            INSERT INTO webinars_session_speakers (session_id, speaker_id, position)
                            VALUES (:session, :speaker, :position)""")
                    .bind("session", sessionId).bind("speaker", speakerId).bind("position", position++).execute();
        }
    }

    /** A row of {@link #SESSION_COLUMNS} without topics and speakers (see {@link #complete}). */
    public static Session row(ResultSet rs) throws SQLException {
        long published = rs.getLong("published_at");
        Instant publishedAt = rs.wasNull() ? null : Instant.ofEpochMilli(published);
        return new Session(rs.getString("id"), rs.getString("week_id"), rs.getString("title"), rs.getString("summary"),
                Instant.ofEpochMilli(rs.getLong("starts_at")), Instant.ofEpochMilli(rs.getLong("ends_at")),
                rs.getString("join_url"), rs.getInt("capacity"), rs.getString("language"),
                new Session.Accessibility(rs.getBoolean("captions"), rs.getBoolean("sign_language"),
                        rs.getBoolean("transcript"), rs.getString("accessibility_note")),
                SessionStatus.of(rs.getString("status")).orElse(SessionStatus.PLANNED), rs.getString("host_person_id"),
                rs.getInt("sequence"), rs.getString("recording_url"), rs.getString("slides_upload_id"), publishedAt,
                List.of(), List.of(), rs.getInt("registered"), rs.getInt("waiting"));
    }

    /** The columns a list query needs to build {@link Session}s with {@link #row}, for the {@code s} alias. */
    public static String sessionColumns() {
        return SESSION_COLUMNS;
    }

    private static Week week(ResultSet rs) throws SQLException {
        return new Week(rs.getString("id"), rs.getString("theme"), rs.getString("description"),
                LocalDate.parse(rs.getString("starts_on")), LocalDate.parse(rs.getString("ends_on")),
                rs.getBoolean("published"));
    }

    private static Speaker speaker(ResultSet rs) throws SQLException {
        return new Speaker(rs.getString("id"), rs.getString("name"), rs.getString("organisation"), rs.getString("bio"),
                SpeakerKind.of(rs.getString("kind")).orElse(SpeakerKind.EXPERT), rs.getString("photo_upload_id"));
    }

    /** Ids are UUIDs; anything else (a typo, a probe) is simply not found, without a query. */
    public static boolean plausibleId(String id) {
        return id != null && id.length() == 36;
    }

    /** Binds the draft's fields under the names the insert and update use. */
    private static Update bind(Update update, SessionDraft draft) {
        return update.bind("title", draft.title()).bind("summary", draft.summary())
                .bind("startsAt", draft.startsAt()).bind("endsAt", draft.endsAt()).bind("joinUrl", draft.joinUrl())
                .bind("capacity", draft.capacity()).bind("language", draft.language())
                .bind("captions", draft.accessibility().captions())
                .bind("signLanguage", draft.accessibility().signLanguage())
                .bind("transcript", draft.accessibility().transcript()).bind("note", draft.accessibility().note())
                .bind("status", draft.status().code()).bind("host", draft.hostPersonId());
    }
}
