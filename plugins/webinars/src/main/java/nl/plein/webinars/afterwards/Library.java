package nl.plein.webinars.afterwards;

import java.time.LocalDate;
import java.util.List;
import nl.plein.webinars.programme.ProgrammeRepository;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.programme.Week;
import org.jdbi.v3.core.Jdbi;

/**
 * The watch-back library: sessions of published weeks whose recording was published, newest first. The filter's
 * choices are only what the library holds, so no choice leads to an empty page.
 */
final class Library {

    static final int PAGE_SIZE = 20;

    private static final String IN_LIBRARY = "s.published_at IS NOT NULL AND w.published = :yes";

    /** A speaker to filter on. */
    record SpeakerChoice(String id, String name) {
    }

    private final Jdbi jdbi;

    Library(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** One page plus one row, so the caller knows whether a next page exists. */
    List<Session> page(LibraryFilter filter, int page) {
        StringBuilder where = new StringBuilder(IN_LIBRARY);
        if (!filter.week().isEmpty()) where.append(" AND s.week_id = :week");
        if (!filter.topic().isEmpty()) {
            where.append(" AND EXISTS (SELECT 1 FROM webinars_session_topics t WHERE t.session_id = s.id AND t.topic = :topic)");
        }
        if (!filter.speaker().isEmpty()) {
            where.append(" AND EXISTS (SELECT 1 FROM webinars_session_speakers ss WHERE ss.session_id = s.id "
                    + "AND ss.speaker_id = :speaker)");
        }
        return jdbi.withHandle(h -> ProgrammeRepository.complete(h, h.createQuery("SELECT "
                        + ProgrammeRepository.sessionColumns()
                        + " FROM webinars_sessions s JOIN webinars_weeks w ON w.id = s.week_id WHERE " + where
                        + " ORDER BY s.starts_at DESC, s.id DESC LIMIT :limit OFFSET :offset")
                .bind("yes", true).bind("week", filter.week()).bind("topic", filter.topic())
                .bind("speaker", filter.speaker()).bind("limit", PAGE_SIZE + 1)
                .bind("offset", (long) (page - 1) * PAGE_SIZE)
                .map((rs, ctx) -> ProgrammeRepository.row(rs)).list()));
    }

    List<String> topics() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT DISTINCT t.topic FROM webinars_session_topics t
                          JOIN webinars_sessions s ON s.id = t.session_id JOIN webinars_weeks w ON w.id = s.week_id
                         WHERE %s ORDER BY t.topic LIMIT 500""".formatted(IN_LIBRARY))
                .bind("yes", true).mapTo(String.class).list());
    }

    /** The weeks with a recording, latest first. */
    List<Week> weeks() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT w.id, w.theme, w.description, w.starts_on, w.ends_on, w.published FROM webinars_weeks w
                         WHERE w.published = :yes AND EXISTS (SELECT 1 FROM webinars_sessions s
                                WHERE s.week_id = w.id AND s.published_at IS NOT NULL)
                         ORDER BY w.starts_on DESC, w.id LIMIT 500""")
                .bind("yes", true)
                .map((rs, ctx) -> new Week(rs.getString("id"), rs.getString("theme"), rs.getString("description"),
                        LocalDate.parse(rs.getString("starts_on")), LocalDate.parse(rs.getString("ends_on")),
                        rs.getBoolean("published")))
                .list());
    }

    /** The speakers of sessions with a recording, by name. */
    List<SpeakerChoice> speakers() {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT sp.id, sp.name FROM webinars_speakers sp
                         WHERE EXISTS (SELECT 1 FROM webinars_session_speakers ss
                                 JOIN webinars_sessions s ON s.id = ss.session_id JOIN webinars_weeks w ON w.id = s.week_id
                                WHERE ss.speaker_id = sp.id AND %s)
                         ORDER BY LOWER(sp.name), sp.id LIMIT 1000""".formatted(IN_LIBRARY))
                .bind("yes", true)
                .map((rs, ctx) -> new SpeakerChoice(rs.getString("id"), rs.getString("name"))).list());
    }
}
