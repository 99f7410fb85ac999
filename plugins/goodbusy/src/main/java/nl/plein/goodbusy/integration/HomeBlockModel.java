package nl.plein.goodbusy.integration;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.plein.api.Directory.OrganisationInfo;
import nl.plein.api.Visitor;
import nl.plein.goodbusy.GoodBusy;
import nl.plein.goodbusy.integration.OpenRequests.OpenRequest;

/**
 * The home-page block's values for one visitor: the newest open requests for everyone, and for a coordinator how many
 * proposals wait for their answer — the number that must not sit unnoticed.
 */
final class HomeBlockModel implements Function<Visitor, Map<String, Object>> {

    static final int SHOWN = 3;
    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final GoodBusy goodBusy;
    private final OpenRequests openRequests;

    HomeBlockModel(GoodBusy goodBusy, OpenRequests openRequests) {
        this.goodBusy = goodBusy;
        this.openRequests = openRequests;
    }

    /** A request line: the request and the name of the organisation that asks. */
    public record Line(String id, String title, String organisation, String place, LocalDate startsOn,
                       LocalDate endsOn) {
        public boolean oneDay() {
            return startsOn.equals(endsOn);
        }
    }

    @Override
    public Map<String, Object> apply(Visitor visitor) {
        LocalDate today = LocalDate.now(goodBusy.context().clock().withZone(AMSTERDAM));
        List<OpenRequest> newest = openRequests.newest(today, SHOWN);
        Map<String, OrganisationInfo> names = goodBusy.context().directory().organisations(
                newest.stream().map(OpenRequest::organisationId).distinct().toList());
        List<Line> lines = new ArrayList<>();
        for (OpenRequest r : newest) {
            OrganisationInfo organisation = names.get(r.organisationId());
            lines.add(new Line(r.id(), r.title(), organisation == null ? "" : organisation.name(),
                    r.remote() ? null : r.municipality(), r.startsOn(), r.endsOn()));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("requests", lines);
        List<String> organisations = goodBusy.sides().socialOrganisationsOf(visitor).stream()
                .map(OrganisationInfo::id).toList();
        List<String> companies = goodBusy.sides().companiesOf(visitor).stream().map(OrganisationInfo::id).toList();
        boolean coordinator = !organisations.isEmpty() || !companies.isEmpty();
        model.put("coordinator", coordinator);
        model.put("waiting", coordinator ? openRequests.waitingForAnswer(organisations, companies) : 0);
        return model;
    }
}
