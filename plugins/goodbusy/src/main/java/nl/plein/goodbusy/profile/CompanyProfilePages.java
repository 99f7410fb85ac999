package nl.plein.goodbusy.profile;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.plein.api.Directory.OrganisationInfo;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.goodbusy.GoodBusy;
import nl.plein.goodbusy.offer.Offer;

/**
 * A company's page ({@code GET /goodbusy/companies/{org}}: its profile in words and its offers) and its profile form,
 * which only the company's coordinators may fill in. Templates: {@code goodbusy/profile/company*.peb}.
 */
final class CompanyProfilePages {

    private final GoodBusy goodBusy;
    private final OrganisationLookup lookup;

    CompanyProfilePages(GoodBusy goodBusy, OrganisationLookup lookup) {
        this.goodBusy = goodBusy;
        this.lookup = lookup;
    }

    void show(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        OrganisationInfo company = lookup.company(ctx.pathParam("org"));
        boolean coordinates = goodBusy.sides().coordinatesCompany(visitor, company.id());
        CompanyProfile profile = goodBusy.profiles().company(company.id()).orElse(null);
        // Paused and closed offers are the company's own business; everyone else sees what it offers now.
        List<Offer> offers = goodBusy.offers().ofCompany(company.id()).stream()
                .filter(o -> coordinates || o.isOpen()).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("company", company);
        model.put("profile", profile);
        model.put("descriptionHtml", profile == null ? "" : goodBusy.context().markdown().toSafeHtml(
                profile.description()));
        model.put("offers", offers);
        model.put("coordinates", coordinates);
        model.put("notice", "1".equals(ctx.queryParam("saved")) ? "saved" : "");
        ctx.render("goodbusy/profile/company", model);
    }

    void editForm(Context ctx) {
        OrganisationInfo company = lookup.coordinatedCompany(Visitor.of(ctx), ctx.pathParam("org"));
        FormInput form = goodBusy.profiles().company(company.id()).map(CompanyProfileForm::of)
                .orElseGet(() -> CompanyProfileForm.blank(company));
        render(ctx, HttpStatus.OK, company, form, new FieldErrors());
    }

    void save(Context ctx) {
        OrganisationInfo company = lookup.coordinatedCompany(Visitor.of(ctx), ctx.pathParam("org"));
        FormInput form = CompanyProfileForm.typed(ctx);
        FieldErrors errors = new FieldErrors();
        CompanyProfile p = CompanyProfileForm.validate(company.id(), form, errors);
        if (p == null) {
            render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, company, form, errors);
            return;
        }
        goodBusy.profiles().saveCompany(company.id(), p.sector(), p.sizeBand(), p.provinces(), p.causes(), p.skills(),
                p.forms(), p.hoursBudget(), p.description());
        ctx.redirect("/goodbusy/companies/" + company.id() + "?saved=1", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, HttpStatus status, OrganisationInfo company, FormInput form, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>(Choices.all());
        model.put("company", company);
        model.put("form", form.model());
        model.put("errors", errors.asMap());
        ctx.status(status).render("goodbusy/profile/company-form", model);
    }
}
