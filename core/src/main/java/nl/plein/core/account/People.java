package nl.plein.core.account;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import nl.plein.api.Ids;
import nl.plein.core.storage.Like;
import org.jdbi.v3.core.Jdbi;

/** People and their roles in the database. */
public final class People {

    private static final String COLUMNS = "id, email, display_name, locale, bio, email_confirmed, blocked, created_at";

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

    /** An account whose address is known to be right: made by an administrator, the command line or demo data. */
    public Person create(String email, String displayName, String password, String locale) {
        return createWithHash(email, displayName, Passwords.hash(password), locale, true);
    }

    /** An account someone signed up for; it can sign in once the address is confirmed by the mailed link. */
    public Person register(String email, String displayName, String password, String locale) {
        return createWithHash(email, displayName, Passwords.hash(password), locale, false);
    }

    /** For callers that hash once for many people (demo accounts); everyone else uses {@link #create}. */
    public Person createWithHash(String email, String displayName, String passwordHash, String locale,
                                 boolean emailConfirmed) {
        String id = ids.next();
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO plein_people (id, email, display_name, password_hash, locale, blocked, email_confirmed,
                                          created_at)
                VALUES (:id, :email, :name, :hash, :locale, :blocked, :confirmed, :now)
                """).bind("id", id).bind("email", normaliseEmail(email)).bind("name", displayName.trim())
                .bind("hash", passwordHash).bind("locale", locale).bind("blocked", false).bind("confirmed", emailConfirmed)
                .bind("now", clock.instant()).execute());
        return byId(id).orElseThrow();
    }

    public Optional<Person> byId(String id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM plein_people WHERE id = :id")
                .bind("id", id).map(this::map).findOne());
    }

    /** Many people at once (a list page names hundreds): one query per 500 ids; unknown ids are left out. */
    public List<Person> byIds(java.util.Collection<String> ids) {
        List<String> all = ids.stream().filter(id -> id != null && id.length() <= 36).distinct().toList();
        List<Person> found = new java.util.ArrayList<>();
        for (int from = 0; from < all.size(); from += 500) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + 500));
            found.addAll(jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM plein_people WHERE id IN (<ids>)")
                    .bindList("ids", chunk).map(this::map).list()));
        }
        return found;
    }

    public Optional<Person> byEmail(String email) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM plein_people WHERE email = :email")
                .bind("email", normaliseEmail(email)).map(this::map).findOne());
    }

    /** The person if the password is theirs (blocked or unconfirmed accounts are the caller's to refuse). */
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
        return byEmail(email);
    }

    /** Computed on first use, not at start-up: hashing takes a noticeable fraction of a second. */
    private static final class DummyHash {
        static final String VALUE = Passwords.hash("not-a-real-password-at-all");
    }

    public void confirmEmail(String personId) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE plein_people SET email_confirmed = :yes WHERE id = :id")
                .bind("yes", true).bind("id", personId).execute());
    }

    public void updateProfile(String personId, String displayName, String locale, String bio) {
        jdbi.useHandle(h -> h.createUpdate(
                        "UPDATE plein_people SET display_name = :name, locale = :locale, bio = :bio WHERE id = :id")
                .bind("name", displayName).bind("locale", locale).bind("bio", bio).bind("id", personId).execute());
    }

    public void changePassword(String personId, String password) {
        String hash = Passwords.hash(password);
        jdbi.useHandle(h -> h.createUpdate("UPDATE plein_people SET password_hash = :hash WHERE id = :id")
                .bind("hash", hash).bind("id", personId).execute());
    }

    /** Whether the password is this person's current one. */
    public boolean passwordMatches(String personId, String password) {
        Optional<String> hash = jdbi.withHandle(h -> h.createQuery(
                        "SELECT password_hash FROM plein_people WHERE id = :id")
                .bind("id", personId).mapTo(String.class).findOne());
        return hash.isPresent() && Passwords.matches(password, hash.get());
    }

    /** False when another account already has the address (the UNIQUE constraint decides, also under races). */
    public boolean changeEmail(String personId, String email) {
        try {
            jdbi.useHandle(h -> h.createUpdate(
                            "UPDATE plein_people SET email = :email, email_confirmed = :yes WHERE id = :id")
                    .bind("email", normaliseEmail(email)).bind("yes", true).bind("id", personId).execute());
            return true;
        } catch (org.jdbi.v3.core.statement.UnableToExecuteStatementException duplicate) {
            return false;
        }
    }

    public void setBlocked(String personId, boolean blocked) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE plein_people SET blocked = :blocked WHERE id = :id")
                .bind("blocked", blocked).bind("id", personId).execute());
    }

    public void revoke(String personId, String roleId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM plein_person_roles WHERE person_id = :person AND role_id = :role")
                .bind("person", personId).bind("role", roleId).execute());
    }

    /** People whose name or address contains the text, by name; one page of {@code pageSize}. */
    public List<Person> search(String text, int page, int pageSize) {
        String pattern = Like.containing(text);
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM plein_people "
                        + "WHERE LOWER(display_name) LIKE :p ESCAPE '!' OR email LIKE :p ESCAPE '!' "
                        + "ORDER BY display_name, id LIMIT :limit OFFSET :offset")
                .bind("p", pattern).bind("limit", pageSize + 1).bind("offset", (page - 1) * pageSize)
                .map(this::map).list());
    }

    /** Deletes the person's row; memberships, roles, sessions and links go with it (ON DELETE CASCADE). */
    public void delete(String personId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM plein_people WHERE id = :id").bind("id", personId).execute());
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
        return jdbi.withHandle(h -> h.createQuery("SELECT p.id, p.email, p.display_name, p.locale, p.bio, "
                        + "p.email_confirmed, p.blocked, p.created_at "
                        + "FROM plein_people p JOIN plein_person_roles r ON r.person_id = p.id "
                        + "WHERE r.role_id = :role ORDER BY p.created_at LIMIT 100")
                .bind("role", roleId).map(this::map).list());
    }

    private Person map(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws java.sql.SQLException {
        return new Person(rs.getString("id"), rs.getString("email"), rs.getString("display_name"),
                rs.getString("locale"), rs.getString("bio"), rs.getBoolean("email_confirmed"), rs.getBoolean("blocked"),
                java.time.Instant.ofEpochMilli(rs.getLong("created_at")));
    }
}
