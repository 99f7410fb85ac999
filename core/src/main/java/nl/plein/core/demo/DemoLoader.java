package nl.plein.core.demo;

import java.time.Clock;
import java.util.List;
import nl.plein.api.Role;
import nl.plein.api.hooks.DemoData;
import nl.plein.core.account.Passwords;
import nl.plein.core.account.People;
import nl.plein.core.plugin.InstalledPlugin;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads demo content once per owner: core's demo accounts, then each plugin's {@link DemoData}. The accounts and
 * their password are documented in the README; they exist only when the operator asks for demo data.
 */
public final class DemoLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    /** Every demo account shares this password; README lists the accounts. */
    public static final String DEMO_PASSWORD = "plein-demo-2026";
    public static final String DEMO_ADMIN = "beheerder@demo.plein.nl";
    public static final String DEMO_MEMBER = "deelnemer@demo.plein.nl";

    private final Jdbi jdbi;
    private final People people;
    private final Clock clock;

    public DemoLoader(Jdbi jdbi, People people, Clock clock) {
        this.jdbi = jdbi;
        this.people = people;
        this.clock = clock;
    }

    public void load(List<InstalledPlugin> plugins) {
        loadOnce("core", () -> {
            String hash = Passwords.hash(DEMO_PASSWORD);
            var admin = people.createWithHash(DEMO_ADMIN, "Bram Beheerder", hash, "nl", true);
            people.grant(admin.id(), Role.ADMINISTRATOR);
            people.createWithHash(DEMO_MEMBER, "Dewi Deelnemer", hash, "nl", true);
        });
        for (InstalledPlugin plugin : plugins) {
            for (DemoData demo : plugin.demoData()) loadOnce(plugin.id(), demo);
        }
    }

    private void loadOnce(String owner, DemoData demo) {
        boolean loaded = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM plein_demo_runs WHERE owner = :owner")
                .bind("owner", owner).mapTo(Integer.class).one()) > 0;
        if (loaded) return;
        try {
            demo.load();
            jdbi.useHandle(h -> h.createUpdate("""
                    INSERT INTO plein_demo_runs (owner, loaded_at) VALUES (:owner, :now)
                    ON CONFLICT (owner) DO NOTHING
                    """).bind("owner", owner).bind("now", clock.instant()).execute());
            log.info("demo data loaded owner={}", owner);
        } catch (Exception e) {
            log.error("demo data failed owner={}", owner, e);
        }
    }
}
