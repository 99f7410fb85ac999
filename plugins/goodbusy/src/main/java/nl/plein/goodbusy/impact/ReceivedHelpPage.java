package nl.plein.goodbusy.impact;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.plein.api.Directory.OrganisationInfo;
import nl.plein.api.PluginContext;
import nl.plein.api.Visitor;
import nl.plein.goodbusy.GoodBusy;
import nl.plein.goodbusy.GoodBusyPermissions;
import nl.plein.goodbusy.Rows;
import nl.plein.goodbusy.Sides;
import nl.plein.goodbusy.deal.Side;
import nl.plein.goodbusy.impact.CompanyImpact.Share;
import nl.plein.goodbusy.impact.ImpactRepository.Evaluation;
import nl.plein.goodbusy.impact.ImpactRepository.Received;
import nl.plein.goodbusy.impact.ImpactRepository.RequestHours;
import nl.plein.goodbusy.request.HelpRequest;

/**
 * {@code GET /goodbusy/organisations/{org}/received}: the help a social organisation received — which companies
 * helped and how many hours it approved, per request, and the evaluations both ways. For its coordinators and
 * community managers.
 */
final class ReceivedHelpPage {

    private final GoodBusy goodBusy;
    private final PluginContext context;
    private final ImpactRepository repository;

    ReceivedHelpPage(GoodBusy goodBusy, ImpactRepository repository) {
        this.goodBusy = goodBusy;
        this.context = goodBusy.context();
        this.repository = repository;
    }

    /** A company that helped, with its approved hours. */
    public record Helper(String id, String name, String hours) {
    }

    /** A request that was worked on. */
    public record WorkedRequest(String id, String title, String status, String approvedHours, String pendingHours,
                                int pendingEntries) {
    }

    /** An evaluation, with the company's name and the request's title. */
    public record ShownEvaluation(String matchId, String company, String request, int rating, String wentWell,
                                  String toImprove, String thanks, java.time.Instant createdAt) {
    }

    void page(Context ctx) {
        String id = ctx.pathParam("org");
        if (!Rows.plausibleId(id)) throw new NotFoundResponse();
        OrganisationInfo organisation = context.directory().organisation(id)
                .filter(o -> !Sides.EMPLOYER.equals(o.kind())).orElseThrow(NotFoundResponse::new);
        Visitor visitor = Visitor.of(ctx);
        if (!goodBusy.sides().coordinatesOrganisation(visitor, id) && !visitor.may(GoodBusyPermissions.MANAGE)) {
            throw new ForbiddenResponse();
        }
        Locale locale = visitor.locale();
        Received received = repository.organisation(id);

        Set<String> companyIds = new HashSet<>();
        received.companies().forEach(c -> companyIds.add(c.key()));
        Set<String> requestIds = new HashSet<>();
        received.requests().forEach(r -> requestIds.add(r.requestId()));
        for (Evaluation e : received.evaluations()) {
            companyIds.add(e.companyId());
            requestIds.add(e.requestId());
        }
        Map<String, OrganisationInfo> companies = context.directory().organisations(companyIds);
        Map<String, HelpRequest> requests = goodBusy.requests().findAll(requestIds);
        String unknown = context.messages().get(locale, "goodbusy.impact.unknown-organisation");

        List<Helper> helpers = new ArrayList<>();
        for (Share share : received.companies()) {
            OrganisationInfo company = companies.get(share.key());
            helpers.add(new Helper(share.key(), company == null ? unknown : company.name(),
                    Hours.format(share.minutes(), locale)));
        }
        List<WorkedRequest> worked = new ArrayList<>();
        for (RequestHours hours : received.requests()) {
            HelpRequest request = requests.get(hours.requestId());
            if (request == null) continue;
            worked.add(new WorkedRequest(request.id(), request.title(), request.status().code(),
                    Hours.format(hours.approvedMinutes(), locale), Hours.format(hours.pendingMinutes(), locale),
                    hours.pendingEntries()));
        }
        List<ShownEvaluation> given = new ArrayList<>();
        List<ShownEvaluation> got = new ArrayList<>();
        for (Evaluation e : received.evaluations()) {
            OrganisationInfo company = companies.get(e.companyId());
            HelpRequest request = requests.get(e.requestId());
            ShownEvaluation shown = new ShownEvaluation(e.matchId(), company == null ? unknown : company.name(),
                    request == null ? "" : request.title(), e.rating(), e.wentWell(), e.toImprove(), e.thanks(),
                    e.createdAt());
            (Side.ORGANISATION.code().equals(e.side()) ? given : got).add(shown);
        }
        ctx.render("goodbusy/impact/received", Map.of("organisation", organisation,
                "approvedHours", Hours.format(received.approvedMinutes(), locale), "helpers", helpers,
                "requests", worked, "given", given, "received", got));
    }
}
