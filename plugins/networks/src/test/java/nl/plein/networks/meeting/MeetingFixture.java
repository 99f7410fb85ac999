package nl.plein.networks.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.NetworksFixture;
import nl.plein.networks.space.Space;

/**
 * What the meeting tests share: the meeting form as a coordinator fills it in, planning one over HTTP, reading the
 * database, and reading calendar files back with ical4j. The clock starts on Monday 2 March 2026, 10:00 in Amsterdam.
 */
final class MeetingFixture {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final String BASE_URL = "http://netwerk.plein.test";

    final PleinExtension plein;
    final NetworksFixture networks;

    MeetingFixture(PleinExtension plein) {
        this.plein = plein;
        this.networks = new NetworksFixture(plein);
    }

    /** A meeting form: the given day and times at a place, no online link, no agenda deadline. */
    static Map<String, String> meetingForm(String title, String date, String start, String end) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("date", date);
        form.put("startTime", start);
        form.put("endTime", end);
        form.put("place", "Buurthuis De Linde, Lindeburg");
        form.put("onlineUrl", "");
        form.put("deadlineDate", "");
        form.put("deadlineTime", "");
        return form;
    }

    static Map<String, String> with(Map<String, String> form, String field, String value) {
        Map<String, String> copy = new LinkedHashMap<>(form);
        copy.put(field, value);
        return copy;
    }

    /** Plans a meeting through the coordinator's form; returns its id. */
    String plan(Browser coordinator, Space space, Map<String, String> form) {
        Browser.Page page = coordinator.post(meetings(space), form);
        assertEquals(303, page.status(), page.body());
        String location = page.location();
        return location.substring(location.lastIndexOf('/') + 1, location.indexOf('?'));
    }

    static String meetings(Space space) {
        return "/networks/spaces/" + space.id() + "/meetings";
    }

    static String meeting(Space space, String meetingId) {
        return meetings(space) + "/" + meetingId;
    }

    int count(String sql, Object... args) {
        return plein.jdbi().withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) query.bind(i, args[i]);
            return query.mapTo(Integer.class).one();
        });
    }

    String single(String sql, Object... args) {
        return plein.jdbi().withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) query.bind(i, args[i]);
            return query.mapTo(String.class).findOne().orElse(null);
        });
    }

    /**
     * A document of the documents part, stored straight in its tables as that part stores one: never without its
     * first version. Returns its id.
     */
    String document(Space space, String meetingId, String title, String access, String uploaderId) {
        String id = java.util.UUID.randomUUID().toString();
        plein.jdbi().useTransaction(h -> {
            h.createUpdate("""
                            INSERT INTO networks_documents (id, space_id, folder_id, meeting_id, title, access, version,
                                   created_by, created_at, updated_at)
                            VALUES (:id, :space, NULL, :meeting, :title, :access, 1, :by, 0, 0)""")
                    .bind("id", id).bind("space", space.id())
                    .bind("meeting", meetingId).bind("title", title).bind("access", access).bind("by", uploaderId)
                    .execute();
            h.createUpdate("""
                            INSERT INTO networks_document_versions (document_id, version, upload_id, file_name,
                                   size_bytes, note, uploaded_by, uploaded_at)
                            VALUES (:id, 1, :upload, :name, 1234, '', :by, 0)""")
                    .bind("id", id).bind("upload", java.util.UUID.randomUUID().toString())
                    .bind("name", title + ".pdf").bind("by", uploaderId).execute();
        });
        return id;
    }

    static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (Exception e) {
            throw new AssertionError("not a calendar: " + ics, e);
        }
    }

    static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
    }

    /** The meeting's event, found by its UID (the meeting id at the host of {@link #BASE_URL}). */
    static VEvent event(Calendar calendar, String meetingId) {
        return events(calendar).stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals(meetingId + "@netwerk.plein.test"))
                .findFirst().orElseThrow(() -> new AssertionError("no event for " + meetingId + " in " + calendar));
    }

    static String property(VEvent event, String name) {
        return event.getProperty(name).map(p -> p.getValue())
                .orElseThrow(() -> new AssertionError("no " + name + " in " + event));
    }

    static Instant start(VEvent event) {
        return Instant.from(event.getDateTimeStart().getDate());
    }
}
