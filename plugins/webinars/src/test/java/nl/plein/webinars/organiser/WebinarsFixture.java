package nl.plein.webinars.organiser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.programme.ProgrammeRepository;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.programme.SessionDraft;
import nl.plein.webinars.programme.SessionStatus;
import nl.plein.webinars.programme.SpeakerKind;
import nl.plein.webinars.programme.Week;

/**
 * Test data for the pages after a session. Weeks, speakers and sessions are written with the programme's repository
 * (its forms are another part of the plugin); registrations go through the real register route, as people do.
 * The test clock starts on Monday 2 March 2026, 10:00 in Amsterdam.
 */
public final class WebinarsFixture {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final PleinExtension plein;
    private final ProgrammeRepository programme;

    public WebinarsFixture(PleinExtension plein) {
        this.plein = plein;
        this.programme = new ProgrammeRepository(plein.jdbi(), () -> UUID.randomUUID().toString(), plein.clock());
    }

    public ProgrammeRepository programme() {
        return programme;
    }

    /** A week of 9–13 March 2026. */
    public Week week(String theme, boolean published) {
        return programme.createWeek(theme, "Een week over " + theme + ".", LocalDate.of(2026, 3, 9),
                LocalDate.of(2026, 3, 13), published, null);
    }

    public String speaker(String name) {
        return programme.createSpeaker(name, "Vrijwilligershuis Lindeburg", "Werkt met vrijwilligers.",
                SpeakerKind.EXPERT).id();
    }

    /** A one-hour session starting at this local time in Amsterdam. */
    public String session(Week week, String title, LocalDateTime localStart, int capacity, List<String> topics,
                          List<String> speakerIds, String hostPersonId) {
        Instant start = localStart.atZone(AMSTERDAM).toInstant();
        return programme.createSession(week.id(), new SessionDraft(title, "Over " + title + ".", start,
                start.plus(Duration.ofHours(1)), "https://meet.example.org/" + title.hashCode(), capacity, "nl",
                new Session.Accessibility(true, false, false, ""), SessionStatus.PLANNED, hostPersonId, topics,
                speakerIds));
    }

    /** A session on Tuesday 10 March 2026, 14:00–15:00, capacity as given. */
    public String session(Week week, String title, int capacity) {
        return session(week, title, LocalDateTime.of(2026, 3, 10, 14, 0), capacity, List.of("jongeren"), List.of(), null);
    }

    /** A person with an account, signed in. */
    public Browser member(String email, String name) {
        plein.person(email, name);
        return plein.signedIn(email);
    }

    /** A programme organiser with an account, signed in. */
    public Browser organiser(String email, String name) {
        String id = plein.person(email, name);
        plein.platform().people().grant(id, "webinars.organiser");
        return plein.signedIn(email);
    }

    public String personId(String email) {
        return plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM plein_people WHERE email = :email")
                .bind("email", email).mapTo(String.class).one());
    }

    /** Registers through the real route; returns where the person ended up ("registered" or "waiting"). */
    public String register(Browser browser, String sessionId) {
        Browser.Page page = browser.post("/webinars/sessions/" + sessionId + "/register", Map.of());
        assertEquals(303, page.status(), page.body());
        return page.location().endsWith("registered=1") ? "registered" : "waiting";
    }

    public String registrationId(String sessionId, String email) {
        return plein.jdbi().withHandle(h -> h.createQuery("""
                        SELECT id FROM webinars_registrations WHERE session_id = :session AND person_id = :person""")
                .bind("session", sessionId).bind("person", personId(email)).mapTo(String.class).one());
    }

    /** What is stored for the person's attendance: true, false or null. */
    public Boolean attended(String sessionId, String email) {
        return plein.jdbi().withHandle(h -> h.createQuery("""
                        SELECT attended FROM webinars_registrations WHERE session_id = :session AND person_id = :person""")
                .bind("session", sessionId).bind("person", personId(email)).mapTo(Boolean.class).one());
    }

    /**
     * Moves the test clock to this local time in Amsterdam (only forward). Sign-ins idle for more than 8 hours have
     * expired after that: sign in again with {@code plein.signedIn(email)}.
     */
    public void clockAt(LocalDateTime local) {
        Instant target = local.atZone(AMSTERDAM).toInstant();
        plein.clock().advance(Duration.between(plein.clock().instant(), target));
    }

    /** A file to upload. */
    public record Upload(String filename, byte[] content) {
        public static Upload text(String filename, String text) {
            return new Upload(filename, text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Posts a multipart form as a browser does, with the browser's cookies and CSRF token. */
    public Browser.Page postFile(Browser browser, String path, Map<String, String> fields, String fileField,
                                 Upload upload) {
        String boundary = "----plein" + UUID.randomUUID();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putIfAbsent("_csrf", browser.csrfToken());   // a test may send a forged one
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (var field : all.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                        + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                    + (upload == null ? "" : upload.filename()) + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            if (upload != null) body.write(upload.content());
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            String cookies = "plein_csrf=" + browser.csrfToken()
                    + browser.cookie("plein_session").map(s -> "; plein_session=" + s).orElse("");
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + plein.platform().port() + path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Cookie", cookies)
                    .header("Accept-Language", "nl")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new Browser.Page(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int count(String sql, Object... args) {
        return plein.jdbi().withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) query.bind(i, args[i]);
            return query.mapTo(Integer.class).one();
        });
    }
}
