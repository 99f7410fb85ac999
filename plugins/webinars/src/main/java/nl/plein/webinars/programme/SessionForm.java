package nl.plein.webinars.programme;

import io.javalin.http.Context;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.plein.api.form.FieldErrors;

/**
 * The session form, for creating and for editing: what was typed, and the checks that turn it into a
 * {@link SessionDraft}. Dates and times are entered as Amsterdam wall-clock time.
 */
final class SessionForm {

    static final String[] FIELDS = {"title", "summary", "topics", "date", "startTime", "endTime", "joinUrl",
            "capacity", "language", "captions", "signLanguage", "transcript", "accessibilityNote", "status", "host"};
    static final List<String> LANGUAGES = List.of("nl", "en");
    /** Cancelled is not among them: calling a session off has its own confirmation and tells the registrants. */
    static final List<String> STATUSES = List.of(SessionStatus.PLANNED.code(), SessionStatus.LIVE.code(),
            SessionStatus.RECORDED.code());
    static final int MAX_CAPACITY = 100_000;
    static final int MAX_TOPICS = 10;
    static final int MAX_TOPIC_LENGTH = 60;

    /**
     * What the form may refer to and the moment it is checked against.
     *
     * @param speakerIds the speakers that exist
     * @param hostIds    the people who may be chosen as host
     * @param existing   the session being edited, or null for a new one
     */
    record Rules(Set<String> speakerIds, Set<String> hostIds, Instant now, Session existing, Week week) {
    }

    private SessionForm() {
    }

    static Map<String, String> typed(Context ctx) {
        return FormFields.read(ctx, FIELDS);
    }

    /** The ticked speakers, in the order sent, each at most an id long. */
    static List<String> speakers(Context ctx) {
        Set<String> chosen = new LinkedHashSet<>();
        for (String id : ctx.formParams("speakers")) {
            String value = id.strip();
            if (!value.isEmpty()) chosen.add(value.length() > 36 ? value.substring(0, 37) : value);
            if (chosen.size() > 200) break; // more than any programme has: the check below refuses it anyway
        }
        return List.copyOf(chosen);
    }

    static Map<String, String> blank() {
        Map<String, String> values = FormFields.blank(FIELDS);
        values.put("language", "nl");
        values.put("status", SessionStatus.PLANNED.code());
        return values;
    }

