package nl.plein.core.organisation;

import java.time.Instant;

/**
 * A person's place in an organisation.
 *
 * @param role {@code admin} (manages the organisation and its members) or {@code member}
 */
public record Membership(String organisationId, String organisationName, String personId, String personName,
                         String role, Instant joinedAt) {

    public static final String ADMIN = "admin";
    public static final String MEMBER = "member";

    public boolean isAdmin() {
        return ADMIN.equals(role);
    }
}
