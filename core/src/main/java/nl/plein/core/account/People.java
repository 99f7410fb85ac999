package nl.plein.core.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import nl.plein.api.Ids;
import org.jdbi.v3.core.Jdbi;

/** People and their roles in the database. */
public final class People {

    private static final String COLUMNS = "id, email, display_name, locale, blocked, created_at";

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;

    public People(Jdbi jdbi, Ids ids, Clock clock) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
    }

    /** E-mail addresses are compared case-insensitively: they are stored trimmed and in lower case. */
    public static String normaliseEmail(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    public Person create(String email, String displayName, String password, String locale) {
        return createWithHash(email, displayName, Passwords.hash(password), locale);
    }

    /** For callers that hash once for many people (demo accounts); everyone else uses {@link #create}. */
    public Person createWithHash(String email, String displayName, String passwordHash, String locale) {
        String id = ids.next();
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO plein_people (id, email, display_name, password_hash, locale, blocked, created_at)
                VALUES (:id, :email, :name, :hash, :locale, :blocked, :now)
                """).bind("id", id).bind("email", normaliseEmail(email)).bind("name", displayName.trim())
                .bind("hash", passwordHash).bind("locale", locale).bind("blocked", false)
                .bind("now", clock.instant()).execute());
        return byId(id).orElseThrow();
    }

    public Optional<Person> byId(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM plein_people WHERE id = :id")
                .bind("id", id).map(this::map).findOne());
    }

    public Optional<Person> byEmail(String email) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM plein_people WHERE email = :email")
                .bind("email", normaliseEmail(email)).map(this::map).findOne());
    }

    /** The person if the password is theirs and they are not blocked. */
    public Optional<Person> authenticate(String email, String password) {
        Optional<String> hash = jdbi.withHandle(h -> h.createQuery(
                        "SELECT password_hash FROM plein_people WHERE email = :email")
                .bind("email", normaliseEmail(email)).mapTo(String.class).findOne());
        if (hash.isEmpty()) {
            // Spend the same time as a real check, so response times do not reveal which addresses exist.
            Passwords.matches(password, DummyHash.VALUE);
            return Optional.empty();
        }
        if (!Passwords.matches(password, hash.get())) return Optional.empty();
        return byEmail(email).filter(person -> !person.blocked());
    }

    /** Computed on first use, not at start-up: hashing takes a noticeable fraction of a second. */
    private static final class DummyHash {
        static final String VALUE = Passwords.hash("not-a-real-password-at-all");
    }

    public void updateLocale(String personId, String locale) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE plein_people SET locale = :locale WHERE id = :id")
                .bind("locale", locale).bind("id", personId).execute());
    }

    public Set<String> roles(String personId) {
        return jdbi.withHandle(h -> new HashSet<>(h.createQuery(
                        "SELECT role_id FROM plein_person_roles WHERE person_id = :id")
                .bind("id", personId).mapTo(String.class).list()));
    }

    public void grant(String personId, String roleId) {
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO plein_person_roles (person_id, role_id, granted_at) VALUES (:person, :role, :now)
                ON CONFLICT (person_id, role_id) DO NOTHING
                """).bind("person", personId).bind("role", roleId).bind("now", clock.instant()).execute());
    }

    public List<Person> withRole(String roleId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT p.id, p.email, p.display_name, p.locale, p.blocked, "
                        + "p.created_at FROM plein_people p JOIN plein_person_roles r ON r.person_id = p.id "
                        + "WHERE r.role_id = :role ORDER BY p.created_at LIMIT 100")
                .bind("role", roleId).map(this::map).list());
    }

    private Person map(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new Person(rs.getString("id"), rs.getString("email"), rs.getString("display_name"),
                rs.getString("locale"), rs.getBoolean("blocked"),
                java.time.Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
