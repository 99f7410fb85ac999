package nl.plein.goodbusy;

import org.jdbi.v3.core.Handle;

/**
 * The change counters of the items matching holds in memory ({@code goodbusy_versions}): every write that changes
 * what matching reads raises its counter in the same transaction, and a reader that finds the counter it loaded at
 * knows its copy is current — also when another instance made the change. Whoever writes these tables directly (the
 * generator) raises them too.
 */
public final class Versions {

    /** Open offers: every insert or update of {@code goodbusy_offers}. */
    public static final String OFFERS = "offers";
    /**
     * Open requests with their organisations' supervision capacity: {@code goodbusy_requests} and
     * {@code goodbusy_organisations}.
     */
    public static final String REQUESTS = "requests";

    private Versions() {
    }

    /** Raises the counter; call inside the transaction of the write. */
    public static void raise(Handle h, String name) {
        h.createUpdate("UPDATE goodbusy_versions SET version = version + 1 WHERE name = :name").bind("name", name)
                .execute();
    }

    public static long read(Handle h, String name) {
        return h.createQuery("SELECT version FROM goodbusy_versions WHERE name = :name").bind("name", name)
                .mapTo(Long.class).findOne().orElse(0L);
    }
}
