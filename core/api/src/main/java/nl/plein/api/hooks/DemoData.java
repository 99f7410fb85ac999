package nl.plein.api.hooks;

/**
 * Loads invented demo content. Runs once per installation when demo data is on ({@code PLEIN_DEMO=true}), after
 * all plugins are installed and core's demo accounts exist. Never use names of real people.
 *
 * <pre>{@code
 * context.demoData(demo -> {
 *     String leader = demo.accountWithRole("expeditions.leader");
 *     String club = demo.organisation("Sportclub Vlietzicht", "volunteer-organisation", "Lindeburg", "Gelderland",
 *             demo.person("Tom Trainer", "tom@demo.plein.nl"));
 *     ...
 * });
 * }</pre>
 */
@FunctionalInterface
public interface DemoData {

    void load(DemoPeople demo) throws Exception;

    /** Demo people and organisations a plugin's demo content can refer to; all share the demo password. */
    interface DemoPeople {

        /** The demo account that holds this role (one exists for every role a plugin declares). */
        String accountWithRole(String roleId);

        /** The demo member ({@code deelnemer@demo.plein.nl}), who belongs to the demo organisation. */
        String member();

        /** The demo organisation, Vrijwilligerscentrale Lindeburg. */
        String demoOrganisation();

        /** An invented person with a demo account (made once; the same address returns the same person). */
        String person(String displayName, String email);

        /**
         * An invented organisation with the person as its administrator.
         *
         * @param kind {@code volunteer-organisation}, {@code employer}, {@code umbrella}, {@code volunteer-centre},
         *             {@code municipality} or {@code other}
         */
        String organisation(String name, String kind, String municipality, String province, String adminPersonId);

        /** Adds a person to an organisation as a member. */
        void join(String organisationId, String personId);
    }
}
