package nl.plein.networks.meeting;

import io.javalin.http.Context;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import nl.plein.api.form.FieldErrors;

/**
 * The coordinator's meeting form, for a new meeting and for editing one. Dates and times are Amsterdam wall-clock
 * time; the meeting happens at a place, online, or both.
 */
final class MeetingForm {

    static final String[] FIELDS = {"title", "date", "startTime", "endTime", "place", "onlineUrl", "deadlineDate",
            "deadlineTime"};
    /** Meetings are planned a year ahead; two years is the bound for any date range on the platform. */
    static final int MAX_YEARS_AHEAD = 2;
    /** A deadline given as a date only closes at the end of that day. */
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59);

    private MeetingForm() {
    }

    static Typed typed(Context ctx) {
        return Typed.read(ctx, FIELDS);
    }

    static Typed blank() {
        return Typed.blank(FIELDS);
    }

    static Typed of(Meeting meeting) {
        Typed form = blank().set("title", meeting.title()).set("date", meeting.date().toString())
                .set("startTime", meeting.startTime()).set("endTime", meeting.endTime()).set("place", meeting.place())
                .set("onlineUrl", meeting.onlineUrl());
        if (meeting.agendaDeadline() != null) {
            form.set("deadlineDate", Amsterdam.date(meeting.agendaDeadline()).toString())
                    .set("deadlineTime", Amsterdam.time(meeting.agendaDeadline()));
        }
        return form;
    }

    /**
     * The checked meeting, or null when something is wrong ({@code errors} says what, per field).
     *
     * @param existing the meeting being edited, or null for a new one: a new or moved meeting must lie ahead, an
     *                 unmoved one may still be corrected afterwards
     */
    static MeetingDraft validate(Typed form, Meeting existing, Instant now, FieldErrors errors) {
        String title = form.text("title", 200, "networks.meeting.error.title-required", errors);
        LocalDate today = Amsterdam.date(now);
        LocalDate date = date(form.get("date"), "date", errors);
        if (date != null && date.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
            errors.add("date", "networks.meeting.error.date-too-far");
            date = null;
        }
        LocalTime start = time(form.get("startTime"), "startTime", errors);
        LocalTime end = time(form.get("endTime"), "endTime", errors);
        Instant startsAt = null;
        Instant endsAt = null;
        if (date != null && start != null && end != null) {
            startsAt = Amsterdam.instant(date, start);
            endsAt = Amsterdam.instant(date, end);
            if (!endsAt.isAfter(startsAt)) errors.add("endTime", "networks.meeting.error.end-before-start");
            boolean moved = existing == null || !existing.startsAt().equals(startsAt);
            if (moved && startsAt.isBefore(now)) errors.add("date", "networks.meeting.error.start-in-past");
        }
        String place = form.text("place", 300, null, errors);
        String onlineUrl = onlineUrl(form.get("onlineUrl"), errors);
        if ("".equals(place) && "".equals(onlineUrl)) errors.add("place", "networks.meeting.error.place-or-link");
        Instant deadline = deadline(form, startsAt, errors);
        if (!errors.isEmpty()) return null;
        return new MeetingDraft(title, startsAt, endsAt, place, onlineUrl, deadline);
    }

    /** Optional; a date alone means the end of that day. It must fall before the meeting starts. */
    private static Instant deadline(Typed form, Instant startsAt, FieldErrors errors) {
        String dateText = form.get("deadlineDate");
        String timeText = form.get("deadlineTime");
        if (dateText.isEmpty() && timeText.isEmpty()) return null;
        if (dateText.isEmpty()) {
            errors.add("deadlineDate", "networks.meeting.error.deadline-date-required");
            return null;
        }
        LocalDate date = date(dateText, "deadlineDate", errors);
        LocalTime time = timeText.isEmpty() ? END_OF_DAY : time(timeText, "deadlineTime", errors);
        if (date == null || time == null) return null;
        Instant deadline = Amsterdam.instant(date, time);
        if (startsAt != null && !deadline.isBefore(startsAt)) {
            errors.add("deadlineDate", "networks.meeting.error.deadline-after-start");
            return null;
        }
        return deadline;
    }

    private static LocalDate date(String value, String field, FieldErrors errors) {
        if (value.isEmpty()) {
            errors.add(field, "networks.meeting.error.date-required");
            return null;
        }
        Optional<LocalDate> date = Amsterdam.parseDate(value);
        if (date.isEmpty()) errors.add(field, "networks.meeting.error.date-format");
        return date.orElse(null);
    }

    private static LocalTime time(String value, String field, FieldErrors errors) {
        if (value.isEmpty()) {
            errors.add(field, "networks.meeting.error.time-required");
            return null;
        }
        Optional<LocalTime> time = Amsterdam.parseTime(value);
        if (time.isEmpty()) errors.add(field, "networks.meeting.error.time-format");
        return time.orElse(null);
    }

    /**
     * The online meeting's address: https with a host. Plain http is refused, as the link carries people into a
     * closed meeting; anything else (javascript:, mailto:) is no meeting link at all.
     */
    static String onlineUrl(String value, FieldErrors errors) {
        if (value.isEmpty()) return "";
        if (value.length() > 500) {
            errors.add("onlineUrl", "networks.meeting.error.too-long.500");
            return null;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("https") && uri.getHost() != null && !uri.getHost().isEmpty()) return value;
        } catch (URISyntaxException e) {
            // refused below, like any other address that is not an https link
        }
        errors.add("onlineUrl", "networks.meeting.error.online-url");
        return null;
    }
}
