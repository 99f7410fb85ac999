package nl.plein.webinars.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;

/**
 * Test data for the programme, entered over HTTP as an organiser would: weeks, speakers and sessions (a session's
 * speakers are several values of one field, and a photo is a multipart upload, so those forms are posted here with
 * the browser's cookies and CSRF token). The test clock says Monday 2 March 2026, 10:00 in Amsterdam; the week is
 * 16–20 March 2026 unless a test needs one that starts today (a signed-in session ends after 8 idle hours, so tests
 * that move the clock past a session's start keep to the same day).
 */
final class ProgrammeFixture {

    static final String ORGANISER = "webinars.organiser";

    private final PleinExtension plein;

    ProgrammeFixture(PleinExtension plein) {
        this.plein = plein;
    }

    /** A session form that passes every check; tests change one field at a time. */
    static final class SessionInput {
        final Map<String, String> fields = new LinkedHashMap<>();
        final List<String> speakers = new ArrayList<>();

        SessionInput with(String field, String value) {
            fields.put(field, value);
            return this;
        }

        SessionInput speakers(String... ids) {
            speakers.clear();
            speakers.addAll(List.of(ids));
            return this;
        }
    }

    static SessionInput session(String title, String date, String start, String end, int capacity, String topics) {
        return new SessionInput().with("title", title).with("summary", "Wat werkt, en wat *niet*.")
                .with("topics", topics).with("date", date).with("startTime", start).with("endTime", end)
                .with("joinUrl", "https://meet.example.nl/" + title.length()).with("capacity", String.valueOf(capacity))
                .with("language", "nl").with("accessibilityNote", "").with("status", "planned").with("host", "");
    }

    String week(Browser organiser, String theme, boolean published) {
        return week(organiser, theme, published, "2026-03-16", "2026-03-20");
    }

    String week(Browser organiser, String theme, boolean published, String startsOn, String endsOn) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("theme", theme);
        form.put("description", "Een week over **" + theme + "**.");
        form.put("startsOn", startsOn);
        form.put("endsOn", endsOn);
        if (published) form.put("published", "yes");
        Browser.Page created = organiser.post("/webinars/weeks", form);
        assertEquals(303, created.status(), created.body());
        assertTrue(created.location().startsWith("/webinars/weeks/"), created.location());
        return created.location().substring("/webinars/weeks/".length(), "/webinars/weeks/".length() + 36);
    }

    String speaker(Browser organiser, String name, String organisation, String kind) {
        Browser.Page created = organiser.post("/webinars/speakers", Map.of("name", name, "organisation", organisation,
                "bio", name + " werkt al jaren met vrijwilligers.", "kind", kind));
        assertEquals(303, created.status(), created.body());
        return plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM webinars_speakers WHERE name = :n")
                .bind("n", name).mapTo(String.class).one());
    }

    String session(Browser organiser, String weekId, SessionInput input) {
        Browser.Page created = post(organiser, "/webinars/weeks/" + weekId + "/sessions", input);
        assertEquals(303, created.status(), created.body());
        assertTrue(created.location().startsWith("/webinars/sessions/"), created.location());
        return created.location().substring("/webinars/sessions/".length(), "/webinars/sessions/".length() + 36);
    }

    /** Posts a session form (repeating the "speakers" field once per speaker), as a browser does. */
    Browser.Page post(Browser browser, String path, SessionInput input) {
        List<String[]> pairs = new ArrayList<>();
        input.fields.forEach((k, v) -> pairs.add(new String[] {k, v}));
        input.speakers.forEach(id -> pairs.add(new String[] {"speakers", id}));
        pairs.add(new String[] {"_csrf", browser.csrfToken()});
        String body = pairs.stream().map(p -> URLEncoder.encode(p[0], StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(p[1], StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        return send(browser, path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
    }

    /** Posts the speaker form as a browser does: multipart, with an optional photo. */
    Browser.Page postWithPhoto(Browser browser, String path, Map<String, String> fields, String filename, byte[] photo) {
        String boundary = "----plein" + UUID.randomUUID();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", browser.csrfToken());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var field : all.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\""
                + (photo == null ? "" : filename) + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        if (photo != null) body.writeBytes(photo);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(browser, path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private Browser.Page send(Browser browser, String path, String contentType, byte[] body) {
        String cookies = "plein_csrf=" + browser.csrfToken()
                + browser.cookie("plein_session").map(s -> "; plein_session=" + s).orElse("")
                + browser.cookie("plein_lang").map(l -> "; plein_lang=" + l).orElse("");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + plein.platform().port() + path))
                .header("Content-Type", contentType).header("Cookie", cookies).header("Accept-Language", "nl")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new Browser.Page(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A small real PNG, as a camera or phone would give (type is decided from the bytes). */
    static byte[] png() {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 3, 0xB3410E);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The person's registration status for the session, or "none". */
    String status(String sessionId, String personId) {
        return plein.jdbi().withHandle(h -> h.createQuery(
                        "SELECT status FROM webinars_registrations WHERE session_id = :s AND person_id = :p")
                .bind("s", sessionId).bind("p", personId).mapTo(String.class).findOne().orElse("none"));
    }

    String personId(String email) {
        return plein.platform().people().byEmail(email).orElseThrow().id();
    }

    int count(String sql, Object... args) {
        return plein.jdbi().withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) query.bind(i, args[i]);
            return query.mapTo(Integer.class).one();
        });
    }

    /** Where the text is on the page; fails when it is not there. */
    static int indexOf(String body, String text) {
        int at = body.indexOf(text);
        assertTrue(at >= 0, "page should contain: " + text);
        return at;
    }
}
