package nl.plein.core.web;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.plein.api.Permission;
import nl.plein.api.Role;

/** Every role known to the platform: core's administrator and the roles installed plugins declared. */
public final class RoleRegistry {

    private final Map<String, Role> roles = new LinkedHashMap<>();

    public RoleRegistry(List<Role> pluginRoles) {
        roles.put(Role.ADMINISTRATOR, new Role(Role.ADMINISTRATOR, Set.of(Permission.ADMINISTER)));
        pluginRoles.forEach(role -> roles.put(role.id(), role));
    }

    public Set<Permission> permissionsOf(Set<String> roleIds) {
        Set<Permission> permissions = new HashSet<>();
        for (String id : roleIds) {
            Role role = roles.get(id);
            if (role != null) permissions.addAll(role.permissions());
        }
        return permissions;
    }

    public List<Role> all() {
        return List.copyOf(roles.values());
    }
}
