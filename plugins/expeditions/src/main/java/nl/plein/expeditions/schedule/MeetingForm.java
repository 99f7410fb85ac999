package nl.plein.expeditions.schedule;

import io.javalin.http.Context;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.plein.api.form.FieldErrors;
import nl.plein.expeditions.expedition.Expedition;

/** A meeting as the leader types it; the time is local to Amsterdam, as everyone in the group reads it. */
public record MeetingForm(MeetingKind kind, String title, Instant startsAt, String place, String link, String agenda,
                          String materials) {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final String[] FIELDS = {"kind", "title", "startsAt", "place", "link", "agenda", "materials"};

    static Map<String, String> typed(Context ctx) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : FIELDS) {
            String value = ctx.formParam(field);
            value = value == null ? "" : value.strip();
            int max = field.equals("agenda") || field.equals("materials") ? 4001 : 501;
            typed.put(field, value.length() > max ? value.substring(0, max) : value);
        }
        return typed;
    }

    static Map<String, String> of(Meeting m) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("kind", m.kind().code());
        values.put("title", m.title());
        values.put("startsAt", LocalDateTime.ofInstant(m.startsAt(), AMSTERDAM).toString());
        values.put("place", m.place() == null ? "" : m.place());
        values.put("link", m.link() == null ? "" : m.link());
        values.put("agenda", m.agenda() == null ? "" : m.agenda());
        values.put("materials", m.materials() == null ? "" : m.materials());
        return values;
    }

    /** Checks the meeting, which must fall within the expedition's dates. */
    static MeetingForm validate(Map<String, String> typed, Expedition expedition, FieldErrors errors) {
        var kind = MeetingKind.of(typed.get("kind"));
        if (kind.isEmpty()) errors.add("kind", "expeditions.error.meeting-kind");
        String title = typed.get("title");
        if (title.isEmpty()) errors.add("title", "expeditions.error.title-required");
        else if (title.length() > 200) errors.add("title", "expeditions.error.too-long");
        Instant startsAt = null;
        if (typed.get("startsAt").isEmpty()) {
            errors.add("startsAt", "expeditions.error.date-required");
        } else {
            try {
                LocalDateTime local = LocalDateTime.parse(typed.get("startsAt"));
                if (local.toLocalDate().isBefore(expedition.startsOn()) || local.toLocalDate().isAfter(expedition.endsOn())) {
                    errors.add("startsAt", "expeditions.error.meeting-outside");
                } else {
                    startsAt = local.atZone(AMSTERDAM).toInstant();
                }
            } catch (DateTimeParseException e) {
                errors.add("startsAt", "expeditions.error.datetime-format");
            }
        }
        if (typed.get("place").length() > 300) errors.add("place", "expeditions.error.too-long");
        String link = typed.get("link");
        if (!link.isEmpty() && !isWebAddress(link)) errors.add("link", "expeditions.error.link");
        if (typed.get("agenda").length() > 4000) errors.add("agenda", "expeditions.error.too-long");
        if (typed.get("materials").length() > 4000) errors.add("materials", "expeditions.error.too-long");
        if (!errors.isEmpty()) return null;
        return new MeetingForm(kind.get(), title, startsAt, blank(typed.get("place")), blank(link),
                blank(typed.get("agenda")), blank(typed.get("materials")));
    }

    static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            return value.length() <= 500 && uri.getHost() != null
                    && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
        } catch (Exception e) {
            return false;
        }
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
