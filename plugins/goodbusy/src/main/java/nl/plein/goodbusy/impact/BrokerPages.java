package nl.plein.goodbusy.impact;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.plein.api.Directory.OrganisationInfo;
import nl.plein.api.Directory.PersonInfo;
import nl.plein.api.PluginContext;
import nl.plein.api.Visitor;
import nl.plein.goodbusy.GoodBusy;
import nl.plein.goodbusy.GoodBusyPermissions;
import nl.plein.goodbusy.deal.Side;
import nl.plein.goodbusy.impact.BrokerRepository.Region;
import nl.plein.goodbusy.impact.BrokerRepository.SilentRequest;
import nl.plein.goodbusy.impact.BrokerRepository.Stuck;

/**
 * {@code GET /goodbusy/broker}: what is stuck in the broker's region, so "never heard back" does not happen — and
 * {@code POST /goodbusy/broker/matches/{id}/nudge}, a reminder by mail to the coordinators of the side that has to
 * act. Brokers see the provinces of their own organisations, community managers the whole country.
 */
final class BrokerPages {

    private final GoodBusy goodBusy;
    private final PluginContext context;
    private final BrokerRepository repository;

    BrokerPages(GoodBusy goodBusy, BrokerRepository repository) {
        this.goodBusy = goodBusy;
        this.context = goodBusy.context();
        this.repository = repository;
    }

    /**
     * A stuck match as the broker sees it.
     *
     * @param waitingFor side codes, the side(s) that have to act
     * @param days       whole days it has been waiting
     */
    public record Row(String id, String requestId, String title, String organisation, String company,
                      String province, String status, String waitingOn, List<String> waitingFor, Instant since,
                      long days, int pendingEntries) {
    }

    /** An open request without a live proposal. */
    public record QuietRequest(String id, String title, String organisation, String province, Instant postedAt,
                               long days) {
    }

    void page(Context ctx) {
        Visitor visitor = mayBroker(ctx);
        Region region = region(visitor);
        Instant now = context.clock().instant();
        int answerDays = goodBusy.settings().answerDays();
        Stuck stuck = repository.stuck(region, now.minus(Duration.ofDays(answerDays)),
                LocalDate.now(context.clock().withZone(ImpactYear.AMSTERDAM)));

        Set<String> organisationIds = new HashSet<>();
        for (List<MatchState> group : List.of(stuck.unanswered(), stuck.withoutAgreement(), stuck.hoursPending())) {
            group.forEach(m -> {
                organisationIds.add(m.organisationId());
                organisationIds.add(m.companyId());
            });
        }
        stuck.silent().forEach(r -> organisationIds.add(r.organisationId()));
        Map<String, OrganisationInfo> names = context.directory().organisations(organisationIds);
        String unknown = context.messages().get(visitor.locale(), "goodbusy.impact.unknown-organisation");

        Map<String, Object> model = new HashMap<>();
        model.put("everywhere", region.everywhere());
        model.put("provinces", String.join(", ", new TreeSet<>(region.provinces())));
        model.put("answerDays", answerDays);
        model.put("unanswered", rows(stuck.unanswered(), names, unknown, now));
        model.put("withoutAgreement", rows(stuck.withoutAgreement(), names, unknown, now));
        model.put("hoursPending", rows(stuck.hoursPending(), names, unknown, now));
        List<QuietRequest> quiet = new ArrayList<>();
        for (SilentRequest r : stuck.silent()) {
            OrganisationInfo organisation = names.get(r.organisationId());
            quiet.add(new QuietRequest(r.id(), r.title(), organisation == null ? unknown : organisation.name(),
                    r.province(), r.postedAt(), days(r.postedAt(), now)));
        }
        model.put("silent", quiet);
        String nudge = ctx.queryParam("nudge");
        model.put("nudge", nudge != null && List.of("sent", "nothing", "nobody").contains(nudge) ? nudge : null);
        ctx.render("goodbusy/impact/broker", model);
    }

    /**
     * Mails each coordinator of the side(s) that have to act. The dedupe key holds the match, the day and the
     * coordinator: a broker who clicks twice, or two brokers of the same region, send one reminder per person per day.
     */
    void nudge(Context ctx) {
        Visitor visitor = mayBroker(ctx);
        MatchState match = repository.match(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        if (!goodBusy.sides().oversees(visitor, match.province())) throw new ForbiddenResponse();
        Set<Side> waiting = match.waitingFor();
        if (waiting.isEmpty()) {
            ctx.redirect("/goodbusy/broker?nudge=nothing", HttpStatus.SEE_OTHER);
            return;
        }
        LocalDate today = LocalDate.now(context.clock().withZone(ImpactYear.AMSTERDAM));
        Map<String, OrganisationInfo> names = context.directory().organisations(
                List.of(match.organisationId(), match.companyId()));
        Map<String, Object> model = new HashMap<>();
        model.put("broker", visitor.displayName() == null ? "" : visitor.displayName());
        model.put("title", match.requestTitle());
        model.put("organisation", orUnknown(names, match.organisationId(), ""));
        model.put("company", orUnknown(names, match.companyId(), ""));
        model.put("waitingOn", match.waitingOn());
        model.put("url", context.baseUrl() + "/goodbusy/matches/" + match.id());
        int coordinators = 0;
        for (Side side : waiting) {
            for (PersonInfo coordinator : context.directory().administratorsOf(match.party(side))) {
                context.mail().toPerson(coordinator.id(), "goodbusy.impact.mail.nudge.subject",
                        "goodbusy/mail/impact-nudge", model,
                        "impact-nudge-" + match.id() + "-" + today + "-" + coordinator.id());
                coordinators++;
            }
        }
        ctx.redirect("/goodbusy/broker?nudge=" + (coordinators > 0 ? "sent" : "nobody"), HttpStatus.SEE_OTHER);
    }

    /**
     * Brokers and community managers: the route is open to every signed-in person so that both permissions lead
     * here; everyone else is refused in this one place.
     */
    private static Visitor mayBroker(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        if (!visitor.may(GoodBusyPermissions.BROKER) && !visitor.may(GoodBusyPermissions.MANAGE)) {
            throw new ForbiddenResponse();
        }
        return visitor;
    }

    private Region region(Visitor visitor) {
        if (visitor.may(GoodBusyPermissions.MANAGE)) return new Region(true, Set.of());
        return new Region(false, goodBusy.sides().brokerProvinces(visitor));
    }

    private static List<Row> rows(List<MatchState> matches, Map<String, OrganisationInfo> names, String unknown,
                                  Instant now) {
        List<Row> rows = new ArrayList<>();
        for (MatchState m : matches) {
            Instant since = m.waitingSince();
            rows.add(new Row(m.id(), m.requestId(), m.requestTitle(), orUnknown(names, m.organisationId(), unknown),
                    orUnknown(names, m.companyId(), unknown), m.province(), m.status().code(), m.waitingOn(),
                    m.waitingFor().stream().sorted(Comparator.naturalOrder()).map(Side::code).toList(), since,
                    days(since, now), m.pendingEntries()));
        }
        return rows;
    }

    private static String orUnknown(Map<String, OrganisationInfo> names, String id, String unknown) {
        OrganisationInfo organisation = names.get(id);
        return organisation == null ? unknown : organisation.name();
    }

    private static long days(Instant since, Instant now) {
        return since == null ? 0 : Math.max(0, Duration.between(since, now).toDays());
    }
}
