package nl.plein.webinars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.core.testing.TestPlein;
import nl.plein.webinars.programme.ProgrammeRepository;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.programme.SessionDraft;
import nl.plein.webinars.programme.SessionStatus;
import nl.plein.webinars.programme.Speaker;
import nl.plein.webinars.programme.SpeakerKind;
import nl.plein.webinars.programme.Week;

/**
 * The test fixture of the whole webinars plugin. A programme can be set up in two ways:
 * <ul>
 * <li><b>straight through the repository</b> ({@link #week}, {@link #speaker}, {@link #session(Week, String)}): fast,
 * for tests about what happens once a programme exists (registering, calendars, the pages after a session). Nothing
 * is told about it: no reminders are planned, as no organiser pressed a button;</li>
 * <li><b>through the organiser's real forms over HTTP</b> ({@link #forms(Browser)}): for tests of those forms and of
 * what saving them sets in motion (reminders planned, moved or cancelled; news mailed to registrants).</li>
 * </ul>
 * Plus what the tests share: people, registering through the real route, multipart posts with the CSRF token, a PNG,
 * counting rows, reading calendar files, and the clock.
 *
 * <p>The test clock starts on Monday 2 March 2026, 10:00 in Amsterdam (09:00 UTC). A sign-in ends after
 * {@link #SIGN_IN_IDLE} without requests, so a test that moves the clock further than that must sign its browsers in
 * again ({@link #signedIn(String)}) before using them. Works for a {@link PleinExtension} and for a {@link TestPlein} a
 * test starts itself (other settings, a plugin jar); it asks the platform for its database and clock on every call,
 * so it keeps working after {@link TestPlein#restart()}.
 */
public final class WebinarsFixture {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    public static final String ORGANISER_ROLE = "webinars.organiser";
    /** Core's idle timeout of a sign-in ({@code Sessions.IDLE}). */
    public static final Duration SIGN_IN_IDLE = Duration.ofHours(8);
    /** For tests that set {@code PLEIN_BASE_URL}: calendar UIDs end in its host ({@link #event}). */
    public static final String BASE_URL = "http://kennis.plein.test";
    /** Every session's meeting link unless a test chooses one: it must never show where it should not. */
    public static final String JOIN_URL = "https://meet.example.org/geheim-123";
    /** The week {@link #week(String, boolean)} makes: Monday 9 to Friday 13 March 2026, a week from the clock. */
    public static final LocalDate WEEK_STARTS = LocalDate.of(2026, 3, 9);
    public static final LocalDate WEEK_ENDS = LocalDate.of(2026, 3, 13);
    /** When a session starts unless the test says otherwise: Tuesday 10 March 2026, 14:00 in Amsterdam. */
    public static final LocalDateTime SESSION_STARTS = LocalDateTime.of(2026, 3, 10, 14, 0);

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Supplier<TestPlein> platform;
    private final AtomicInteger madeUp = new AtomicInteger();
    private HttpClient http;

    /** For a field beside the extension: the running platform is looked up when the fixture is used, in the test. */
    public WebinarsFixture(PleinExtension plein) {
        this.platform = plein::testPlein;
    }

    public WebinarsFixture(TestPlein plein) {
        this.platform = () -> plein;
    }

    // ---- people

    /** A person with {@link PleinExtension#PASSWORD} who reads Dutch; returns their id. */
    public String person(String email, String name) {
        return person(email, name, "nl");
    }

    public String person(String email, String name, String language) {
        return platform.get().plein().people().createWithHash(email, name, PasswordHash.VALUE, language, true).id();
    }

    /**
     * {@link PleinExtension#PASSWORD} as Argon2id of the least cost, hashed once for everyone the fixture makes.
     * Core's cost (19 MiB, 2 passes) makes each hash and each sign-in take a noticeable fraction of a second on
     * purpose, and no test here is about that. A hash carries its own parameters, so signing in through the real
     * login route still checks the password, only faster.
     */
    private static final class PasswordHash {
        static final String VALUE = Password.hash(PleinExtension.PASSWORD).addRandomSalt(16)
                .with(Argon2Function.getInstance(64, 1, 1, 32, Argon2.ID)).getResult();
    }

    /** A person with an account and no role, signed in. */
    public Browser member(String email, String name) {
        return member(email, name, "nl");
    }

    public Browser member(String email, String name, String language) {
        person(email, name, language);
        return signedIn(email);
    }

