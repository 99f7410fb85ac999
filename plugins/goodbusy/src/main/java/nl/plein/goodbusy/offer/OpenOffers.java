package nl.plein.goodbusy.offer;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** The offer lists of this part: open offers a page at a time, and all offers of a few companies at once. */
final class OpenOffers {

    static final int PAGE_SIZE = 20;

    private final Jdbi jdbi;

    OpenOffers(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Open offers still available on or after today, newest first, one page plus one row (is there a next page?). */
    List<Offer> page(LocalDate today, int page) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM goodbusy_offers WHERE status = 'open' AND available_until >= :today
                        ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset""")
                .bind("today", today.toString()).bind("limit", PAGE_SIZE + 1).bind("offset", (page - 1) * PAGE_SIZE)
                .map((rs, ctx) -> Offers.offer(rs)).list());
    }

    /** The offers of these companies, open first, newest first: one query for all of a coordinator's companies. */
    List<Offer> ofCompanies(Collection<String> companyIds) {
        if (companyIds.isEmpty()) return List.of();
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT * FROM goodbusy_offers WHERE company_id IN (<ids>)
                        ORDER BY CASE status WHEN 'open' THEN 0 WHEN 'paused' THEN 1 ELSE 2 END, created_at DESC, id
                        LIMIT 500""")
                .bindList("ids", List.copyOf(companyIds)).map((rs, ctx) -> Offers.offer(rs)).list());
    }
}
