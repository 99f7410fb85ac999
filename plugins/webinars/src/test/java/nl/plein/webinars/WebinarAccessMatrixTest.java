package nl.plein.webinars;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.plein.api.SecretTokens;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.WebinarsFixture.Upload;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.programme.Week;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every route of the plugin, asked by each kind of visitor, for a session of a published week (P) and one of a week
 * that is not published (D, a draft): the organiser (role {@code webinars.organiser}), the host of both sessions, the
 * host of another session, the attendee (a seat in both; after the session marked as attended), someone on both
 * waiting lists, a member without any of that, and an anonymous visitor.
 *
 * <p>303 is "sign in first" (core sends anonymous GETs to {@code /login?next=…}), 403 "not for you" (also core's
 * answer to any anonymous POST), 404 "does not exist for you" (a draft to anyone but organisers, an unknown id),
 * 409 and 422 "understood, but refused" (too early or too late, already registered; a form with mistakes). Posts
 * send an empty form unless a row says otherwise, so a manager gets the form's errors and nothing changes.
 *
 * <p>Rows are asked in the order written, each by every visitor from left to right, so the few rows that change
 * something come where nothing later depends on it. On every row about the draft, nobody but the organiser may get a
 * page that names it.
 */
@OnBothDatabases
class WebinarAccessMatrixTest {

    static final String[] WHO = {"organiser", "host", "other-host", "attendee", "waiting", "member", "anonymous"};

