package nl.plein.expeditions.integration;

import java.util.ArrayList;
import java.util.List;
import nl.plein.api.hooks.SearchProvider;
import nl.plein.expeditions.leader.LeaderRepository;
import nl.plein.expeditions.progress.PublicExamples;
import org.jdbi.v3.core.Jdbi;

/**
 * Finds published expeditions (title, region), listed leaders (name, region) and the good examples organisations
 * published from their logbooks with consent (what they did, what came of it). Nothing else of an expedition is
 * public, so nothing else is searched.
 */
public final class ExpeditionSearch implements SearchProvider {

    private static final int TITLE_LENGTH = 80;
    private static final int SNIPPET_LENGTH = 200;

    private final Jdbi jdbi;
    private final LeaderRepository leaders;
    private final PublicExamples examples;

    public ExpeditionSearch(Jdbi jdbi, LeaderRepository leaders) {
        this.jdbi = jdbi;
        this.leaders = leaders;
        this.examples = new PublicExamples(jdbi);
    }

    @Override
    public List<SearchHit> search(SearchQuery query) {
        String pattern = nl.plein.api.form.Paging.likeContaining(query.text());
        List<SearchHit> hits = new ArrayList<>(jdbi.withHandle(h -> h.createQuery("SELECT id, title, region, starts_on "
                        + "FROM expeditions_expeditions WHERE published = :yes AND (LOWER(title) LIKE :p ESCAPE '!' "
                        + "OR LOWER(region) LIKE :p ESCAPE '!') ORDER BY starts_on DESC LIMIT :limit")
                .bind("yes", true).bind("p", pattern).bind("limit", query.limit())
                .map((rs, ctx) -> new SearchHit(rs.getString("title"), rs.getString("region") + " · "
                        + rs.getString("starts_on"), "/expeditions/" + rs.getString("id")))
                .list()));
        leaders.search(pattern, query.limit()).forEach(l -> hits.add(new SearchHit(l.displayName(),
                l.region() + " (" + l.province() + ")", "/expeditions/leaders?province="
                + java.net.URLEncoder.encode(l.province(), java.nio.charset.StandardCharsets.UTF_8) + "#leader-" + l.personId())));
        examples.search(pattern, query.limit()).forEach(e -> hits.add(new SearchHit(plain(e.action(), TITLE_LENGTH),
                plain(e.result() == null ? e.reflection() : e.result(), SNIPPET_LENGTH),
                "/expeditions/examples#example-" + e.id())));
        return hits.stream().limit(query.limit()).toList();
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
