package nl.plein.core.demo;

import java.time.Clock;
import java.util.List;
import nl.plein.api.Messages;
import nl.plein.api.Role;
import nl.plein.api.hooks.DemoData;
import nl.plein.core.account.Passwords;
import nl.plein.core.account.People;
import nl.plein.core.i18n.MessageBundles;
import nl.plein.core.organisation.Membership;
import nl.plein.core.organisation.OrganisationForm;
import nl.plein.core.organisation.OrganisationKind;
import nl.plein.core.organisation.Organisations;
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
    public static final String DEMO_COORDINATOR = "coordinator@demo.plein.nl";

    private final Jdbi jdbi;
    private final People people;
    private final Organisations organisations;
    private final Messages messages;
    private final Clock clock;
    private String hash;

    public DemoLoader(Jdbi jdbi, People people, Organisations organisations, Messages messages, Clock clock) {
        this.jdbi = jdbi;
        this.people = people;
        this.organisations = organisations;
        this.messages = messages;
        this.clock = clock;
    }

    /** Core's accounts and organisation, an account for every role plugins declare, then each plugin's content. */
    public void load(List<InstalledPlugin> plugins, List<Role> roles) {
        loadOnce("core", () -> {
            var admin = people.createWithHash(DEMO_ADMIN, "Bram Beheerder", hash(), "nl", true);
            people.grant(admin.id(), Role.ADMINISTRATOR);
            var member = people.createWithHash(DEMO_MEMBER, "Dewi Deelnemer", hash(), "nl", true);
            var coordinator = people.createWithHash(DEMO_COORDINATOR, "Chantal Coördinator", hash(), "nl", true);
            var centre = organisations.create(new OrganisationForm("Vrijwilligerscentrale Lindeburg",
                    OrganisationKind.VOLUNTEER_CENTRE, "Lindeburg", "Gelderland", null,
                    "Verbindt vrijwilligers en organisaties in de (verzonnen) gemeente Lindeburg."), coordinator.id());
            organisations.join(centre.id(), member.id(), Membership.MEMBER);
        });
        for (Role role : roles) {
            if (role.id().equals(Role.ADMINISTRATOR)) continue;
            loadOnce("role:" + role.id(), () -> {
                String label = messages.get(MessageBundles.DUTCH, role.id());
                var holder = people.createWithHash(roleAccount(role.id()), "Demo: " + label, hash(), "nl", true);
                people.grant(holder.id(), role.id());
            });
        }
        DemoData.DemoPeople people = demoPeople();
        for (InstalledPlugin plugin : plugins) {
            for (DemoData demo : plugin.demoData()) loadOnce(plugin.id(), () -> demo.load(people));
        }
    }

    /** {@code expeditions.leader} → {@code expeditions-leader@demo.plein.nl}. */
    public static String roleAccount(String roleId) {
        return roleId.replace('.', '-') + "@demo.plein.nl";
    }

    /** Every demo account shares one password: hash it once, not per account. */
    private String hash() {
        if (hash == null) hash = Passwords.hash(DEMO_PASSWORD);
        return hash;
    }

    /** What plugins' demo content may refer to: core's demo accounts, and invented people and organisations. */
    private DemoData.DemoPeople demoPeople() {
        return new DemoData.DemoPeople() {
            @Override
            public String accountWithRole(String roleId) {
                return people.byEmail(roleAccount(roleId)).orElseThrow(() -> new IllegalStateException(
                        "no demo account for role " + roleId)).id();
            }

            @Override
            public String member() {
                return people.byEmail(DEMO_MEMBER).orElseThrow().id();
            }

            @Override
            public String demoOrganisation() {
                return organisations.membershipsOf(people.byEmail(DEMO_COORDINATOR).orElseThrow().id()).get(0)
                        .organisationId();
            }

            @Override
            public String person(String displayName, String email) {
                return people.byEmail(email).orElseGet(() -> people.createWithHash(email, displayName, hash(), "nl", true))
                        .id();
            }

            @Override
            public String organisation(String name, String kind, String municipality, String province,
                                       String adminPersonId) {
                return organisations.create(new OrganisationForm(name, OrganisationKind.of(kind)
                        .orElse(OrganisationKind.OTHER), municipality, province, null, null), adminPersonId).id();
            }

            @Override
            public void join(String organisationId, String personId) {
                organisations.join(organisationId, personId, Membership.MEMBER);
            }
        };
    }

    /** Loads one owner's demo content unless it was loaded before. */
    private interface Loader {
        void load() throws Exception;
    }

    /**
     * Claims the owner's demo run before loading it, so two instances starting together on one database load it once;
     * a load that fails gives the claim back and is tried again at the next start.
     */
    private void loadOnce(String owner, Loader demo) {
        boolean claimed = jdbi.withHandle(h -> h.createUpdate("""
                INSERT INTO plein_demo_runs (owner, loaded_at) VALUES (:owner, :now)
                ON CONFLICT (owner) DO NOTHING
                """).bind("owner", owner).bind("now", clock.instant()).execute()) == 1;
        if (!claimed) return;
        try {
            demo.load();
            log.info("demo data loaded owner={}", owner);
        } catch (Exception e) {
            log.error("demo data failed owner={}", owner, e);
            jdbi.useHandle(h -> h.createUpdate("DELETE FROM plein_demo_runs WHERE owner = :owner")
                    .bind("owner", owner).execute());
        }
    }
}