    static final Upload SLIDES = Upload.text("dia.pdf",
            "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    WebinarsFixture fixture = new WebinarsFixture(plein);

    @Test
    void everyRouteAnswersEachKindOfVisitorAsTheRulesSay() {
        // The people. The clock says Monday 2 March 2026, 10:00 in Amsterdam.
        Map<String, Browser> who = new LinkedHashMap<>();
        who.put("organiser", fixture.organiser("organisator@plein.test", "Olga Organisator"));
        String hostId = fixture.person("host@plein.test", "Hanna Host");
        who.put("host", fixture.signedIn("host@plein.test"));
        String otherHostId = fixture.person("ander@plein.test", "Otto Ander");
        who.put("other-host", fixture.signedIn("ander@plein.test"));
        who.put("attendee", fixture.member("anna@plein.test", "Anna Aanwezig"));
        who.put("waiting", fixture.member("wim@plein.test", "Wim Wachter"));
        who.put("member", fixture.member("lid@plein.test", "Lotte Lid"));
        who.put("anonymous", plein.browser());

        // The programme: P and D run today, 14:00–15:00, one place each; O is the other host's; R is only for
        // registering and cancelling, which change who holds a place (so P and D keep theirs for later rows).
        Week week = fixture.week("Jong geleerd", true, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6));
        Week draft = fixture.week("Nog geheim thema", true);   // published until the places are taken, below
        Week other = fixture.week("Ervaring telt", true);
        LocalDateTime today = LocalDateTime.of(2026, 3, 2, 14, 0);
        String speaker = fixture.forms(who.get("organiser")).speaker("Fenna Hoekstra", "Vrijwilligerscentrale Lindeburg",
                "expert", Upload.png("fenna.png"));
        String withoutPhoto = fixture.speaker("Sanne Spreker").id();
        Session p = fixture.session(week, "Jongeren werven").at(today).seats(1).host(hostId).topics("jongeren")
                .speakers(fixture.programme().speaker(speaker).orElseThrow()).create();
        Session o = fixture.session(week, "Ouderen betrekken").at(today.plusDays(1)).host(otherHostId).create();
        Session d = fixture.session(draft, "Geheime sessie").at(today).seats(1).host(hostId).create();
        Session r = fixture.session(other, "Aanmelden en afmelden").seats(1).create();
        for (Session session : List.of(p, d, r)) {
            assertEquals("registered", fixture.register(who.get("attendee"), session));
            assertEquals("waiting", fixture.register(who.get("waiting"), session));
        }
        // The organiser takes D's week back to a draft after people registered: from then on it is the organisers'
        // alone, also for its host and for the people who had registered (their feed and My sessions drop it).
        draft = fixture.published(draft, false);
        String oldToken = feedToken(who.get("attendee"));

        Matrix m = new Matrix(who);
        m.draft(d.id(), d.title());
        m.draft(draft.id(), draft.theme());
        String unknown = "0190b8e4-0000-7000-8000-000000000000";

        // ---- Before the sessions.
        //                                                                 org  host other att  wait memb anon
        m.get("/webinars",                                        null,   200, 200, 200, 200, 200, 200, 200);
        m.get("/webinars/library",                                null,   200, 200, 200, 200, 200, 200, 200);
        m.get("/webinars/my",                                     null,   200, 200, 200, 200, 200, 200, 303);
        m.get("/webinars/calendar",                               null,   200, 200, 200, 200, 200, 200, 303);
        // Makes a first feed address; for the attendee, who has one, it changes nothing.
        m.post("/webinars/calendar/create",                       null,   303, 303, 303, 303, 303, 303, 403);
        // The feed's token is its only key (calendar apps cannot sign in): anyone with it may read it.
        m.get("/webinars/feed/{token}",                oldToken + ".ics", 200, 200, 200, 200, 200, 200, 200);
        m.get("/webinars/feed/{token}",   SecretTokens.newToken() + ".ics", 404, 404, 404, 404, 404, 404, 404);

        m.get("/webinars/weeks/new",                              null,   200, 403, 403, 403, 403, 403, 303);
        m.post("/webinars/weeks",                                 null,   422, 403, 403, 403, 403, 403, 403);
        m.get("/webinars/weeks/{week}",                        week.id(), 200, 200, 200, 200, 200, 200, 200);
        m.get("/webinars/weeks/{week}",         week.id() + "?topic=jongeren", 200, 200, 200, 200, 200, 200, 200);
        m.get("/webinars/weeks/{week}",                       draft.id(), 200, 404, 404, 404, 404, 404, 404);
        for (String w : List.of(week.id(), draft.id())) {
            m.get("/webinars/weeks/{week}/edit",                  w,      200, 403, 403, 403, 403, 403, 303);
            m.post("/webinars/weeks/{week}/edit",                 w,      422, 403, 403, 403, 403, 403, 403);
            m.get("/webinars/weeks/{week}/sessions/new",          w,      200, 403, 403, 403, 403, 403, 303);
            m.post("/webinars/weeks/{week}/sessions",             w,      422, 403, 403, 403, 403, 403, 403);
            m.get("/webinars/weeks/{week}/report",                w,      200, 403, 403, 403, 403, 403, 303);
            m.get("/webinars/weeks/{week}/report.csv",            w,      200, 403, 403, 403, 403, 403, 303);
        }
        m.get("/webinars/weeks/{week}/report",                unknown,    404, 403, 403, 403, 403, 403, 303);

        m.get("/webinars/sessions/{session}",                     p.id(), 200, 200, 200, 200, 200, 200, 200);
        m.get("/webinars/sessions/{session}",                     d.id(), 200, 404, 404, 404, 404, 404, 404);
        m.get("/webinars/sessions/{session}/calendar.ics",        p.id(), 200, 200, 200, 200, 200, 200, 200);
        m.get("/webinars/sessions/{session}/calendar.ics",        d.id(), 200, 404, 404, 404, 404, 404, 404);
        for (String s : List.of(p.id(), d.id())) {
            m.get("/webinars/sessions/{session}/edit",            s,      200, 403, 403, 403, 403, 403, 303);
            m.post("/webinars/sessions/{session}/edit",           s,      422, 403, 403, 403, 403, 403, 403);
            m.get("/webinars/sessions/{session}/cancel-session",  s,      200, 403, 403, 403, 403, 403, 303);
        }
        // Managing: organisers, and the host of that one session. Nothing can be marked or recorded before the start.
        m.get("/webinars/sessions/{session}/manage",              p.id(), 200, 200, 403, 403, 403, 403, 303);
        m.get("/webinars/sessions/{session}/manage",              o.id(), 200, 403, 200, 403, 403, 403, 303);
        m.get("/webinars/sessions/{session}/registrations.csv",   p.id(), 200, 200, 403, 403, 403, 403, 303);
        m.get("/webinars/sessions/{session}/recording",           p.id(), 200, 200, 403, 403, 403, 403, 303);
        m.post("/webinars/sessions/{session}/recording",          p.id(), 409, 409, 403, 403, 403, 403, 403);
        m.post("/webinars/sessions/{session}/attendance",         p.id(), 409, 409, 403, 403, 403, 403, 403);
        m.post("/webinars/sessions/{session}/attendance/import",  p.id(), 409, 409, 403, 403, 403, 403, 403);
        m.post("/webinars/sessions/{session}/message",            p.id(), 422, 422, 403, 403, 403, 403, 403);
        // The host of a draft's session reaches its manager pages although the session itself is 404 to them.
        m.get("/webinars/sessions/{session}/manage",              d.id(), 200, 404, 404, 404, 404, 404, 303);
        m.get("/webinars/sessions/{session}/registrations.csv",   d.id(), 200, 404, 404, 404, 404, 404, 303);
        m.get("/webinars/sessions/{session}/recording",           d.id(), 200, 404, 404, 404, 404, 404, 303);
        m.post("/webinars/sessions/{session}/recording",          d.id(), 409, 404, 404, 404, 404, 404, 403);
        m.post("/webinars/sessions/{session}/attendance",         d.id(), 409, 404, 404, 404, 404, 404, 403);
        m.post("/webinars/sessions/{session}/attendance/import",  d.id(), 409, 404, 404, 404, 404, 404, 403);
        m.post("/webinars/sessions/{session}/message",            d.id(), 422, 404, 404, 404, 404, 404, 403);
        // Evaluating and certificates: not before the end, and only for attendees.
        m.get("/webinars/sessions/{session}/evaluation",          p.id(), 403, 403, 403, 403, 403, 403, 303);
        m.post("/webinars/sessions/{session}/evaluation",         p.id(), 403, 403, 403, 403, 403, 403, 403);
        m.get("/webinars/sessions/{session}/certificate",         p.id(), 403, 403, 403, 403, 403, 403, 303);
        m.get("/webinars/sessions/{session}/evaluation",          d.id(), 403, 404, 404, 404, 404, 404, 303);
        m.post("/webinars/sessions/{session}/evaluation",         d.id(), 403, 404, 404, 404, 404, 404, 403);
        m.get("/webinars/sessions/{session}/certificate",         d.id(), 403, 404, 404, 404, 404, 404, 303);
        // Slides before a recording is published: there are none, for anyone.
        m.get("/webinars/sessions/{session}/slides",              p.id(), 404, 404, 404, 404, 404, 404, 404);
        m.get("/webinars/sessions/{session}/slides",              d.id(), 404, 404, 404, 404, 404, 404, 404);

        m.get("/webinars/sessions/{session}",                    unknown, 404, 404, 404, 404, 404, 404, 404);
        m.get("/webinars/sessions/{session}/calendar.ics",       unknown, 404, 404, 404, 404, 404, 404, 404);
        m.get("/webinars/sessions/{session}/manage",             unknown, 404, 404, 404, 404, 404, 404, 303);
        m.get("/webinars/sessions/{session}/evaluation",         unknown, 404, 404, 404, 404, 404, 404, 303);
        m.get("/webinars/sessions/{session}/certificate",        unknown, 404, 404, 404, 404, 404, 404, 303);
        m.get("/webinars/sessions/{session}/slides",             unknown, 404, 404, 404, 404, 404, 404, 404);
        m.post("/webinars/sessions/{session}/register",          unknown, 404, 404, 404, 404, 404, 404, 403);
        m.post("/webinars/sessions/{session}/cancel",            unknown, 404, 404, 404, 404, 404, 404, 403);

        m.get("/webinars/speakers",                               null,   200, 403, 403, 403, 403, 403, 303);
        m.get("/webinars/speakers/new",                           null,   200, 403, 403, 403, 403, 403, 303);
        m.post("/webinars/speakers",                              null,   422, 403, 403, 403, 403, 403, 403);
        m.get("/webinars/speakers/{speaker}/edit",             speaker,   200, 403, 403, 403, 403, 403, 303);
        m.post("/webinars/speakers/{speaker}/edit",            speaker,   422, 403, 403, 403, 403, 403, 403);
        m.get("/webinars/speakers/{speaker}/photo",            speaker,   200, 200, 200, 200, 200, 200, 200);
        m.get("/webinars/speakers/{speaker}/photo",       withoutPhoto,   404, 404, 404, 404, 404, 404, 404);
        m.get("/webinars/speakers/{speaker}/photo",            unknown,   404, 404, 404, 404, 404, 404, 404);

        // ---- Registering and cancelling, on R (one place: the attendee's; the waiting person is first in line).
        m.post("/webinars/sessions/{session}/register",           r.id(), 303, 303, 303, 409, 409, 303, 403);
        m.post("/webinars/sessions/{session}/cancel",             r.id(), 303, 303, 303, 303, 303, 303, 403);
        m.post("/webinars/sessions/{session}/cancel",             r.id(), 409, 409, 409, 409, 409, 409, 403);
        m.post("/webinars/weeks/{week}/register",             other.id(), 200, 200, 200, 200, 200, 200, 403);
        m.post("/webinars/weeks/{week}/register",             draft.id(), 404, 404, 404, 404, 404, 404, 403);
        // Refused with 404, but the refusal page names the draft session ("Terug naar …").
        m.post("/webinars/sessions/{session}/register",           d.id(), 404, 404, 404, 404, 404, 404, 403);

        // A new feed address: the old one is not found any more, for anyone.
        m.post("/webinars/calendar/reset",                        null,   303, 303, 303, 303, 303, 303, 403);
        m.get("/webinars/feed/{token}",                oldToken + ".ics", 404, 404, 404, 404, 404, 404, 404);

        assertTrue(who.get("host").get("/webinars/sessions/" + p.id() + "/manage").body()
                .contains("Beheer: Jongeren werven"), "the host's own manage page");
        m.assertAsExpected();

        // ---- After the sessions: 15:30 the same day (5.5 hours on: every sign-in is still fresh).
        fixture.clockAt(LocalDateTime.of(2026, 3, 2, 15, 30));
        m.post("/webinars/sessions/{session}/attendance", p.id(), Map.of("present",
                fixture.registrationId(p.id(), "anna@plein.test")), 303, 303, 403, 403, 403, 403, 403);
        m.post("/webinars/sessions/{session}/attendance", d.id(), Map.of("present",
                fixture.registrationId(d.id(), "anna@plein.test")), 303, 404, 404, 404, 404, 404, 403);
        assertEquals(Boolean.TRUE, fixture.attended(p.id(), "anna@plein.test"));
        m.post("/webinars/sessions/{session}/attendance/import",  p.id(), 422, 422, 403, 403, 403, 403, 403);
        m.post("/webinars/sessions/{session}/attendance/import",  d.id(), 422, 404, 404, 404, 404, 404, 403);
        m.post("/webinars/sessions/{session}/recording",          p.id(), 422, 422, 403, 403, 403, 403, 403);
        m.post("/webinars/sessions/{session}/recording",          d.id(), 422, 404, 404, 404, 404, 404, 403);
        m.get("/webinars/sessions/{session}/evaluation",          p.id(), 403, 403, 403, 200, 403, 403, 303);
        m.post("/webinars/sessions/{session}/evaluation",         p.id(), 403, 403, 403, 422, 403, 403, 403);
        m.get("/webinars/sessions/{session}/certificate",         p.id(), 403, 403, 403, 200, 403, 403, 303);
        m.get("/webinars/sessions/{session}/evaluation",          d.id(), 403, 404, 404, 404, 404, 404, 303);
        m.post("/webinars/sessions/{session}/evaluation",         d.id(), 403, 404, 404, 404, 404, 404, 403);
        m.get("/webinars/sessions/{session}/certificate",         d.id(), 403, 404, 404, 404, 404, 404, 303);
        m.post("/webinars/sessions/{session}/register",           p.id(), 409, 409, 409, 409, 409, 409, 403);
        m.post("/webinars/sessions/{session}/cancel",             p.id(), 409, 409, 409, 409, 409, 409, 403);
        // Refused, but with 409 and a page that names the draft session, to anyone.
        m.post("/webinars/sessions/{session}/cancel",             d.id(), 409, 404, 404, 404, 404, 404, 403);

        // The recordings with slides are published: P's slides are anyone's, D's stay the organiser's.
        publishRecording(who.get("host"), p);
        publishRecording(who.get("organiser"), d);
        m.get("/webinars/sessions/{session}/slides",              p.id(), 200, 200, 200, 200, 200, 200, 200);
        m.get("/webinars/sessions/{session}/slides",              d.id(), 200, 404, 404, 404, 404, 404, 404);

        // ---- Last, as it calls the sessions off.
        m.post("/webinars/sessions/{session}/cancel-session",     p.id(), 303, 403, 403, 403, 403, 403, 403);
        m.post("/webinars/sessions/{session}/cancel-session",     d.id(), 303, 403, 403, 403, 403, 403, 403);
        m.assertAsExpected();

        assertEquals(declaredRoutes(), m.asked, "every route of the plugin is in the matrix, and only those");
        // Nobody but the organiser changed the programme: no week, session or speaker was made by the empty forms.
        assertEquals(2, fixture.count("SELECT COUNT(*) FROM webinars_sessions WHERE status = 'cancelled'"));
        assertEquals(4, fixture.count("SELECT COUNT(*) FROM webinars_sessions"));
        assertEquals(3, fixture.count("SELECT COUNT(*) FROM webinars_weeks"));
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM webinars_weeks WHERE published = FALSE"));
        assertEquals(2, fixture.count("SELECT COUNT(*) FROM webinars_speakers"));
    }