    /** A member nobody needs to find again by address. */
    public Browser member() {
        int n = madeUp.incrementAndGet();
        return member("member-" + n + "@webinars.test", "Lid " + n);
    }

    /** A programme organiser (role {@value #ORGANISER_ROLE}), signed in. */
    public Browser organiser(String email, String name) {
        return organiser(email, name, "nl");
    }

    public Browser organiser(String email, String name, String language) {
        platform.get().plein().people().grant(person(email, name, language), ORGANISER_ROLE);
        return signedIn(email);
    }

    public Browser organiser() {
        int n = madeUp.incrementAndGet();
        return organiser("organiser-" + n + "@webinars.test", "Organisator " + n);
    }

    /** A new browser in which the person signs in (again: after the clock moved past {@link #SIGN_IN_IDLE}). */
    public Browser signedIn(String email) {
        Browser browser = platform.get().browser();
        browser.signIn(email, PleinExtension.PASSWORD);
        return browser;
    }

    public String personId(String email) {
        return platform.get().plein().people().byEmail(email).orElseThrow().id();
    }

    // ---- the programme, straight through the repository

    /** The programme's repository over the platform's current database and clock. */
    public ProgrammeRepository programme() {
        return new ProgrammeRepository(platform.get().jdbi(), () -> UUID.randomUUID().toString(), platform.get().clock());
    }

    /** A week of {@link #WEEK_STARTS} to {@link #WEEK_ENDS}. */
    public Week week(String theme, boolean published) {
        return week(theme, published, WEEK_STARTS, WEEK_ENDS);
    }

    public Week week(String theme, boolean published, LocalDate startsOn, LocalDate endsOn) {
        return programme().createWeek(theme, "Een week over " + theme + ".", startsOn, endsOn, published, null);
    }

    /** Publishes the week, or takes it back to a draft, as the organiser's week form does. */
    public Week published(Week week, boolean published) {
        programme().updateWeek(week.id(), week.theme(), week.description(), week.startsOn(), week.endsOn(), published);
        return programme().week(week.id()).orElseThrow();
    }

    /** An expert from "Vrijwilligershuis Lindeburg". */
    public Speaker speaker(String name) {
        return speaker(name, SpeakerKind.EXPERT);
    }

    public Speaker speaker(String name, SpeakerKind kind) {
        return programme().createSpeaker(name, "Vrijwilligershuis Lindeburg", name + " werkt met vrijwilligers.", kind);
    }

    /** A planned session of an hour to describe further; {@link NewSession#create()} stores it. */
    public NewSession session(Week week, String title) {
        return new NewSession(week.id(), title);
    }

    /** The session as stored now. */
    public Session session(String id) {
        return programme().session(id).orElseThrow(() -> new AssertionError("no session " + id));
    }

    /**
     * A session as {@link #session(Week, String)} describes it. Unless changed: {@link #SESSION_STARTS} for an hour, 10
     * places, in Dutch, with captions, no topics, speakers or host, {@link #JOIN_URL}.
     */
    public final class NewSession {
        private final String weekId;
        private final String title;
        private String summary;
        private Instant start = SESSION_STARTS.atZone(AMSTERDAM).toInstant();
        private int capacity = 10;
        private List<String> topics = List.of();
        private List<String> speakerIds = List.of();
        private String hostPersonId;

        private NewSession(String weekId, String title) {
            this.weekId = weekId;
            this.title = title;
            this.summary = "Over " + title + ".";
        }

        /** Starts at this wall-clock time in Amsterdam. */
        public NewSession at(LocalDateTime amsterdam) {
            return at(amsterdam.atZone(AMSTERDAM).toInstant());
        }

        public NewSession at(Instant start) {
            this.start = start;
            return this;
        }

        /** Starts this long after the test clock's now. */
        public NewSession in(Duration fromNow) {
            return at(platform.get().clock().instant().plus(fromNow));
        }

        public NewSession seats(int capacity) {
            this.capacity = capacity;
            return this;
        }

        public NewSession topics(String... topics) {
            this.topics = List.of(topics);
            return this;
        }

        public NewSession speakers(Speaker... speakers) {
            this.speakerIds = List.of(speakers).stream().map(Speaker::id).toList();
            return this;
        }

        /** The person the organiser named as host: they manage this session. */
        public NewSession host(String personId) {
            this.hostPersonId = personId;
            return this;
        }

