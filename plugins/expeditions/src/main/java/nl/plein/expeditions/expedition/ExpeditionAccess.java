package nl.plein.expeditions.expedition;

import java.util.List;
import nl.plein.api.Directory;
import nl.plein.api.Permission;
import nl.plein.api.Visitor;
import nl.plein.expeditions.ExpeditionPermissions;

/**
 * Who the visitor is to one expedition — the object-level rules, in one place: only its leaders manage it;
 * contacts of taking-part organisations see their own organisation's work and what others shared; the programme
 * manager (and platform administrators) may look inside every expedition; outsiders see at most the public title,
 * region and dates, and only when the leader published them.
 */
public final class ExpeditionAccess {

    private final ExpeditionRepository expeditions;
    private final Directory directory;

    public ExpeditionAccess(ExpeditionRepository expeditions, Directory directory) {
        this.expeditions = expeditions;
        this.directory = directory;
    }

    /**
     * @param leader              leads this expedition
     * @param organisations       the visitor's organisations that take part in it
     * @param adminOrganisations  of those, the ones the visitor administers
     * @param overseer            programme manager or platform administrator: may look, not manage
     */
    public record Standing(Expedition expedition, boolean leader, List<String> organisations,
                           List<String> adminOrganisations, boolean overseer) {

        public boolean participant() {
            return !organisations.isEmpty();
        }

        public boolean maySeeInside() {
            return leader || participant() || overseer;
        }

        public boolean mayManage() {
            return leader;
        }

        public boolean maySeePublicly() {
            return maySeeInside() || expedition.published();
        }

        /** Whether the visitor works on this organisation's plan and log (its contact, or the leader). */
        public boolean mayWorkFor(String organisationId) {
            return organisations.contains(organisationId);
        }

        public boolean mayRead(String organisationId) {
            return leader || overseer || organisations.contains(organisationId);
        }
    }

    public Standing of(Expedition expedition, Visitor visitor) {
        boolean leader = expeditions.isLeader(expedition.id(), visitor.personId());
        List<Directory.OrganisationInfo> own = visitor.signedIn() ? directory.organisationsOf(visitor.personId()) : List.of();
        List<String> taking = expeditions.participating(expedition.id(), own.stream().map(Directory.OrganisationInfo::id).toList());
        List<String> admin = own.stream().filter(o -> taking.contains(o.id()) && o.isAdmin())
                .map(Directory.OrganisationInfo::id).toList();
        boolean overseer = visitor.may(ExpeditionPermissions.MANAGE_PROGRAMME) || visitor.may(Permission.ADMINISTER);
        return new Standing(expedition, leader, taking, admin, overseer);
    }
}
