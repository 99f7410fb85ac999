package nl.plein.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Secrets for links and cookies (invitations, confirmations): 256 random bits, URL-safe. Store only
 * {@link #hash(String)} of a token, so a copy of the database hands out nothing that still works.
 *
 * <pre>{@code
 * String token = SecretTokens.newToken();            // goes into the mailed link
 * invitations.insert(SecretTokens.hash(token), ...);  // only the hash is stored
 * }</pre>
 */
public final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** SHA-256 of the value, as 64 hexadecimal characters. */
    public static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether the text has the shape of a token this class makes; anything else is not worth a lookup. */
    public static boolean looksValid(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }
}