        public NewSession summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Session create() {
            String id = programme().createSession(weekId, new SessionDraft(title, summary, start,
                    start.plus(Duration.ofHours(1)), JOIN_URL, capacity, "nl",
                    new Session.Accessibility(true, false, false, ""), SessionStatus.PLANNED, hostPersonId, topics,
                    speakerIds));
            return session(id);
        }
    }

    // ---- the programme through the organiser's forms, over HTTP

    /** The organiser's forms, filled in and sent from this (organiser's) browser. */
    public Forms forms(Browser organiser) {
        return new Forms(organiser);
    }

    /**
     * A session form that passes every check: tests change one field at a time. Dates and times as typed, in
     * Amsterdam; topics comma-separated.
     */
    public static SessionInput sessionInput(String title, String date, String start, String end, int capacity,
                                            String topics) {
        return new SessionInput().with("title", title).with("summary", "Wat werkt, en wat *niet*.")
                .with("topics", topics).with("date", date).with("startTime", start).with("endTime", end)
                .with("joinUrl", JOIN_URL).with("capacity", String.valueOf(capacity)).with("language", "nl")
                .with("accessibilityNote", "").with("status", "planned").with("host", "");
    }

    /** A session form for an hour from this wall-clock time in Amsterdam, without topics. */
    public static SessionInput sessionInput(String title, LocalDateTime start, int capacity) {
        return sessionInput(title, start.toLocalDate().toString(), CLOCK_TIME.format(start),
                CLOCK_TIME.format(start.plusHours(1)), capacity, "");
    }

    /** What a session form sends: its fields, and the ticked speakers (one "speakers" field each). */
    public static final class SessionInput {
        public final Map<String, String> fields = new LinkedHashMap<>();
        public final List<String> speakers = new ArrayList<>();

        /** The edit form as it opens for this session: what the organiser sees before changing anything. */
        public static SessionInput of(Session session) {
            ZoneId zone = AMSTERDAM;
            SessionInput input = new SessionInput().with("title", session.title()).with("summary", session.summary())
                    .with("topics", String.join(", ", session.topics()))
                    .with("date", session.startsAt().atZone(zone).toLocalDate().toString())
                    .with("startTime", CLOCK_TIME.format(session.startsAt().atZone(zone)))
                    .with("endTime", CLOCK_TIME.format(session.endsAt().atZone(zone)))
                    .with("joinUrl", session.joinUrl()).with("capacity", String.valueOf(session.capacity()))
                    .with("language", session.language())
                    .with("captions", session.accessibility().captions() ? "yes" : "")
                    .with("signLanguage", session.accessibility().signLanguage() ? "yes" : "")
                    .with("transcript", session.accessibility().transcript() ? "yes" : "")
                    .with("accessibilityNote", session.accessibility().note())
                    .with("status", session.status().code())
                    .with("host", session.hostPersonId() == null ? "" : session.hostPersonId());
            input.speakers.addAll(session.speakers().stream().map(Speaker::id).toList());
            return input;
        }

        public SessionInput with(String field, String value) {
            fields.put(field, value);
            return this;
        }

        public SessionInput speakers(String... ids) {
            speakers.clear();
            speakers.addAll(List.of(ids));
            return this;
        }
    }

    /** The organiser's week, speaker and session forms, sent from one browser; each create asserts it was saved. */
    public final class Forms {
        private final Browser organiser;

        private Forms(Browser organiser) {
            this.organiser = organiser;
        }

        /** A week of 16–20 March 2026; returns its id. */
        public String week(String theme, boolean published) {
            return week(theme, published, "2026-03-16", "2026-03-20");
        }

        public String week(String theme, boolean published, String startsOn, String endsOn) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("theme", theme);
            form.put("description", "Een week over **" + theme + "**.");
            form.put("startsOn", startsOn);
            form.put("endsOn", endsOn);
            if (published) form.put("published", "yes");
            return idAfter(organiser.post("/webinars/weeks", form), "/webinars/weeks/");
        }

        /** A speaker without a photo (a plain form, as a browser sends one without a file); returns the id. */
        public String speaker(String name, String organisation, String kind) {
            Browser.Page created = organiser.post("/webinars/speakers", speakerFields(name, organisation, kind));
            assertEquals(303, created.status(), created.body());
            return speakerId(name);
        }

