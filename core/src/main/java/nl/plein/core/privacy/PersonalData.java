package nl.plein.core.privacy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plein.api.event.PersonErased;
import nl.plein.api.hooks.PersonalDataProvider;
import nl.plein.core.account.LoginThrottle;
import nl.plein.core.account.People;
import nl.plein.core.account.Person;
import nl.plein.core.audit.AuditLog;
import nl.plein.core.events.EventBus;
import nl.plein.core.organisation.Invitations;
import nl.plein.core.organisation.Organisations;
import nl.plein.core.plugin.InstalledPlugin;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A person's rights under the AVG/GDPR: everything Plein holds about them, and erasing it. Core's part and every
 * plugin's (through {@link PersonalDataProvider}); a plugin that fails is logged and the rest still happens.
 */
public final class PersonalData {

    private static final Logger log = LoggerFactory.getLogger(PersonalData.class);

    /** Core's other stores that hold personal data, erased alongside the person. */
    public interface Store {
        /** Something to include in the export, or null. */
        Object export(Person person);

        void erase(Person person);
    }

    private final Jdbi jdbi;
    private final People people;
    private final Organisations organisations;
    private final Invitations invitations;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final EventBus events;
    private final List<InstalledPlugin> plugins;
    private final Map<String, Store> stores;

    public PersonalData(Jdbi jdbi, People people, Organisations organisations, Invitations invitations,
                        LoginThrottle throttle, AuditLog audit, EventBus events, List<InstalledPlugin> plugins,
                        Map<String, Store> stores) {
        this.jdbi = jdbi;
        this.people = people;
        this.organisations = organisations;
        this.invitations = invitations;
        this.throttle = throttle;
        this.audit = audit;
        this.events = events;
        this.plugins = plugins;
        this.stores = stores;
    }

    public Map<String, Object> export(Person person) {
        Map<String, Object> core = new LinkedHashMap<>();
        core.put("person", person);
        core.put("roles", people.roles(person.id()));
        core.put("memberships", organisations.membershipsOf(person.id()));
        core.put("securityLog", audit.about(person.id()));
        stores.forEach((name, store) -> {
            Object value = store.export(person);
            if (value != null) core.put(name, value);
        });
        Map<String, Object> byPlugin = new LinkedHashMap<>();
        for (InstalledPlugin plugin : plugins) {
            for (PersonalDataProvider provider : plugin.personalData()) {
                try {
                    byPlugin.put(plugin.id(), provider.export(person.id()));
                } catch (RuntimeException e) {
                    log.error("personal data export failed plugin={}", plugin.id(), e);
                    byPlugin.put(plugin.id(), Map.of("error", "this part could not be exported; try again later"));
                }
            }
        }
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("core", core);
        export.put("plugins", byPlugin);
        return export;
    }

    /**
     * Erases the person: plugins first (they may still need the person to exist), then core's stores, then the
     * account itself; memberships, roles, sessions and links go with it. The audit entry names only the id.
     */
    public void erase(Person person) {
        for (InstalledPlugin plugin : plugins) {
            for (PersonalDataProvider provider : plugin.personalData()) {
                try {
                    provider.erase(person.id());
                    provider.forgetAddress(person.email());
                } catch (RuntimeException e) {
                    log.error("personal data erasure failed plugin={} person={}", plugin.id(), person.id(), e);
                }
            }
        }
        stores.values().forEach(store -> store.erase(person));
        throttle.forget(person.email());
        invitations.forget(person.email());
        jdbi.useHandle(h -> h.createUpdate("UPDATE plein_uploads SET uploader_id = NULL WHERE uploader_id = :id")
                .bind("id", person.id()).execute());
        people.delete(person.id());
        audit.record(null, "privacy.erased", person.id(), null);
        events.publish(new PersonErased(person.id()));
        compact();
    }

    /**
     * SQLite keeps deleted rows in free pages and the write-ahead log until they are overwritten; secure_delete
     * (set on every connection) zeroes them, and a checkpoint empties the log, so the name and address are gone
     * from the files on disk too. PostgreSQL's autovacuum reclaims dead rows on its own; it has no such statement.
     */
    private void compact() {
        jdbi.useHandle(h -> {
            boolean sqlite;
            try {
                sqlite = h.getConnection().getMetaData().getDatabaseProductName().equalsIgnoreCase("SQLite");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
            if (sqlite) h.createQuery("PRAGMA wal_checkpoint(TRUNCATE)").mapToMap().list();
        });
    }
}
