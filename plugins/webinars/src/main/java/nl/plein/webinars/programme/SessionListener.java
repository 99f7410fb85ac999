package nl.plein.webinars.programme;

/**
 * Told after an organiser created, changed or cancelled a session (after the change is committed), so the parts
 * that depend on its time and status follow: reminders move, calendars update, registrants hear of a cancellation.
 */
public interface SessionListener {

    /** A new session, or a changed one ({@code change} says what changed; null for a new one). */
    void saved(Session session, ProgrammeRepository.Change change);

    /** The session was called off; its registrations stay, so registrants can be told. */
    void cancelled(Session session);
}
