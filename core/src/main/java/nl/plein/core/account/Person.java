package nl.plein.core.account;

import java.time.Instant;

/** A person with an account. The password hash never leaves the account package. */
public record Person(String id, String email, String displayName, String locale, String bio, boolean emailConfirmed,
                     boolean blocked, Instant createdAt) {
}
