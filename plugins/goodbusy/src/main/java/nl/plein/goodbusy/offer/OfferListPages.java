package nl.plein.goodbusy.offer;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.plein.api.Directory.OrganisationInfo;
import nl.plein.api.Visitor;
import nl.plein.api.form.Paging;
import nl.plein.goodbusy.GoodBusy;
import nl.plein.goodbusy.profile.Today;

/**
 * {@code GET /goodbusy/offers} (open offers, for signed-in people: what companies offer is not for the whole web) and
 * {@code GET /goodbusy/offers/mine} (every offer of the companies the visitor coordinates, whatever its status).
 * Templates: {@code goodbusy/offer/{list,mine}.peb}.
 */
final class OfferListPages {

    private final GoodBusy goodBusy;
    private final OpenOffers openOffers;

    OfferListPages(GoodBusy goodBusy, OpenOffers openOffers) {
        this.goodBusy = goodBusy;
        this.openOffers = openOffers;
    }

    void open(Context ctx) {
        int page = Paging.page(ctx);
        List<Offer> rows = openOffers.page(Today.of(goodBusy.context().clock()), page);
        boolean hasNext = rows.size() > OpenOffers.PAGE_SIZE;
        List<Offer> shown = hasNext ? rows.subList(0, OpenOffers.PAGE_SIZE) : rows;
        Map<String, String> names = goodBusy.context().directory()
                .organisations(shown.stream().map(Offer::companyId).collect(Collectors.toSet()))
                .values().stream().collect(Collectors.toMap(OrganisationInfo::id, OrganisationInfo::name));
        Map<String, Object> model = new HashMap<>();
        model.put("offers", shown);
        model.put("names", names);
        model.put("page", page);
        model.put("hasNext", hasNext);
        model.put("mayPost", !goodBusy.sides().companiesOf(Visitor.of(ctx)).isEmpty());
        ctx.render("goodbusy/offer/list", model);
    }

    void mine(Context ctx) {
        List<OrganisationInfo> companies = goodBusy.sides().companiesOf(Visitor.of(ctx));
        Map<String, String> names = companies.stream()
                .collect(Collectors.toMap(OrganisationInfo::id, OrganisationInfo::name));
        Map<String, Object> model = new HashMap<>();
        model.put("companies", companies);
        model.put("offers", openOffers.ofCompanies(names.keySet()));
        model.put("names", names);
        ctx.render("goodbusy/offer/mine", model);
    }
}
