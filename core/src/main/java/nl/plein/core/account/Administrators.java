package nl.plein.core.account;

import java.util.Optional;
import nl.plein.api.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Creating administrators: from the command line, or once from PLEIN_ADMIN_EMAIL / PLEIN_ADMIN_PASSWORD. */
public final class Administrators {

    private static final Logger log = LoggerFactory.getLogger(Administrators.class);

    private final People people;

    public Administrators(People people) {
        this.people = people;
    }

    /** Creates the person if needed and makes them administrator. Returns a problem in words, or empty on success. */
    public Optional<String> create(String email, String displayName, String password) {
        if (email == null || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            return Optional.of("expected an e-mail address such as beheer@example.nl");
        }
        Optional<String> weak = PasswordPolicy.problem(password, email);
        if (weak.isPresent()) {
            return Optional.of(switch (weak.get()) {
                case "password.error.common" -> "the password is on the list of commonly used passwords";
                case "password.error.email" -> "the password must not be the e-mail address";
                case "password.error.too-long" -> "the password can have at most " + PasswordPolicy.MAX_LENGTH + " characters";
                default -> "the password needs at least " + PasswordPolicy.MIN_LENGTH + " characters";
            });
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
