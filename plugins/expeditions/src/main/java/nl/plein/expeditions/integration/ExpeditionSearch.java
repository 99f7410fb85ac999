package nl.plein.expeditions.integration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.plein.api.hooks.SearchProvider;
import nl.plein.expeditions.leader.LeaderRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * Finds published expeditions (title, region) and listed leaders (name, region). Nothing else of an expedition is
 * public, so nothing else is searched.
 */
public final class ExpeditionSearch implements SearchProvider {

    private final Jdbi jdbi;
    private final LeaderRepository leaders;

    public ExpeditionSearch(Jdbi jdbi, LeaderRepository leaders) {
        this.jdbi = jdbi;
        this.leaders = leaders;
    }

    @Override
    public List<SearchHit> search(SearchQuery query) {
        String pattern = "%" + query.text().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                .replace("_", "!_") + "%";
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
        return hits.stream().limit(query.limit()).toList();
    }
}