    static Map<String, String> of(Session session) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", session.title());
        values.put("summary", session.summary());
        values.put("topics", String.join(", ", session.topics()));
        values.put("date", Times.date(session.startsAt()).toString());
        values.put("startTime", Times.time(session.startsAt()));
        values.put("endTime", Times.time(session.endsAt()));
        values.put("joinUrl", session.joinUrl());
        values.put("capacity", String.valueOf(session.capacity()));
        values.put("language", session.language());
        values.put("captions", FormFields.yes(session.accessibility().captions()));
        values.put("signLanguage", FormFields.yes(session.accessibility().signLanguage()));
        values.put("transcript", FormFields.yes(session.accessibility().transcript()));
        values.put("accessibilityNote", session.accessibility().note());
        values.put("status", session.status().code());
        values.put("host", session.hostPersonId() == null ? "" : session.hostPersonId());
        return values;
    }

    /** The draft to store, or null when something is wrong (then {@code errors} says what, per field). */
    static SessionDraft validate(Map<String, String> typed, List<String> speakerIds, Rules rules, FieldErrors errors) {
        String title = FormFields.text(typed, "title", 200, "webinars.programme.error.title-required", errors);
        String summary = FormFields.text(typed, "summary", 5000, null, errors);
        List<String> topics = topics(typed.get("topics"), errors);
        if (!rules.speakerIds().containsAll(speakerIds)) {
            errors.add("speakers", "webinars.programme.error.speaker-unknown");
        }
        LocalDate date = WeekForm.date(typed.get("date"), "date", errors);
        // "Register for the whole week" and the week's page take a week's sessions to fall in it.
        if (date != null && (date.isBefore(rules.week().startsOn()) || date.isAfter(rules.week().endsOn()))) {
            errors.add("date", "webinars.programme.error.date-outside-week");
            date = null;
        }
        LocalTime startTime = time(typed.get("startTime"), "startTime", errors);
        LocalTime endTime = time(typed.get("endTime"), "endTime", errors);
        Instant startsAt = null;
        Instant endsAt = null;
        if (date != null && startTime != null && endTime != null) {
            startsAt = Times.instant(date, startTime);
            endsAt = Times.instant(date, endTime);
            if (!endsAt.isAfter(startsAt)) errors.add("endTime", "webinars.programme.error.end-before-start");
            // A new session, or one moved, must lie ahead; an old one may still be corrected after the fact.
            boolean moved = rules.existing() == null || !rules.existing().startsAt().equals(startsAt);
            if (moved && startsAt.isBefore(rules.now())) errors.add("date", "webinars.programme.error.start-in-past");
        }
        String joinUrl = joinUrl(typed.get("joinUrl"), errors);
        Integer capacity = capacity(typed.get("capacity"), errors);
        String language = typed.get("language");
        if (!LANGUAGES.contains(language)) errors.add("language", "webinars.programme.error.language");
        String note = FormFields.text(typed, "accessibilityNote", 1000, null, errors);
        SessionStatus status = status(typed.get("status"), rules.existing(), errors);
        String host = typed.get("host").isEmpty() ? null : typed.get("host");
        if (host != null && !rules.hostIds().contains(host)) errors.add("host", "webinars.programme.error.host");
        if (!errors.isEmpty()) return null;
        return new SessionDraft(title, summary, startsAt, endsAt, joinUrl, capacity, language,
                new Session.Accessibility(FormFields.ticked(typed, "captions"),
                        FormFields.ticked(typed, "signLanguage"), FormFields.ticked(typed, "transcript"), note),
                status, host, topics, speakerIds);
    }

    /** Comma-separated, each trimmed and kept as typed; the same topic twice counts once. */
    static List<String> topics(String typed, FieldErrors errors) {
        Set<String> topics = new LinkedHashSet<>();
        for (String part : typed.split(",")) {
            String topic = part.strip();
            if (topic.isEmpty()) continue;
            if (topic.length() > MAX_TOPIC_LENGTH) {
                errors.add("topics", "webinars.programme.error.topic-too-long");
                return List.of();
            }
            topics.add(topic);
        }
        if (topics.size() > MAX_TOPICS) {
            errors.add("topics", "webinars.programme.error.too-many-topics");
            return List.of();
        }
        return new ArrayList<>(topics);
    }

    private static final java.time.format.DateTimeFormatter HOURS_MINUTES =
            java.time.format.DateTimeFormatter.ofPattern("H:mm");

    private static LocalTime time(String value, String field, FieldErrors errors) {
        if (value.isEmpty()) {
            errors.add(field, "webinars.programme.error.time-required");
            return null;
        }
        try {
            // Hours and minutes only, as the form shows them: seconds would make every later save look like a move.
            return LocalTime.parse(value, HOURS_MINUTES);
        } catch (DateTimeParseException e) {
            errors.add(field, "webinars.programme.error.time-format");
            return null;
        }
    }

    /** The meeting platform's address: http(s) with a host, so it is a link people can actually follow. */
    private static String joinUrl(String value, FieldErrors errors) {
        if (value.isEmpty()) {
            errors.add("joinUrl", "webinars.programme.error.join-url-required");
            return null;
        }
        if (value.length() > 500) {
            errors.add("joinUrl", "webinars.programme.error.too-long.500");
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean web = scheme.equals("http") || scheme.equals("https");
            if (web && uri.getHost() != null && !uri.getHost().isEmpty()) return value;
        } catch (URISyntaxException e) {
            // refused below, like any other address that is not a web link
        }
        errors.add("joinUrl", "webinars.programme.error.join-url");
        return null;
    }

    /** A whole number of places, 1 up to {@link #MAX_CAPACITY}; each way of getting it wrong has its own message. */
    private static Integer capacity(String value, FieldErrors errors) {
        if (value.isEmpty()) {
            errors.add("capacity", "webinars.programme.error.capacity-required");
            return null;
        }
        if (!value.matches("[-+]?[0-9]+")) {
            errors.add("capacity", "webinars.programme.error.capacity-whole");
            return null;
        }
        BigInteger number = new BigInteger(value);
        if (number.signum() <= 0) {
            errors.add("capacity", "webinars.programme.error.capacity-positive");
            return null;
        }
        if (number.compareTo(BigInteger.valueOf(MAX_CAPACITY)) > 0) {
            errors.add("capacity", "webinars.programme.error.capacity-max");
            return null;
        }
        return number.intValue();
    }

    /** A cancelled session stays cancelled when its details are corrected; otherwise one of {@link #STATUSES}. */
    private static SessionStatus status(String value, Session existing, FieldErrors errors) {
        if (existing != null && existing.cancelled()) return SessionStatus.CANCELLED;
        if (!STATUSES.contains(value)) {
            errors.add("status", "webinars.programme.error.status");
            return null;
        }
        return SessionStatus.of(value).orElseThrow();
    }
}
