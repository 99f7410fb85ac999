package nl.plein.core.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be: at least 10 characters (NIST SP 800-63B asks 8; we ask a little more), not absurdly
 * long, not the e-mail address, and not on the shipped list of commonly used passwords. No composition rules: they
 * make passwords harder to remember, not harder to guess.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** The message key of what is wrong, or empty if the password is acceptable. */
    public static Optional<String> problem(String password, String email) {
        if (password == null || password.isEmpty()) return Optional.of("password.error.required");
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) return Optional.of("password.error.too-short");
        if (password.length() > MAX_LENGTH) return Optional.of("password.error.too-long");
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) return Optional.of("password.error.common");
        if (email != null && lower.equals(email.trim().toLowerCase(Locale.ROOT))) return Optional.of("password.error.email");
        return Optional.empty();
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (var in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).forEach(passwords::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return passwords;
    }
}