        /** A speaker with a photo: the form is then multipart. */
        public String speaker(String name, String organisation, String kind, Upload photo) {
            Browser.Page created = postMultipart(organiser, "/webinars/speakers",
                    speakerFields(name, organisation, kind), "photo", photo);
            assertEquals(303, created.status(), created.body());
            return speakerId(name);
        }

        /** Creates the session; returns its id. Saving it plans its reminders. */
        public String session(String weekId, SessionInput input) {
            return idAfter(post("/webinars/weeks/" + weekId + "/sessions", input), "/webinars/sessions/");
        }

        /** Sends the edit form of the session, as it opens, with the start and end moved (same length, same day). */
        public Browser.Page move(String sessionId, LocalDateTime newStart) {
            Session session = WebinarsFixture.this.session(sessionId);
            LocalDateTime newEnd = newStart.plus(Duration.between(session.startsAt(), session.endsAt()));
            return post("/webinars/sessions/" + sessionId + "/edit", SessionInput.of(session)
                    .with("date", newStart.toLocalDate().toString()).with("startTime", CLOCK_TIME.format(newStart))
                    .with("endTime", CLOCK_TIME.format(newEnd)));
        }

        /** Calls the session off (the confirmation page's button). */
        public Browser.Page cancel(String sessionId) {
            return organiser.post("/webinars/sessions/" + sessionId + "/cancel-session", Map.of());
        }

        /** Posts a session form to any path (repeating "speakers" once per speaker), as a browser does. */
        public Browser.Page post(String path, SessionInput input) {
            List<String[]> pairs = new ArrayList<>();
            input.fields.forEach((k, v) -> pairs.add(new String[] {k, v}));
            input.speakers.forEach(id -> pairs.add(new String[] {"speakers", id}));
            pairs.add(new String[] {"_csrf", organiser.csrfToken()});
            String body = pairs.stream().map(p -> URLEncoder.encode(p[0], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(p[1], StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return send(organiser, path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
        }

        private Map<String, String> speakerFields(String name, String organisation, String kind) {
            return Map.of("name", name, "organisation", organisation, "bio",
                    name + " werkt al jaren met vrijwilligers.", "kind", kind);
        }

        private String speakerId(String name) {
            return platform.get().jdbi().withHandle(h -> h.createQuery("SELECT id FROM webinars_speakers WHERE name = :n")
                    .bind("n", name).mapTo(String.class).one());
        }

        /** The id in the address a successful create redirects to. */
        private String idAfter(Browser.Page created, String prefix) {
            assertEquals(303, created.status(), created.body());
            assertTrue(created.location().startsWith(prefix), created.location());
            return created.location().substring(prefix.length(), prefix.length() + 36);
        }
    }

    // ---- registrations

    /** Registers through the real route; returns where the person ended up: "registered" or "waiting". */
    public String register(Browser person, String sessionId) {
        Browser.Page page = person.post("/webinars/sessions/" + sessionId + "/register", Map.of());
        assertEquals(303, page.status(), page.body());
        return page.location().endsWith("registered=1") ? "registered" : "waiting";
    }

    public String register(Browser person, Session session) {
        return register(person, session.id());
    }

    /** The person's registration for the session: "registered", "waiting", "cancelled", or "none". */
    public String registrationStatus(String sessionId, String email) {
        return platform.get().jdbi().withHandle(h -> h.createQuery(
                        "SELECT status FROM webinars_registrations WHERE session_id = :s AND person_id = :p")
                .bind("s", sessionId).bind("p", personId(email)).mapTo(String.class).findOne().orElse("none"));
    }

    public String registrationId(String sessionId, String email) {
        return single("SELECT id FROM webinars_registrations WHERE session_id = ? AND person_id = ?", sessionId,
                personId(email));
    }

    /** What is stored for the person's attendance: true, false or null (not marked). */
    public Boolean attended(String sessionId, String email) {
        return platform.get().jdbi().withHandle(h -> h.createQuery(
                        "SELECT attended FROM webinars_registrations WHERE session_id = :s AND person_id = :p")
                .bind("s", sessionId).bind("p", personId(email)).mapTo(Boolean.class).one());
    }

    // ---- HTTP

    /** A file to upload. */
    public record Upload(String filename, byte[] content) {
        public static Upload text(String filename, String text) {
            return new Upload(filename, text.getBytes(StandardCharsets.UTF_8));
        }

        public static Upload png(String filename) {
            return new Upload(filename, WebinarsFixture.png());
        }
    }

    /**
     * Posts a multipart form as a browser does, with the browser's cookies and its CSRF token (unless the test sends
     * a forged one in {@code fields}). A null upload is a file field left empty: a part without name or bytes.
     */
    public Browser.Page postMultipart(Browser browser, String path, Map<String, String> fields, String fileField,
                                      Upload upload) {
        String boundary = "----plein" + UUID.randomUUID();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.putIfAbsent("_csrf", browser.csrfToken());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var field : all.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + (upload == null ? "" : upload.filename()) + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        if (upload != null) body.writeBytes(upload.content());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(browser, path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    /** A small real PNG, as a camera or phone would give (uploads are typed by their bytes, not their name). */
    public static byte[] png() {
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

    /** Core's Browser posts a map; forms with a repeated field or a file are sent here, with its cookies. */
    private Browser.Page send(Browser browser, String path, String contentType, byte[] body) {
        String cookies = "plein_csrf=" + browser.csrfToken()
                + browser.cookie("plein_session").map(s -> "; plein_session=" + s).orElse("")
                + browser.cookie("plein_lang").map(l -> "; plein_lang=" + l).orElse("");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + platform.get().plein().port() + path))
                .header("Content-Type", contentType).header("Cookie", cookies).header("Accept-Language", "nl")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            if (http == null) http = HttpClient.newHttpClient();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Browser.Page(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Where the text is on the page; fails when it is not there. */
    public static int indexOf(String body, String text) {
        int at = body.indexOf(text);
        assertTrue(at >= 0, "page should contain: " + text);
        return at;
    }

    // ---- the database

    /** The number a counting query gives; {@code ?} placeholders take the arguments in order. */
    public int count(String sql, Object... args) {
        return platform.get().jdbi().withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) query.bind(i, args[i]);
            return query.mapTo(Integer.class).one();
        });
    }

    /**
     * Every session's counters ({@code registered_count}, {@code waiting_count}, what the programme pages show) agree
     * with its registrations.
     */
    public void assertCountersMatchRegistrations() {
        assertEquals(0, count("""
                SELECT COUNT(*) FROM webinars_sessions s
                 WHERE s.registered_count <> (SELECT COUNT(*) FROM webinars_registrations r
                                               WHERE r.session_id = s.id AND r.status = 'registered')
                    OR s.waiting_count <> (SELECT COUNT(*) FROM webinars_registrations r
                                            WHERE r.session_id = s.id AND r.status = 'waiting')"""),
                "sessions whose counters differ from their registrations");
    }

    /** The one value a query gives, as text. */
    public String single(String sql, Object... args) {
        return platform.get().jdbi().withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) query.bind(i, args[i]);
            return query.mapTo(String.class).one();
        });
    }

