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
import nl.plein.goodbusy.request.HelpRequest;

/**
 * A social organisation's page ({@code GET /goodbusy/organisations/{org}}: its profile in words and its requests) and
 * its profile form, which only its coordinators may fill in. Templates: {@code goodbusy/profile/organisation*.peb}.
 */
final class OrganisationProfilePages {

    private final GoodBusy goodBusy;
    private final OrganisationLookup lookup;

    OrganisationProfilePages(GoodBusy goodBusy, OrganisationLookup lookup) {
        this.goodBusy = goodBusy;
        this.lookup = lookup;
    }

    void show(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        OrganisationInfo organisation = lookup.socialOrganisation(ctx.pathParam("org"));
        boolean coordinates = goodBusy.sides().coordinatesOrganisation(visitor, organisation.id());
        OrganisationProfile profile = goodBusy.profiles().organisation(organisation.id()).orElse(null);
        // A paused or closed request is shown on its own page only to those who may act on it; the list follows suit.
        List<HelpRequest> requests = goodBusy.requests().ofOrganisation(organisation.id()).stream()
                .filter(r -> coordinates || r.isOpen()).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("organisation", organisation);
        model.put("profile", profile);
        model.put("missionHtml", profile == null ? "" : goodBusy.context().markdown().toSafeHtml(profile.mission()));
        model.put("requests", requests);
        model.put("coordinates", coordinates);
        model.put("notice", "1".equals(ctx.queryParam("saved")) ? "saved" : "");
        ctx.render("goodbusy/profile/organisation", model);
    }

    void editForm(Context ctx) {
        OrganisationInfo organisation = lookup.coordinatedOrganisation(Visitor.of(ctx), ctx.pathParam("org"));
        FormInput form = goodBusy.profiles().organisation(organisation.id()).map(OrganisationProfileForm::of)
                .orElseGet(() -> OrganisationProfileForm.blank(organisation));
        render(ctx, HttpStatus.OK, organisation, form, new FieldErrors());
    }

    void save(Context ctx) {
        OrganisationInfo organisation = lookup.coordinatedOrganisation(Visitor.of(ctx), ctx.pathParam("org"));
        FormInput form = OrganisationProfileForm.typed(ctx);
        FieldErrors errors = new FieldErrors();
        OrganisationProfile p = OrganisationProfileForm.validate(organisation.id(), form, errors);
        if (p == null) {
            render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, organisation, form, errors);
            return;
        }
        goodBusy.profiles().saveOrganisation(organisation.id(), p.mission(), p.targetGroups(), p.province(),
                p.municipality(), p.supervisionCapacity());
        ctx.redirect("/goodbusy/organisations/" + organisation.id() + "?saved=1", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, HttpStatus status, OrganisationInfo organisation, FormInput form,
                        FieldErrors errors) {
        Map<String, Object> model = new HashMap<>(Choices.all());
        model.put("organisation", organisation);
        model.put("form", form.model());
        model.put("errors", errors.asMap());
        ctx.status(status).render("goodbusy/profile/organisation-form", model);
    }
}
