package nl.plein.networks.integration;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.plein.api.Messages;
import nl.plein.api.Visitor;
import nl.plein.api.form.Paging;
import nl.plein.api.hooks.SearchProvider;
import nl.plein.networks.SearchIndex;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Finds thread titles, post bodies and document titles through core's full-text index (by whole words and their
 * beginnings, best first), meeting titles and trajectories (municipality, theme: short texts) with LIKE — only in
 * spaces the searcher may read, decided inside each statement so nothing else is ever loaded:
 * <ul>
 *   <li>an open space: anyone, also without an account;</li>
 *   <li>a members-only or secret space: its members, chair and coordinators — not a guest, not an administrator who
 *   is not in it (the same rule as {@link nl.plein.networks.space.Standing#mayRead()});</li>
 *   <li>a guest finds the one meeting they are invited to, nothing else of the space;</li>
 *   <li>documents for coordinators only and drafts: only the space's coordinators.</li>
 * </ul>
 * The index knows no spaces: it hands over the best {@value #CANDIDATES} ids of a kind from every space, and the
 * statement keeps those the searcher may read, in the index's order. Removed posts stay out. One bounded statement
 * per kind, each with what is left of the limit.
 */
final class NetworksSearch implements SearchProvider {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final int SNIPPET_TEXT = 160;
    /** Core asks for a small page of hits; a bound of our own keeps the statements small whatever it asks. */
    private static final int MAX_HITS = 50;
    /**
     * Ids asked of the index per kind: many more than are shown, as most may be in spaces the searcher does not read.
     * Hits beyond them, in a network with many hidden matches, are not found; a more precise search finds them.
     */
    static final int CANDIDATES = 300;

    /** The space {@code s} is readable by {@code :person} ('' for an anonymous searcher, who is in no space). */
    private static final String READABLE = """
            (s.visibility = 'open' OR EXISTS (SELECT 1 FROM networks_members rm WHERE rm.space_id = s.id
                AND rm.person_id = :person AND rm.role IN ('member', 'chair', 'coordinator')))""";
    private static final String COORDINATES = """
            EXISTS (SELECT 1 FROM networks_members cm WHERE cm.space_id = s.id AND cm.person_id = :person
                AND cm.role = 'coordinator')""";

    private final Jdbi jdbi;
    private final Messages messages;
    private final SearchIndex index;

    NetworksSearch(Jdbi jdbi, Messages messages, SearchIndex index) {
        this.jdbi = jdbi;
        this.messages = messages;
        this.index = index;
    }

    /** What a statement found, before it is worded for the visitor. */
    private record Found(String url, String title, String kindKey, String space, String facts, String text) {
    }

    /** A row of a statement, with the id the index knows it by. */
    private record Row(String id, Found found) {
    }

    @Override
    public List<SearchHit> search(SearchQuery query) {
        String text = query.text() == null ? "" : query.text().strip();
        int limit = Math.max(0, Math.min(query.limit(), MAX_HITS));
        if (text.isEmpty() || limit == 0) return List.of();
        Visitor visitor = query.visitor();
        String person = visitor.signedIn() ? visitor.personId() : "";
        String pattern = Paging.likeContaining(text);
        Locale locale = visitor.locale();
        // Several posts of one thread lead to the same page: one hit per link.
        Map<String, Found> found = new LinkedHashMap<>();
        jdbi.useHandle(h -> {
            for (Part part : PARTS) {
                int left = limit - found.size();
                if (left <= 0) break;
                List<String> ids = part.indexed() ? index.find(part.indexKind(), text, CANDIDATES) : List.of();
                if (part.indexed() && ids.isEmpty()) continue;
                Query statement = h.createQuery(part.sql()).define("readable", READABLE)
                        .define("coordinates", COORDINATES).bind("person", person);
                if (part.indexed()) statement.bindList("ids", ids);
                else statement.bind("p", pattern).bind("limit", left);
                List<Row> rows = new ArrayList<>(statement.map((rs, ctx) -> new Row(rs.getString("id"),
                        found(rs.getString("kind"), rs.getString("space_id"), rs.getString("id"),
                                rs.getString("parent_id"), rs.getString("title"), rs.getString("space_name"),
                                rs.getString("facts"), rs.getLong("moment"), rs.getString("found_text"), locale)))
                        .list());
                if (part.indexed()) {
                    Map<String, Integer> rank = new HashMap<>();
                    for (int i = 0; i < ids.size(); i++) rank.put(ids.get(i), i);
                    rows.sort(Comparator.comparing(row -> rank.get(row.id())));
                }
                rows.stream().limit(left).forEach(row -> found.putIfAbsent(row.found().url(), row.found()));
            }
        });
        List<SearchHit> hits = new ArrayList<>();
        for (Found f : found.values()) {
            if (hits.size() >= limit) break;
            String facts = messages.get(locale, f.kindKey()) + " · " + f.space()
                    + (f.facts().isEmpty() ? "" : " · " + f.facts());
            String plain = plain(f.text(), SNIPPET_TEXT);
            hits.add(new SearchHit(f.title(), plain.isEmpty() ? facts : facts + " — " + plain, f.url()));
        }
        return hits;
    }

    private Found found(String kind, String spaceId, String id, String parentId, String title, String space,
                        String facts, long at, String text, Locale locale) {
        String base = "/networks/spaces/" + spaceId;
        return switch (kind) {
            case "post" -> new Found(base + "/threads/" + parentId, title, "networks.integration.search.post", space,
                    "", text);
            case "document" -> new Found(base + "/documents/" + id, title, "networks.integration.search.document",
                    space, "", "");
            case "meeting" -> new Found(base + "/meetings/" + id, title, "networks.integration.search.meeting", space,
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(locale)
                            .format(Instant.ofEpochMilli(at).atZone(AMSTERDAM)), "");
            case "trajectory" -> new Found(base + "/trajectories/" + id, title,
                    "networks.integration.search.trajectory", space,
                    facts + " · " + messages.get(locale, "networks.trajectory.status." + text), "");
            default -> new Found(base + "/threads/" + id, title, "networks.integration.search.thread", space, "", "");
        };
    }

    /**
     * One statement: over the index's ids of a kind ({@code <ids>}, ordered afterwards by the index's rank), or over a
     * LIKE pattern ({@code :p}, ordered and limited in SQL).
     */
    private record Part(String indexKind, String sql) {
        boolean indexed() {
            return indexKind != null;
        }
    }

    /**
     * The statements, in the order their hits are shown; each returns the same columns: kind, space_id, id,
     * parent_id, title, space_name, facts, moment, found_text. {@code <readable>} and {@code <coordinates>} are our
     * own conditions above, filled in by Jdbi's {@code define}.
     */
    private static final List<Part> PARTS = List.of(new Part(SearchIndex.THREAD, """
            SELECT 'thread' AS kind, t.space_id, t.id, NULL AS parent_id, t.title, s.name AS space_name,
                   '' AS facts, t.last_post_at AS moment, '' AS found_text
              FROM networks_threads t JOIN networks_spaces s ON s.id = t.space_id
             WHERE t.id IN (<ids>) AND <readable>"""), new Part(SearchIndex.DOCUMENT, """
            SELECT 'document' AS kind, d.space_id, d.id, NULL AS parent_id, d.title, s.name AS space_name,
                   '' AS facts, d.updated_at AS moment, '' AS found_text
              FROM networks_documents d JOIN networks_spaces s ON s.id = d.space_id
             WHERE d.id IN (<ids>) AND <readable>
               AND (d.access = 'members' OR (d.access IN ('coordinators', 'draft') AND <coordinates>))"""),
            new Part(null, """
            SELECT 'meeting' AS kind, mt.space_id, mt.id, NULL AS parent_id, mt.title, s.name AS space_name,
                   '' AS facts, mt.starts_at AS moment, '' AS found_text
              FROM networks_meetings mt JOIN networks_spaces s ON s.id = mt.space_id
             WHERE LOWER(mt.title) LIKE :p ESCAPE '!'
               AND (<readable>
                    OR EXISTS (SELECT 1 FROM networks_members g WHERE g.space_id = s.id AND g.person_id = :person
                                AND g.role = 'guest' AND g.guest_meeting_id = mt.id))
             ORDER BY mt.starts_at DESC, mt.id LIMIT :limit"""), new Part(null, """
            SELECT 'trajectory' AS kind, tr.space_id, tr.id, NULL AS parent_id,
                   tr.municipality || ': ' || tr.theme AS title, s.name AS space_name, tr.province AS facts,
                   tr.updated_at AS moment, tr.status AS found_text
              FROM networks_trajectories tr JOIN networks_spaces s ON s.id = tr.space_id
             WHERE s.kind = 'programme'
               AND (LOWER(tr.municipality) LIKE :p ESCAPE '!' OR LOWER(tr.theme) LIKE :p ESCAPE '!')
               AND <readable>
             ORDER BY LOWER(tr.municipality), tr.id LIMIT :limit"""), new Part(SearchIndex.POST, """
            SELECT 'post' AS kind, p.space_id, p.id, p.thread_id AS parent_id, t.title, s.name AS space_name,
                   '' AS facts, p.created_at AS moment, p.body AS found_text
              FROM networks_posts p
              JOIN networks_threads t ON t.id = p.thread_id AND t.space_id = p.space_id
              JOIN networks_spaces s ON s.id = p.space_id
             WHERE p.id IN (<ids>) AND p.deleted_at IS NULL AND <readable>"""));

    /** Markdown as a short plain text on one line: link targets and emphasis marks left out, cut at a word. */
    static String plain(String markdown, int max) {
        if (markdown == null) return "";
        String text = markdown.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("[*_`#>]+", "")
                .replaceAll("\\s+", " ").strip();
        if (text.length() <= max) return text;
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }
}
