package nl.plein.goodbusy.profile;

import io.javalin.http.Context;
import java.util.List;
import nl.plein.api.Directory.OrganisationInfo;
import nl.plein.api.form.FieldErrors;
import nl.plein.goodbusy.vocabulary.Vocabulary;

/** The company profile form: what was typed, and the checks that turn it into a {@link CompanyProfile}. */
final class CompanyProfileForm {

    static final List<String> FIELDS = List.of("sector", "sizeBand", "hoursBudget", "description");
    static final List<String> GROUPS = List.of("provinces", "causes", "skills", "forms");
    /** A million hours a year: more than the largest Dutch employer's staff could give; beyond it is a typo. */
    static final int MAX_BUDGET = 1_000_000;

    private CompanyProfileForm() {
    }

    static FormInput typed(Context ctx) {
        return FormInput.read(ctx, FIELDS, GROUPS);
    }

    /** A first profile: the company's own province ticked, as core knows it. */
    static FormInput blank(OrganisationInfo company) {
        FormInput form = FormInput.blank(FIELDS, GROUPS);
        if (Vocabulary.PROVINCES.contains(company.province())) form.set("provinces", List.of(company.province()));
        return form;
    }

    static FormInput of(CompanyProfile profile) {
        return FormInput.blank(FIELDS, GROUPS).set("sector", profile.sector()).set("sizeBand", profile.sizeBand())
                .set("hoursBudget", String.valueOf(profile.hoursBudget())).set("description", profile.description())
                .set("provinces", profile.provinces()).set("causes", profile.causes()).set("skills", profile.skills())
                .set("forms", profile.forms());
    }

    /** The profile to store, or null when something is wrong (then {@code errors} says what, per field). */
    static CompanyProfile validate(String companyId, FormInput form, FieldErrors errors) {
        String sector = form.choice("sector", Vocabulary.SECTORS, "goodbusy.profile.error.sector-required", errors);
        String size = form.choice("sizeBand", Vocabulary.SIZE_BANDS, "goodbusy.profile.error.size-required", errors);
        List<String> provinces = form.codes("provinces", Vocabulary.PROVINCES,
                "goodbusy.profile.error.provinces-required", errors);
        List<String> causes = form.codes("causes", Vocabulary.CAUSES, null, errors);
        List<String> skills = form.codes("skills", Vocabulary.SKILLS, null, errors);
        List<String> forms = form.codes("forms", Vocabulary.FORMS, null, errors);
        Integer budget = form.number("hoursBudget", 0, MAX_BUDGET, "goodbusy.profile.error.budget-required", errors);
        String description = form.text("description", 5000, null, errors);
        if (!errors.isEmpty()) return null;
        return new CompanyProfile(companyId, sector, size, provinces, causes, skills, forms, budget, description,
                null);
    }
}
