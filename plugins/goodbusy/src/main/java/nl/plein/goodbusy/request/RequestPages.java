package nl.plein.goodbusy.request;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Directory.OrganisationInfo;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.goodbusy.GoodBusy;
import nl.plein.goodbusy.ItemStatus;
import nl.plein.goodbusy.deal.MatchParties;
import nl.plein.goodbusy.deal.ProposalsOnClosedItems;
import nl.plein.goodbusy.profile.Choices;
import nl.plein.goodbusy.profile.FormInput;
import nl.plein.goodbusy.profile.OrganisationProfile;
import nl.plein.goodbusy.profile.Today;

/**
 * A request's page and its coordinators' forms: new, edit, and pause / open again / close. Only the coordinators of
 * the social organisation that posts it act for a request; a company cannot post one. Templates:
 * {@code goodbusy/request/{show,form,none}.peb}.
 */
final class RequestPages {

    private final GoodBusy goodBusy;

    RequestPages(GoodBusy goodBusy) {
        this.goodBusy = goodBusy;
    }

    /**
     * Open requests are public. A paused or closed one is shown only to those who act on it or oversee it (its
     * coordinators, the brokers of its province, community managers); for anyone else it does not exist.
     */
    void show(Context ctx) {
        HelpRequest request = visible(ctx);
        renderShow(ctx, HttpStatus.OK, request, notice(ctx), "");
    }

    void newForm(Context ctx) {
        List<OrganisationInfo> organisations = goodBusy.sides().socialOrganisationsOf(Visitor.of(ctx));
        if (organisations.isEmpty()) {
            ctx.render("goodbusy/request/none", Map.of());
            return;
        }
        OrganisationInfo chosen = organisations.stream()
                .filter(o -> o.id().equals(ctx.queryParam("organisation"))).findFirst().orElse(organisations.get(0));
        // Where the organisation's profile says it works, else where core has it: most help is needed at home.
        Optional<OrganisationProfile> profile = goodBusy.profiles().organisation(chosen.id());
        FormInput form = RequestForm.blank(chosen.id(),
                profile.map(OrganisationProfile::municipality).orElse(chosen.municipality()),
                profile.map(OrganisationProfile::province).orElse(chosen.province()));
        renderForm(ctx, HttpStatus.OK, null, organisations, form, new FieldErrors());
    }

    void create(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        List<OrganisationInfo> organisations = goodBusy.sides().socialOrganisationsOf(visitor);
        if (organisations.isEmpty()) throw new ForbiddenResponse();
        FormInput form = RequestForm.typed(ctx);
        FieldErrors errors = new FieldErrors();
        String organisationId = form.get("organisation");
        if (organisationId.isEmpty() && organisations.size() == 1) {
            organisationId = organisations.get(0).id();
            form.set("organisation", organisationId);
        }
        if (organisationId.isEmpty()) {
            errors.add("organisation", "goodbusy.request.error.organisation-required");
        } else if (!goodBusy.sides().coordinatesOrganisation(visitor, organisationId)) {
            // Someone else's organisation, or a company: only a social organisation's coordinators post for it.
            throw new ForbiddenResponse();
        }
        RequestDraft draft = RequestForm.validate(form, new RequestForm.Rules(Today.of(goodBusy.context().clock()),
                null), errors);
        if (draft == null || !errors.isEmpty()) {
            renderForm(ctx, HttpStatus.UNPROCESSABLE_CONTENT, null, organisations, form, errors);
            return;
        }
        HelpRequest created = goodBusy.requests().create(organisationId, draft, visitor.personId());
        ctx.redirect("/goodbusy/requests/" + created.id() + "?created=1", HttpStatus.SEE_OTHER);
    }

    void editForm(Context ctx) {
        HelpRequest request = coordinated(ctx);
        if (refusedAsClosed(ctx, request)) return;
        renderForm(ctx, HttpStatus.OK, request, List.of(), RequestForm.of(request), new FieldErrors());
    }

