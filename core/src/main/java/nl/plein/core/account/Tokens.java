package nl.plein.core.account;

import nl.plein.api.SecretTokens;

/**
 * Secrets handed out in cookies and links (sessions, confirmation and reset links, invitations), as
 * {@link SecretTokens} makes them: the database keeps only their SHA-256.
 */
public final class Tokens {

    private Tokens() {
    }

    public static String newToken() {
        return SecretTokens.newToken();
    }

    public static String hash(String value) {
        return SecretTokens.hash(value);
    }

    public static boolean looksValid(String token) {
        return SecretTokens.looksValid(token);
    }
}
