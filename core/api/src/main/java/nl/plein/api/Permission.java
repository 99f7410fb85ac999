package nl.plein.api;

import io.javalin.security.RouteRole;
import java.util.Objects;

/**
 * Something a visitor may be allowed to do. Plugins name theirs {@code <plugin-id>.<action>}, e.g.
 * {@code expeditions.lead}, and hand them out through {@link Role}s. Administrators hold every permission.
 *
 * @param name the permission's stable name
 */
public record Permission(String name) implements RouteRole {

    /** Anyone, signed in or not. */
    public static final Permission PUBLIC = new Permission("public");
    /** Any signed-in person. */
    public static final Permission SIGNED_IN = new Permission("signed-in");
    /** Platform administrators only. */
    public static final Permission ADMINISTER = new Permission("platform.administer");

    public Permission {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) throw new IllegalArgumentException("a permission needs a name");
    }
}
