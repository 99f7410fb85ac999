package nl.plein.api;

import java.util.Set;

/**
 * A role administrators can grant to people, e.g. {@code expeditions.leader}. Its label is the message whose key
 * is the role id itself, in the declaring plugin's bundle ({@code expeditions.leader=Expeditieleider}).
 *
 * @param id          stable id, prefixed with the plugin id
 * @param permissions what a holder of this role may do
 */
public record Role(String id, Set<Permission> permissions) {

    public Role {
        permissions = Set.copyOf(permissions);
    }

    /** The platform administrator role: holds every permission. */
    public static final String ADMINISTRATOR = "platform.administrator";
}