    /** Asks every visitor in turn and keeps each answer that differs from what the row expects. */
    private static final class Matrix {
        private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]+}");

        final Set<String> asked = new TreeSet<>();
        private final Map<String, Browser> who;
        private final Map<String, String> drafts = new LinkedHashMap<>();
        private final List<String> wrong = new ArrayList<>();

        Matrix(Map<String, Browser> who) {
            this.who = who;
        }

        /** On rows about this draft (by id), no page for anyone but the organiser may show this text. */
        void draft(String id, String text) {
            drafts.put(id, text);
        }

        void get(String route, String id, int... expected) {
            ask("GET", route, id, Map.of(), expected);
        }

        void post(String route, String id, int... expected) {
            ask("POST", route, id, Map.of(), expected);
        }

        void post(String route, String id, Map<String, String> form, int... expected) {
            ask("POST", route, id, form, expected);
        }

        void assertAsExpected() {
            assertEquals(List.of(), wrong);
        }

        private void ask(String method, String route, String id, Map<String, String> form, int[] expected) {
            if (expected.length != WHO.length) throw new IllegalArgumentException(route + ": one answer per visitor");
            asked.add(method + " " + route);
            String path = id == null ? route : PLACEHOLDER.matcher(route).replaceFirst(Matcher.quoteReplacement(id));
            String draftText = id == null ? null : drafts.get(id.replaceFirst("[?].*", ""));
            for (int i = 0; i < WHO.length; i++) {
                Browser browser = who.get(WHO[i]);
                Browser.Page page = method.equals("GET") ? browser.get(path) : browser.post(path, form);
                String cell = method + " " + route + (id == null ? "" : " [" + id.substring(0, Math.min(8, id.length()))
                        + "…]") + " as " + WHO[i] + ": ";
                if (page.status() != expected[i]) {
                    wrong.add(cell + page.status() + " " + page.location() + ", expected " + expected[i]);
                } else if (page.status() == 303 && method.equals("GET") && WHO[i].equals("anonymous")
                        && !page.location().startsWith("/login?next=%2Fwebinars")) {
                    wrong.add(cell + "sent to " + page.location() + ", expected the sign-in page");
                } else if (draftText != null && !WHO[i].equals("organiser") && page.body().contains(draftText)) {
                    wrong.add(cell + "the page names the draft (" + draftText + ")");
                }
            }
        }
    }

    /** The routes the plugin declares, read from its sources: a new route without a row here fails this test. */
    private static Set<String> declaredRoutes() {
        Pattern route = Pattern.compile("\\.(get|post|put|delete)\\(\\s*\"(/[^\"]*)\",\\s*(?:Web\\w*)?Permissions?\\.");
        Set<String> routes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = route.matcher(Files.readString(file));
                while (m.find()) {
                    routes.add(m.group(1).toUpperCase() + " /webinars" + (m.group(2).equals("/") ? "" : m.group(2)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(routes.size() > 30, "found the routes: " + routes);
        return routes;
    }

    /** The attendee's calendar feed token, as the calendar page shows it after they made it with its button. */
    private static String feedToken(Browser person) {
        assertEquals(303, person.post("/webinars/calendar/create", Map.of()).status());
        Matcher token = Pattern.compile("/webinars/feed/([A-Za-z0-9_-]{43})\\.ics")
                .matcher(person.get("/webinars/calendar").body());
        assertTrue(token.find(), "a feed address");
        return token.group(1);
    }

    private void publishRecording(Browser manager, Session session) {
        Browser.Page published = fixture.postMultipart(manager, "/webinars/sessions/" + session.id() + "/recording",
                Map.of("recordingUrl", "https://video.example.org/" + session.id()), "slides", SLIDES);
        assertEquals(303, published.status(), published.body());
    }
}