    void update(Context ctx) {
        HelpRequest request = coordinated(ctx);
        if (refusedAsClosed(ctx, request)) return;
        FormInput form = RequestForm.typed(ctx).set("organisation", request.organisationId());
        FieldErrors errors = new FieldErrors();
        RequestDraft draft = RequestForm.validate(form, new RequestForm.Rules(Today.of(goodBusy.context().clock()),
                request), errors);
        if (draft == null) {
            renderForm(ctx, HttpStatus.UNPROCESSABLE_CONTENT, request, List.of(), form, errors);
            return;
        }
        if (!goodBusy.requests().update(request.id(), draft)) {
            // Closed by someone else while this form was open: what was typed is not saved over history.
            renderShow(ctx, HttpStatus.CONFLICT, goodBusy.requests().find(request.id()).orElseThrow(), "",
                    "goodbusy.request.error.closed-no-edit");
            return;
        }
        ctx.redirect("/goodbusy/requests/" + request.id() + "?saved=1", HttpStatus.SEE_OTHER);
    }

    /** Pause, open again or close; closing is final, and saying so is the answer to trying to reopen. */
    void changeStatus(Context ctx) {
        HelpRequest request = coordinated(ctx);
        Optional<ItemStatus> status = ItemStatus.of(ctx.formParam("status"));
        if (status.isEmpty()) {
            renderShow(ctx, HttpStatus.UNPROCESSABLE_CONTENT, request, "", "goodbusy.request.error.status-unknown");
            return;
        }
        if (!goodBusy.requests().setStatus(request.id(), status.get())) {
            renderShow(ctx, HttpStatus.CONFLICT, request, "", "goodbusy.request.error.closed-final");
            return;
        }
        if (status.get() == ItemStatus.CLOSED) {
            ProposalsOnClosedItems.requestClosed(goodBusy, request.id(), Visitor.of(ctx).personId());
        }
        ctx.redirect("/goodbusy/requests/" + request.id() + "?status=" + status.get().code(), HttpStatus.SEE_OTHER);
    }

    private HelpRequest visible(Context ctx) {
        HelpRequest request = goodBusy.requests().find(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        if (request.isOpen()) return request;
        Visitor visitor = Visitor.of(ctx);
        // A company in a match of it follows the link on the match page: for them the request still exists.
        if (goodBusy.sides().coordinatesOrganisation(visitor, request.organisationId())
                || goodBusy.sides().oversees(visitor, request.province())
                || MatchParties.ofRequest(goodBusy, visitor, request.id())) {
            return request;
        }
        throw new NotFoundResponse();
    }

    /** The request, when the visitor coordinates its organisation: 404 when there is none, else 403. */
    private HelpRequest coordinated(Context ctx) {
        HelpRequest request = goodBusy.requests().find(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        if (!goodBusy.sides().coordinatesOrganisation(Visitor.of(ctx), request.organisationId())) {
            throw new ForbiddenResponse();
        }
        return request;
    }

    /** A closed request is history: it is not edited any more. */
    private boolean refusedAsClosed(Context ctx, HelpRequest request) {
        if (request.status() != ItemStatus.CLOSED) return false;
        renderShow(ctx, HttpStatus.CONFLICT, request, "", "goodbusy.request.error.closed-no-edit");
        return true;
    }

    private static String notice(Context ctx) {
        if ("1".equals(ctx.queryParam("created"))) return "created";
        if ("1".equals(ctx.queryParam("saved"))) return "saved";
        return ItemStatus.of(ctx.queryParam("status")).map(s -> "status-" + s.code()).orElse("");
    }

    private void renderShow(Context ctx, HttpStatus status, HelpRequest request, String notice, String problem) {
        Visitor visitor = Visitor.of(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("request", request);
        model.put("organisation", goodBusy.context().directory().organisation(request.organisationId())
                .orElse(null));
        model.put("descriptionHtml", goodBusy.context().markdown().toSafeHtml(request.description()));
        model.put("coordinates", goodBusy.sides().coordinatesOrganisation(visitor, request.organisationId()));
        model.put("notice", notice);
        model.put("problem", problem);
        ctx.status(status).render("goodbusy/request/show", model);
    }

    private void renderForm(Context ctx, HttpStatus status, HelpRequest request, List<OrganisationInfo> organisations,
                            FormInput form, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>(Choices.all());
        model.put("request", request);
        model.put("organisations", organisations);
        model.put("dateKinds", RequestForm.DATE_KINDS);
        model.put("form", form.model());
        model.put("errors", errors.asMap());
        ctx.status(status).render("goodbusy/request/form", model);
    }
}
