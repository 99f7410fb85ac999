package nl.plein.networks;

import nl.plein.api.Permission;

/**
 * What the network roles may do platform-wide. Everything inside a space follows from one's role in that space
 * ({@link nl.plein.networks.space.Standing}), not from a platform role.
 */
public final class NetworksPermissions {

    /** Create a new space (role {@code networks.coordinator}, e.g. the staff who run national networks). */
    public static final Permission CREATE_SPACE = new Permission("networks.create-space");

    private NetworksPermissions() {
    }
}
