package nl.plein.api;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who is making the current request. Core sets it before any handler runs; read it with {@link #of(Context)}.
 *
 * @param personId    the signed-in person's id, or {@code null} for an anonymous visitor
 * @param displayName the signed-in person's display name, or {@code null}
 * @param locale      the language pages are shown in ({@code nl} or {@code en})
 * @param roles       ids of the roles the person holds
 * @param permissions the permissions those roles carry
 */
public record Visitor(String personId, String displayName, Locale locale, Set<String> roles,
                      Set<Permission> permissions) {

    /** The request attribute core stores the visitor under. */
    public static final String ATTRIBUTE = "plein.visitor";

    public Visitor {
        roles = Set.copyOf(roles);
        permissions = Set.copyOf(permissions);
    }

    public static Visitor anonymous(Locale locale) {
        return new Visitor(null, null, locale, Set.of(), Set.of());
    }

    /** The visitor of this request. */
    public static Visitor of(Context ctx) {
        Visitor visitor = ctx.attribute(ATTRIBUTE);
        return visitor != null ? visitor : anonymous(Locale.forLanguageTag("nl"));
    }

    public boolean signedIn() {
        return personId != null;
    }

    public Optional<String> person() {
        return Optional.ofNullable(personId);
    }

    public boolean isAdministrator() {
        return roles.contains(Role.ADMINISTRATOR);
    }

    /** Whether this visitor holds the permission; the one check every route and service uses. */
    public boolean may(Permission permission) {
        if (Permission.PUBLIC.equals(permission)) return true;
        if (!signedIn()) return false;
        if (Permission.SIGNED_IN.equals(permission) || isAdministrator()) return true;
        return permissions.contains(permission);
    }
}
