package nl.plein.goodbusy.start;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.plein.api.Directory.OrganisationInfo;
import nl.plein.api.Visitor;
import nl.plein.goodbusy.GoodBusy;
import nl.plein.goodbusy.GoodBusyPermissions;
import nl.plein.goodbusy.vocabulary.Vocabulary;

/**
 * {@code GET /goodbusy}: what Good Busy is, for everyone; for a signed-in person also the companies and social
 * organisations they coordinate, with the way to each one's pages, and how to begin when they coordinate none;
 * for brokers and community managers the way to the matches in their region.
 * Template: {@code goodbusy/start/start.peb}.
 */
public final class StartPage {

    private final GoodBusy goodBusy;

    public StartPage(GoodBusy goodBusy) {
        this.goodBusy = goodBusy;
    }

    public void show(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        List<OrganisationInfo> companies = goodBusy.sides().companiesOf(visitor);
        List<OrganisationInfo> organisations = goodBusy.sides().socialOrganisationsOf(visitor);
        Set<String> coordinated = companies.stream().map(OrganisationInfo::id).collect(Collectors.toSet());
        // Employees who do not coordinate their company still sign up for its shifts through the matches page.
        List<OrganisationInfo> workplaces = goodBusy.sides().employersOf(visitor).stream()
                .filter(o -> !coordinated.contains(o.id())).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("forms", Vocabulary.FORMS);
        model.put("companies", companies);
        model.put("organisations", organisations);
        model.put("workplaces", workplaces);
        // The broker page has one menu entry, for brokers only (see GoodBusyIntegration); managers find it here.
        model.put("oversees", visitor.may(GoodBusyPermissions.BROKER) || visitor.may(GoodBusyPermissions.MANAGE));
        model.put("companyProfiles", goodBusy.profiles().companies(coordinated).keySet());
        model.put("organisationProfiles", goodBusy.profiles().organisations(
                organisations.stream().map(OrganisationInfo::id).toList()).keySet());
        ctx.render("goodbusy/start/start", model);
    }
}
