package nl.plein.expeditions;

import nl.plein.api.Permission;

/** What the expedition roles may do. */
public final class ExpeditionPermissions {

    /** Create expeditions and lead them (role {@code expeditions.leader}). */
    public static final Permission LEAD = new Permission("expeditions.lead");
    /** See every expedition and the programme's figures, export them (role {@code expeditions.manager}). */
    public static final Permission MANAGE_PROGRAMME = new Permission("expeditions.manage-programme");
    /** See the programme's aggregate figures only (role {@code expeditions.observer}, e.g. a funder). */
    public static final Permission OBSERVE = new Permission("expeditions.observe");

    private ExpeditionPermissions() {
    }
}
