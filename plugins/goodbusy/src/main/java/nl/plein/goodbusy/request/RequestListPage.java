package nl.plein.goodbusy.request;

import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.plein.api.Directory.OrganisationInfo;
import nl.plein.api.Visitor;
import nl.plein.api.form.Paging;
import nl.plein.goodbusy.GoodBusy;
import nl.plein.goodbusy.profile.Choices;
import nl.plein.goodbusy.profile.Today;

/**
 * {@code GET /goodbusy/requests}: the open requests whose dates have not passed, newest first, filtered on cause,
 * form, province and text, a page at a time, each with its organisation's name. Public: a company looks around
 * before it signs up. Template: {@code goodbusy/request/list.peb}.
 */
final class RequestListPage {

    private final GoodBusy goodBusy;

    RequestListPage(GoodBusy goodBusy) {
        this.goodBusy = goodBusy;
    }

    void show(Context ctx) {
        RequestFilter filter = RequestFilter.of(ctx);
        int page = Paging.page(ctx);
        List<HelpRequest> rows = goodBusy.requests().openPage(filter.cause(), filter.form(), filter.province(),
                filter.text(), Today.of(goodBusy.context().clock()), page);
        boolean hasNext = rows.size() > Requests.PAGE_SIZE;
        List<HelpRequest> shown = hasNext ? rows.subList(0, Requests.PAGE_SIZE) : rows;
        Map<String, String> names = goodBusy.context().directory()
                .organisations(shown.stream().map(HelpRequest::organisationId).collect(Collectors.toSet()))
                .values().stream().collect(Collectors.toMap(OrganisationInfo::id, OrganisationInfo::name));
        Map<String, Object> model = new HashMap<>(Choices.all());
        model.put("requests", shown);
        model.put("names", names);
        model.put("filter", filter);
        model.put("filterQuery", filter.query());
        model.put("page", page);
        model.put("hasNext", hasNext);
        model.put("mayPost", !goodBusy.sides().socialOrganisationsOf(Visitor.of(ctx)).isEmpty());
        ctx.render("goodbusy/request/list", model);
    }
}
