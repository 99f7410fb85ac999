package nl.plein.goodbusy.offer;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Directory.OrganisationInfo;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.goodbusy.GoodBusy;
import nl.plein.goodbusy.GoodBusyPermissions;
import nl.plein.goodbusy.ItemStatus;
import nl.plein.goodbusy.deal.MatchParties;
import nl.plein.goodbusy.deal.ProposalsOnClosedItems;
import nl.plein.goodbusy.profile.Choices;
import nl.plein.goodbusy.profile.CompanyProfile;
import nl.plein.goodbusy.profile.FormInput;
import nl.plein.goodbusy.profile.Today;

/**
 * An offer's page and its company coordinators' forms: new, edit, and pause / open again / close. Only the
 * coordinators of the company that makes it act for an offer; a social organisation cannot post one. Templates:
 * {@code goodbusy/offer/{show,form,none}.peb}.
 */
final class OfferPages {

    private final GoodBusy goodBusy;

    OfferPages(GoodBusy goodBusy) {
        this.goodBusy = goodBusy;
    }

    /**
     * Open offers are for every signed-in person; a paused or closed one only for its coordinators, managers and the
     * parties to a match of it (who follow the link on the match page).
     */
    void show(Context ctx) {
        Offer offer = goodBusy.offers().find(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        Visitor visitor = Visitor.of(ctx);
        if (!offer.isOpen() && !goodBusy.sides().coordinatesCompany(visitor, offer.companyId())
                && !visitor.may(GoodBusyPermissions.MANAGE) && !MatchParties.ofOffer(goodBusy, visitor, offer.id())) {
            throw new NotFoundResponse();
        }
        renderShow(ctx, HttpStatus.OK, offer, notice(ctx), "");
    }

    void newForm(Context ctx) {
        List<OrganisationInfo> companies = goodBusy.sides().companiesOf(Visitor.of(ctx));
        if (companies.isEmpty()) {
            ctx.render("goodbusy/offer/none", Map.of());
            return;
        }
        OrganisationInfo chosen = companies.stream().filter(c -> c.id().equals(ctx.queryParam("company")))
                .findFirst().orElse(companies.get(0));
        CompanyProfile profile = goodBusy.profiles().company(chosen.id()).orElse(null);
        FormInput form = OfferForm.blank(chosen.id(), profile, today());
        renderForm(ctx, HttpStatus.OK, null, companies, form, new FieldErrors(), profile != null);
    }

    void create(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        List<OrganisationInfo> companies = goodBusy.sides().companiesOf(visitor);
        if (companies.isEmpty()) throw new ForbiddenResponse();
        FormInput form = OfferForm.typed(ctx);
        FieldErrors errors = new FieldErrors();
        String companyId = form.get("company");
        if (companyId.isEmpty() && companies.size() == 1) {
            companyId = companies.get(0).id();
            form.set("company", companyId);
        }
        if (companyId.isEmpty()) {
            errors.add("company", "goodbusy.offer.error.company-required");
        } else if (!goodBusy.sides().coordinatesCompany(visitor, companyId)) {
            // Another company, or a social organisation: only a company's coordinators offer its employees' time.
            throw new ForbiddenResponse();
        }
        OfferDraft draft = OfferForm.validate(form, new OfferForm.Rules(today(), null), errors);
        if (draft == null || !errors.isEmpty()) {
            renderForm(ctx, HttpStatus.UNPROCESSABLE_CONTENT, null, companies, form, errors);
            return;
        }
        Offer created = goodBusy.offers().create(companyId, draft, visitor.personId());
        ctx.redirect("/goodbusy/offers/" + created.id() + "?created=1", HttpStatus.SEE_OTHER);
    }

    void editForm(Context ctx) {
        Offer offer = coordinated(ctx);
        if (refusedAsClosed(ctx, offer)) return;
        renderForm(ctx, HttpStatus.OK, offer, List.of(), OfferForm.of(offer), new FieldErrors());
    }

    void update(Context ctx) {
        Offer offer = coordinated(ctx);
        if (refusedAsClosed(ctx, offer)) return;
        FormInput form = OfferForm.typed(ctx).set("company", offer.companyId());
        FieldErrors errors = new FieldErrors();
        OfferDraft draft = OfferForm.validate(form, new OfferForm.Rules(today(), offer), errors);
        if (draft == null) {
            renderForm(ctx, HttpStatus.UNPROCESSABLE_CONTENT, offer, List.of(), form, errors);
            return;
        }
        if (!goodBusy.offers().update(offer.id(), draft)) {
            // Closed by someone else while this form was open: what was typed is not saved over history.
            renderShow(ctx, HttpStatus.CONFLICT, goodBusy.offers().find(offer.id()).orElseThrow(), "",
                    "goodbusy.offer.error.closed-no-edit");
            return;
        }
        ctx.redirect("/goodbusy/offers/" + offer.id() + "?saved=1", HttpStatus.SEE_OTHER);
    }

    /** Pause, open again or close; closing is final, and saying so is the answer to trying to reopen. */
    void changeStatus(Context ctx) {
        Offer offer = coordinated(ctx);
        Optional<ItemStatus> status = ItemStatus.of(ctx.formParam("status"));
        if (status.isEmpty()) {
            renderShow(ctx, HttpStatus.UNPROCESSABLE_CONTENT, offer, "", "goodbusy.offer.error.status-unknown");
            return;
        }
        if (!goodBusy.offers().setStatus(offer.id(), status.get())) {
            renderShow(ctx, HttpStatus.CONFLICT, offer, "", "goodbusy.offer.error.closed-final");
            return;
        }
        if (status.get() == ItemStatus.CLOSED) {
            ProposalsOnClosedItems.offerClosed(goodBusy, offer.id(), Visitor.of(ctx).personId());
        }
        ctx.redirect("/goodbusy/offers/" + offer.id() + "?status=" + status.get().code(), HttpStatus.SEE_OTHER);
    }

    /** The offer, when the visitor coordinates its company: 404 when there is none, else 403. */
    private Offer coordinated(Context ctx) {
        Offer offer = goodBusy.offers().find(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        if (!goodBusy.sides().coordinatesCompany(Visitor.of(ctx), offer.companyId())) throw new ForbiddenResponse();
        return offer;
    }

    /** A closed offer is history: it is not edited any more. */
    private boolean refusedAsClosed(Context ctx, Offer offer) {
        if (offer.status() != ItemStatus.CLOSED) return false;
        renderShow(ctx, HttpStatus.CONFLICT, offer, "", "goodbusy.offer.error.closed-no-edit");
        return true;
    }

    private LocalDate today() {
        return Today.of(goodBusy.context().clock());
    }

    private static String notice(Context ctx) {
        if ("1".equals(ctx.queryParam("created"))) return "created";
        if ("1".equals(ctx.queryParam("saved"))) return "saved";
        return ItemStatus.of(ctx.queryParam("status")).map(s -> "status-" + s.code()).orElse("");
    }

    private void renderShow(Context ctx, HttpStatus status, Offer offer, String notice, String problem) {
        Map<String, Object> model = new HashMap<>();
        model.put("offer", offer);
        model.put("company", goodBusy.context().directory().organisation(offer.companyId()).orElse(null));
        model.put("descriptionHtml", goodBusy.context().markdown().toSafeHtml(offer.description()));
        model.put("coordinates", goodBusy.sides().coordinatesCompany(Visitor.of(ctx), offer.companyId()));
        model.put("notice", notice);
        model.put("problem", problem);
        ctx.status(status).render("goodbusy/offer/show", model);
    }

    private void renderForm(Context ctx, HttpStatus status, Offer offer, List<OrganisationInfo> companies,
                            FormInput form, FieldErrors errors) {
        renderForm(ctx, status, offer, companies, form, errors, false);
    }

    /** @param prefilled whether the form was filled in from the company's profile, so the page can say so */
    private void renderForm(Context ctx, HttpStatus status, Offer offer, List<OrganisationInfo> companies,
                            FormInput form, FieldErrors errors, boolean prefilled) {
        Map<String, Object> model = new HashMap<>(Choices.all());
        model.put("offer", offer);
        model.put("companies", companies);
        model.put("prefilled", prefilled);
        model.put("form", form.model());
        model.put("errors", errors.asMap());
        ctx.status(status).render("goodbusy/offer/form", model);
    }
}
