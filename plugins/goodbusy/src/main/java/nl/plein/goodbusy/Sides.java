package nl.plein.goodbusy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.plein.api.Directory;
import nl.plein.api.Directory.OrganisationInfo;
import nl.plein.api.Visitor;

/**
 * Who acts for which side. Companies are core organisations of kind {@code employer}; every other kind is a social
 * organisation. A person <em>coordinates</em> an organisation when they are its administrator in core: only they post,
 * propose, answer, agree and approve for it. A person is an <em>employee</em> of a company when they belong to it in
 * any role: employees sign up for shifts and register their own hours. The one place these rules live.
 */
public final class Sides {

    public static final String EMPLOYER = "employer";

    private final Directory directory;

    public Sides(Directory directory) {
        this.directory = directory;
    }

    /** The companies the visitor coordinates. */
    public List<OrganisationInfo> companiesOf(Visitor visitor) {
        return coordinated(visitor).stream().filter(o -> EMPLOYER.equals(o.kind())).toList();
    }

    /** The social organisations the visitor coordinates. */
    public List<OrganisationInfo> socialOrganisationsOf(Visitor visitor) {
        return coordinated(visitor).stream().filter(o -> !EMPLOYER.equals(o.kind())).toList();
    }

    /** The companies the visitor works for (any role). */
    public List<OrganisationInfo> employersOf(Visitor visitor) {
        if (!visitor.signedIn()) return List.of();
        return directory.organisationsOf(visitor.personId()).stream().filter(o -> EMPLOYER.equals(o.kind())).toList();
    }

    public boolean coordinatesCompany(Visitor visitor, String companyId) {
        return companiesOf(visitor).stream().anyMatch(o -> o.id().equals(companyId));
    }

    public boolean coordinatesOrganisation(Visitor visitor, String organisationId) {
        return socialOrganisationsOf(visitor).stream().anyMatch(o -> o.id().equals(organisationId));
    }

    public boolean worksFor(Visitor visitor, String companyId) {
        return employersOf(visitor).stream().anyMatch(o -> o.id().equals(companyId));
    }

    /**
     * Whether the visitor oversees matches in a province: community managers (and administrators) everywhere, brokers
     * in the provinces of the organisations they belong to.
     */
    public boolean oversees(Visitor visitor, String province) {
        if (visitor.may(GoodBusyPermissions.MANAGE)) return true;
        return visitor.may(GoodBusyPermissions.BROKER) && brokerProvinces(visitor).contains(province);
    }

    /** The provinces a broker works in: those of the organisations they belong to. */
    public Set<String> brokerProvinces(Visitor visitor) {
        if (!visitor.signedIn()) return Set.of();
        return directory.organisationsOf(visitor.personId()).stream().map(OrganisationInfo::province)
                .filter(p -> p != null && !p.isBlank()).collect(Collectors.toSet());
    }

    private List<OrganisationInfo> coordinated(Visitor visitor) {
        if (!visitor.signedIn()) return List.of();
        return directory.organisationsOf(visitor.personId()).stream().filter(OrganisationInfo::isAdmin).toList();
    }
}
