package nl.plein.webinars.integration;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import nl.plein.api.Messages;
import nl.plein.api.form.Paging;
import nl.plein.api.hooks.SearchProvider;
import org.jdbi.v3.core.Jdbi;

/**
 * Finds weeks (theme, description) and sessions (title, summary, topic, speaker name, the week's theme) of published
 * weeks. A week that is not published is a draft, also for organisers: search never shows it, they find drafts in
 * their own overview.
 */
public final class WebinarSearch implements SearchProvider {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final int SNIPPET_TEXT = 160;

    private final Jdbi jdbi;
    private final Messages messages;
    private final Clock clock;

    public WebinarSearch(Jdbi jdbi, Messages messages, Clock clock) {
        this.jdbi = jdbi;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<SearchHit> search(SearchQuery query) {
        String pattern = Paging.likeContaining(query.text());
        Locale locale = query.visitor().locale();
        List<SearchHit> hits = new ArrayList<>(weeks(pattern, query.limit(), locale));
        if (hits.size() < query.limit()) hits.addAll(sessions(pattern, query.limit() - hits.size(), locale));
        return hits;
    }

    private List<SearchHit> weeks(String pattern, int limit, Locale locale) {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT id, theme, description, starts_on, ends_on FROM webinars_weeks
                         WHERE published = :yes
                           AND (LOWER(theme) LIKE :p ESCAPE '!' OR LOWER(description) LIKE :p ESCAPE '!')
                         ORDER BY starts_on DESC, id LIMIT :limit""")
                .bind("yes", true).bind("p", pattern).bind("limit", limit)
                .map((rs, ctx) -> new SearchHit(rs.getString("theme"),
                        snippet(date.format(LocalDate.parse(rs.getString("starts_on"))) + " – "
                                + date.format(LocalDate.parse(rs.getString("ends_on"))), rs.getString("description")),
                        "/webinars/weeks/" + rs.getString("id")))
                .list());
    }

    /**
     * Sessions still to come first (soonest first), then past ones (latest first), so a search for a topic shows
     * what one can still register for before the recordings.
     */
    private List<SearchHit> sessions(String pattern, int limit, Locale locale) {
        DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale);
        Instant now = clock.instant();
        return jdbi.withHandle(h -> {
            List<Found> found = h.createQuery("""
                            SELECT s.id, s.title, s.summary, s.starts_at, s.status, w.theme
                              FROM webinars_sessions s JOIN webinars_weeks w ON w.id = s.week_id
                             WHERE w.published = :yes
                               AND (LOWER(s.title) LIKE :p ESCAPE '!' OR LOWER(s.summary) LIKE :p ESCAPE '!'
                                    OR LOWER(w.theme) LIKE :p ESCAPE '!'
                                    OR EXISTS (SELECT 1 FROM webinars_session_topics t
                                                WHERE t.session_id = s.id AND LOWER(t.topic) LIKE :p ESCAPE '!')
                                    OR EXISTS (SELECT 1 FROM webinars_session_speakers ss
                                                 JOIN webinars_speakers sp ON sp.id = ss.speaker_id
                                                WHERE ss.session_id = s.id AND LOWER(sp.name) LIKE :p ESCAPE '!'))
                             ORDER BY CASE WHEN s.ends_at > :now THEN 0 ELSE 1 END,
                                      CASE WHEN s.ends_at > :now THEN s.starts_at ELSE -s.starts_at END, s.id
                             LIMIT :limit""")
                    .bind("yes", true).bind("p", pattern).bind("now", now).bind("limit", limit)
                    .map((rs, ctx) -> new Found(rs.getString("id"), rs.getString("title"), rs.getString("summary"),
                            Instant.ofEpochMilli(rs.getLong("starts_at")), rs.getString("status"), rs.getString("theme")))
                    .list();
            Map<String, List<String>> speakers = new HashMap<>();
            if (!found.isEmpty()) {
                h.createQuery("""
                                SELECT ss.session_id, sp.name FROM webinars_session_speakers ss
                                  JOIN webinars_speakers sp ON sp.id = ss.speaker_id
                                 WHERE ss.session_id IN (<ids>) ORDER BY ss.position""")
                        .bindList("ids", found.stream().map(Found::id).toList())
                        .map((rs, ctx) -> Map.entry(rs.getString("session_id"), rs.getString("name")))
                        .forEach(e -> speakers.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            }
            return found.stream().map(s -> {
                StringJoiner facts = new StringJoiner(" · ");
                facts.add(when.format(s.startsAt().atZone(AMSTERDAM)));
                if (!"planned".equals(s.status())) facts.add(messages.get(locale, "webinars.status." + s.status()));
                if (speakers.containsKey(s.id())) facts.add(String.join(", ", speakers.get(s.id())));
                facts.add(s.theme());
                return new SearchHit(s.title(), snippet(facts.toString(), s.summary()), "/webinars/sessions/" + s.id());
            }).toList();
        });
    }

    private record Found(String id, String title, String summary, Instant startsAt, String status, String theme) {
    }

    private static String snippet(String facts, String text) {
        String plain = plain(text, SNIPPET_TEXT);
        return plain.isEmpty() ? facts : facts + " — " + plain;
    }

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
