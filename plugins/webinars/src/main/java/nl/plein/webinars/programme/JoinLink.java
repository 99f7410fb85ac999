package nl.plein.webinars.programme;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import nl.plein.api.PluginSettings;
import nl.plein.webinars.registration.Registration;

/**
 * When the meeting link shows. It is the door to a live meeting, so it is not public: only people with a seat see
 * it, and only from a while before the start until the end (so it is not passed on days ahead). Organisers and the
 * session's host always see it, to test it and to share it with the speakers.
 */
public final class JoinLink {

    /** Setting {@code join-opens-minutes} ({@code PLEIN_WEBINARS_JOIN_OPENS_MINUTES}): how long before the start. */
    public static final String SETTING = "join-opens-minutes";
    static final int DEFAULT_MINUTES = 30;
    private static final int MAX_MINUTES = 7 * 24 * 60;

    /** What the visitor gets to see in place of the link. */
    public enum Visibility {
        /** The link itself. */
        SHOWN,
        /** A seat, but too early: "the link appears here N minutes before the start". */
        NOT_YET,
        /** A seat, but the session is over or was called off. */
        CLOSED,
        /** No seat: nothing about the link. */
        HIDDEN
    }

    private final int opensMinutes;
    private final Clock clock;

    public JoinLink(int opensMinutes, Clock clock) {
        if (opensMinutes < 0 || opensMinutes > MAX_MINUTES) {
            throw new IllegalArgumentException("join link opens 0 to " + MAX_MINUTES + " minutes before the start");
        }
        this.opensMinutes = opensMinutes;
        this.clock = clock;
    }

    /** Reads the setting once at start-up; an unusable value stops the plugin with a message that says why. */
    public static JoinLink fromSettings(PluginSettings settings, Clock clock) {
        String value = settings.get(SETTING, String.valueOf(DEFAULT_MINUTES)).strip();
        if (!value.matches("[0-9]{1,5}") || Integer.parseInt(value) > MAX_MINUTES) {
            throw new IllegalStateException("setting webinars." + SETTING
                    + " must be a whole number of minutes from 0 to " + MAX_MINUTES + ", not '" + value + "'");
        }
        return new JoinLink(Integer.parseInt(value), clock);
    }

    public int opensMinutes() {
        return opensMinutes;
    }

    /**
     * @param registration the visitor's registration for the session, or null
     * @param manages      whether the visitor is an organiser or the session's host
     */
    public Visibility of(Session session, Registration registration, boolean manages) {
        if (manages) return Visibility.SHOWN;
        if (registration == null || !registration.registered()) return Visibility.HIDDEN;
        Instant now = clock.instant();
        if (session.cancelled() || !now.isBefore(session.endsAt())) return Visibility.CLOSED;
        if (now.isBefore(session.startsAt().minus(Duration.ofMinutes(opensMinutes)))) return Visibility.NOT_YET;
        return Visibility.SHOWN;
    }
}
