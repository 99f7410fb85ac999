package nl.plein.networks.integration;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.plein.core.testing.Browser;
import org.jdbi.v3.core.Jdbi;

/**
 * Every page of the demo, from its rows: each space's parts, each thread, post form, document with its files, meeting
 * with its minutes and calendar file, action and trajectory — for {@link NetworksDemoDataTest}, which opens them as
 * each demo account and wants no server error anywhere, and every link in "what changed since your last visit" to
 * open for the person it is shown to.
 */
final class NetworksDemoWalk {

    private static final Pattern HREF = Pattern.compile("href=\"(/networks/[^\"#]*)");

    private final Jdbi jdbi;

    NetworksDemoWalk(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The paths of every networks page and file the demo holds. */
    List<String> paths() {
        Set<String> paths = new LinkedHashSet<>(List.of("/", "/networks", "/networks/calendar",
                "/search?q=netwerk", "/search?q=manifest", "/search?q=lindeburg", "/search?q=vrijwilligers"));
        for (String space : ids("SELECT id FROM networks_spaces ORDER BY id")) {
            String base = "/networks/spaces/" + space;
            for (String part : List.of("", "/edit", "/members", "/threads", "/threads/new", "/documents",
                    "/documents/new", "/meetings", "/meetings/new", "/actions", "/actions?filter=mine",
                    "/actions?filter=done", "/decisions", "/trajectories", "/trajectories/new", "/reports",
                    "/notifications")) {
                paths.add(base + part);
            }
        }
        rows("SELECT space_id, id FROM networks_folders", r -> "/networks/spaces/" + r[0] + "/documents?folder=" + r[1],
                paths);
        rows("SELECT space_id, id FROM networks_threads", r -> "/networks/spaces/" + r[0] + "/threads/" + r[1], paths);
        for (String[] r : table("SELECT space_id, thread_id, id FROM networks_posts")) {
            String post = "/networks/spaces/" + r[0] + "/threads/" + r[1] + "/posts/" + r[2];
            paths.add(post + "/edit");
            paths.add(post + "/report");
        }
        for (String[] r : table("SELECT space_id, id FROM networks_documents")) {
            String document = "/networks/spaces/" + r[0] + "/documents/" + r[1];
            paths.add(document);
            paths.add(document + "/file");
        }
        rows("""
                SELECT d.space_id, d.id, v.version FROM networks_document_versions v
                  JOIN networks_documents d ON d.id = v.document_id""",
                r -> "/networks/spaces/" + r[0] + "/documents/" + r[1] + "/versions/" + r[2] + "/file", paths);
        for (String[] r : table("SELECT space_id, id FROM networks_meetings")) {
            String meeting = "/networks/spaces/" + r[0] + "/meetings/" + r[1];
            for (String part : List.of("", "/edit", "/minutes", "/calendar.ics")) paths.add(meeting + part);
        }
        rows("SELECT space_id, id FROM networks_actions",
                r -> "/networks/spaces/" + r[0] + "/actions/" + r[1] + "/edit", paths);
        for (String[] r : table("SELECT space_id, id FROM networks_trajectories")) {
            String trajectory = "/networks/spaces/" + r[0] + "/trajectories/" + r[1];
            paths.add(trajectory);
            paths.add(trajectory + "/edit");
        }
        return new ArrayList<>(paths);
    }

    /**
     * What a person might type, or a page be sent, that a form or a link does not expect. A NUL character core
     * refuses before any page (PostgreSQL refuses it in text), so the other odd characters also come without one.
     */
    static final List<String> ODD = List.of(" ", "-1", "99999999999999999999", "2026-02-30", "25:61",
            "<script>%_!../", "<script>%_!../\u0000", "x".repeat(5000), "00000000-0000-0000-0000-000000000000");

    /** Every field name the networks forms send. */
    static final List<String> FIELDS = List.of("access", "action", "answer", "attended", "confirm", "decision",
            "direction", "folder", "kind", "meeting", "mode", "organisation", "parent", "return", "revision", "role",
            "status", "visibility", "agendaDescription", "agendaTitle", "body", "comment", "date", "deadlineDate",
            "deadlineTime", "decidedOn", "description", "dueOn", "email", "endTime", "folderName", "guestEmail",
            "message", "municipality", "name", "note", "onlineUrl", "partners", "place", "reason", "startTime", "text",
            "theme", "title", "province", "lead", "officer", "owner");

    /**
     * The form posts of the demo's first rows of each kind (those that only take someone out, or make a secret
     * link, are left out: they change who is where for the rest of the walk).
     */
    List<String> formPosts() {
        List<String> posts = new ArrayList<>();
        posts.add("/networks/spaces/new");
        posts.add("/networks/calendar");
        posts.add("/networks/invitations/" + "x".repeat(43));
        for (String space : ids("SELECT id FROM networks_spaces ORDER BY id")) {
            String base = "/networks/spaces/" + space;
            for (String part : List.of("/edit", "/join", "/invitations", "/folders", "/documents", "/threads",
                    "/meetings", "/actions", "/decisions", "/trajectories", "/notifications",
                    "/join-requests/nope/approve", "/members/nope/role", "/reports/nope/handled",
                    "/folders/nope/rename", "/documents/nope/versions", "/threads/nope/posts",
                    "/meetings/nope/agenda", "/actions/nope/status", "/trajectories/nope/notes")) {
                posts.add(base + part);
            }
        }
        first("SELECT space_id, id FROM networks_folders", r -> {
            posts.add("/networks/spaces/" + r[0] + "/folders/" + r[1] + "/rename");
            posts.add("/networks/spaces/" + r[0] + "/folders/" + r[1] + "/delete");
        });
        first("SELECT space_id, id FROM networks_documents WHERE version > 1", r -> {
            String document = "/networks/spaces/" + r[0] + "/documents/" + r[1];
            for (String part : List.of("/versions", "/versions/1/restore", "/versions/0/restore",
                    "/versions/abc/restore", "/access", "/delete")) {
                posts.add(document + part);
            }
        });
        first("SELECT space_id, thread_id, id FROM networks_posts", r -> {
            String thread = "/networks/spaces/" + r[0] + "/threads/" + r[1];
            for (String part : List.of("/posts", "/pin", "/unpin", "/follow", "/unfollow", "/posts/" + r[2] + "/edit",
                    "/posts/" + r[2] + "/report", "/posts/nope/edit")) {
                posts.add(thread + part);
            }
        });
        first("""
                SELECT m.space_id, m.id, a.id FROM networks_meetings m JOIN networks_agenda_items a ON a.meeting_id = m.id
                 ORDER BY m.starts_at DESC""", r -> {
            String meeting = "/networks/spaces/" + r[0] + "/meetings/" + r[1];
            for (String part : List.of("/edit", "/agenda", "/agenda/" + r[2] + "/status", "/agenda/" + r[2] + "/move",
                    "/agenda/nope/move", "/rsvp", "/attendance", "/guests", "/minutes", "/minutes/comments",
                    "/minutes/approve", "/cancel")) {
                posts.add(meeting + part);
            }
        });
        first("SELECT space_id, id FROM networks_actions", r -> {
            posts.add("/networks/spaces/" + r[0] + "/actions/" + r[1] + "/edit");
            posts.add("/networks/spaces/" + r[0] + "/actions/" + r[1] + "/status");
        });
        first("SELECT space_id, id FROM networks_trajectories", r -> {
            posts.add("/networks/spaces/" + r[0] + "/trajectories/" + r[1] + "/edit");
            posts.add("/networks/spaces/" + r[0] + "/trajectories/" + r[1] + "/notes");
        });
        return posts;
    }

    /** Links with what a person could type into the address bar or its query. */
    List<String> oddLinks() {
        List<String> links = new ArrayList<>();
        List<String> odd = List.of("-1", "abc", "99999999999", "%25", "..", "x".repeat(300),
                "00000000-0000-0000-0000-000000000000");
        for (String space : ids("SELECT id FROM networks_spaces ORDER BY id")) {
            String base = "/networks/spaces/" + space;
            for (String value : odd) {
                for (String part : List.of("/threads/", "/documents/", "/meetings/", "/trajectories/",
                        "/actions/")) {
                    links.add(base + part + value);
                }
                for (String query : List.of("/threads?page=", "/documents?folder=", "/documents?page=",
                        "/meetings?year=", "/actions?filter=", "/trajectories?province=", "/trajectories?status=",
                        "/trajectories?text=", "/trajectories?page=", "/documents/new?meeting=",
                        "/documents/new?folder=", "/documents/new?return=", "/actions?meeting=")) {
                    links.add(base + query + value);
                }
            }
        }
        first("SELECT d.space_id, d.id FROM networks_documents d", r -> {
            for (String version : List.of("0", "-1", "abc", "99999999999", "3")) {
                links.add("/networks/spaces/" + r[0] + "/documents/" + r[1] + "/versions/" + version + "/file");
            }
        });
        first("SELECT space_id, thread_id FROM networks_posts", r -> {
            for (String page : List.of("0", "-1", "abc", "99999999999", "999999")) {
                links.add("/networks/spaces/" + r[0] + "/threads/" + r[1] + "?page=" + page);
            }
            links.add("/networks/spaces/" + r[0] + "/threads/" + r[1] + "/posts/nope/edit");
            links.add("/networks/spaces/" + r[0] + "/threads/" + r[1] + "/posts/nope/report");
        });
        for (String value : odd) {
            links.add("/networks/invitations/" + value);
            links.add("/networks/feed/" + value);
            links.add("/networks/feed/" + value + ".ics");
            links.add("/search?q=" + value);
        }
        return links;
    }

    /** Posts every form with every field set to each odd value; returns the answers that were server errors. */
    List<String> serverErrorsOnPost(Browser browser, List<String> paths) {
        List<String> failed = new ArrayList<>();
        for (String path : paths) {
            for (String value : ODD) {
                Map<String, String> form = new java.util.LinkedHashMap<>();
                for (String field : FIELDS) form.put(field, value);
                int status = browser.post(path, form).status();
                if (status >= 500) failed.add(status + " POST " + path + " with '" + abbreviated(value) + "'");
            }
            int status = browser.post(path, Map.of()).status();
            if (status >= 500) failed.add(status + " POST " + path + " with nothing");
        }
        return failed;
    }

    private static String abbreviated(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "…(" + value.length() + ")" : value;
    }

    private void first(String sql, java.util.function.Consumer<String[]> use) {
        table(sql).stream().findFirst().ifPresent(use);
    }

    /** Opens every path; returns those that answered with a server error. */
    List<String> serverErrors(Browser browser, List<String> paths) {
        List<String> failed = new ArrayList<>();
        for (String path : paths) {
            int status = browser.get(path).status();
            if (status >= 500) failed.add(status + " " + path);
        }
        return failed;
    }

    /** The links of the "what changed since your last visit" list of a space's front page. */
    static List<String> activityLinks(String frontPage) {
        int start = frontPage.indexOf("aria-labelledby=\"activity-title\"");
        if (start < 0) return List.of();
        String section = frontPage.substring(start, frontPage.indexOf("</section>", start));
        List<String> links = new ArrayList<>();
        Matcher matcher = HREF.matcher(section);
        while (matcher.find()) links.add(matcher.group(1).replace("&amp;", "&"));
        return links;
    }

    /** Every activity link each space's front page shows to the browser opens for them (200). */
    void assertActivityLinksOpen(Browser browser, String who, boolean someExpected) {
        List<String> broken = new ArrayList<>();
        int links = 0;
        for (String space : ids("SELECT id FROM networks_spaces ORDER BY id")) {
            String front = browser.get("/networks/spaces/" + space).body();
            for (String link : activityLinks(front)) {
                links++;
                int status = browser.get(link).status();
                if (status != 200) broken.add(status + " " + link);
            }
        }
        assertTrue(broken.isEmpty(), who + ": activity links that do not open:\n" + String.join("\n", broken));
        assertTrue(links > 0 || !someExpected, who + " sees what changed since their last visit");
    }

    private List<String> ids(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
    }

    private List<String[]> table(String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).map((rs, ctx) -> {
            int columns = rs.getMetaData().getColumnCount();
            String[] row = new String[columns];
            for (int i = 0; i < columns; i++) row[i] = rs.getString(i + 1);
            return row;
        }).list());
    }

    private void rows(String sql, java.util.function.Function<String[], String> path, Set<String> into) {
        for (String[] row : table(sql)) into.add(path.apply(row));
    }

    /** For messages: the first few failures, one per line. */
    static String list(Map<String, List<String>> failures) {
        StringBuilder text = new StringBuilder();
        failures.forEach((who, failed) -> failed.stream().limit(20).forEach(f -> text.append(who).append(": ")
                .append(f).append('\n')));
        return text.toString();
    }
}