    // ---- the clock

    /**
     * Moves the test clock forward to this wall-clock time in Amsterdam. Further than {@link #SIGN_IN_IDLE} from the
     * last request, every sign-in has expired: sign in again with {@link #signedIn(String)}.
     */
    public void clockAt(LocalDateTime amsterdam) {
        clockAt(amsterdam.atZone(AMSTERDAM).toInstant());
    }

    public void clockAt(Instant instant) {
        Duration ahead = Duration.between(platform.get().clock().instant(), instant);
        if (ahead.isNegative()) throw new IllegalArgumentException("the test clock only moves forward: " + instant);
        platform.get().clock().advance(ahead);
    }

    // ---- calendar files

    public static Calendar parse(String ics) {
        try {
            return new CalendarBuilder().build(new StringReader(ics));
        } catch (Exception e) {
            throw new AssertionError("not a calendar: " + ics, e);
        }
    }

    public static List<VEvent> events(Calendar calendar) {
        return calendar.getComponents("VEVENT").stream().map(VEvent.class::cast).toList();
    }

    /** The session's event, found by its UID (the session id at the host of {@link #BASE_URL}). */
    public static VEvent event(Calendar calendar, Session session) {
        return events(calendar).stream()
                .filter(e -> e.getUid().orElseThrow().getValue().equals(session.id() + "@kennis.plein.test"))
                .findFirst().orElseThrow(() -> new AssertionError("no event for " + session.title() + " in "
                        + calendar));
    }

    public static String property(VEvent event, String name) {
        return event.getProperty(name).map(p -> p.getValue()).orElseThrow(() -> new AssertionError(
                "no " + name + " in " + event));
    }

    public static Instant start(VEvent event) {
        return Instant.from(event.getDateTimeStart().getDate());
    }
}
