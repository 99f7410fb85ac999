package nl.plein.core.account;

import java.util.Optional;
import nl.plein.api.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creating administrators: from the command line, or once from PLEIN_ADMIN_EMAIL / PLEIN_ADMIN_PASSWORD. */
public final class Administrators {

    private static final Logger log = LoggerFactory.getLogger(Administrators.class);
    public static final int MIN_PASSWORD_LENGTH = 10;

    private final People people;

    public Administrators(People people) {
        this.people = people;
    }

    /** Creates the person if needed and makes them administrator. Returns a problem in words, or empty on success. */
    public Optional<String> create(String email, String displayName, String password) {
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return Optional.of("expected an e-mail address such as beheer@example.nl");
        }
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return Optional.of("the password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        Person person = people.byEmail(email).orElseGet(() -> people.create(email,
                displayName == null || displayName.isBlank() ? email : displayName, password, "nl"));
        people.grant(person.id(), Role.ADMINISTRATOR);
        log.info("administrator granted person={}", person.id());
        return Optional.empty();
    }

    /** Reads the variables only while the installation has no administrator yet, so they cannot reset one later. */
    public Optional<String> createFromEnvironmentIfNone(String email, String password) {
        if (email == null || email.isBlank() || !people.withRole(Role.ADMINISTRATOR).isEmpty()) return Optional.empty();
        return create(email.strip(), "Beheerder", password);
    }
}
