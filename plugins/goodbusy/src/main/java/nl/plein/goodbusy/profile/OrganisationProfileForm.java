package nl.plein.goodbusy.profile;

import io.javalin.http.Context;
import java.util.List;
import nl.plein.api.Directory.OrganisationInfo;
import nl.plein.api.form.FieldErrors;
import nl.plein.goodbusy.vocabulary.Vocabulary;

/**
 * The social organisation's profile form: what was typed, and the checks that turn it into an
 * {@link OrganisationProfile}.
 */
final class OrganisationProfileForm {

    static final List<String> FIELDS = List.of("mission", "targetGroups", "province", "municipality",
            "supervisionCapacity");
    /** Guiding more than 500 volunteers at once is an event, not supervision; the same bound as group sizes. */
    static final int MAX_CAPACITY = 500;

    private OrganisationProfileForm() {
    }

    static FormInput typed(Context ctx) {
        return FormInput.read(ctx, FIELDS, List.of());
    }

    /** A first profile starts where core says the organisation is. */
    static FormInput blank(OrganisationInfo organisation) {
        return FormInput.blank(FIELDS, List.of())
                .set("province", Vocabulary.PROVINCES.contains(organisation.province()) ? organisation.province() : "")
                .set("municipality", organisation.municipality());
    }

    static FormInput of(OrganisationProfile profile) {
        return FormInput.blank(FIELDS, List.of()).set("mission", profile.mission())
                .set("targetGroups", profile.targetGroups()).set("province", profile.province())
                .set("municipality", profile.municipality())
                .set("supervisionCapacity", String.valueOf(profile.supervisionCapacity()));
    }

    /** The profile to store, or null when something is wrong (then {@code errors} says what, per field). */
    static OrganisationProfile validate(String organisationId, FormInput form, FieldErrors errors) {
        String mission = form.text("mission", 5000, "goodbusy.profile.error.mission-required", errors);
        String targetGroups = form.text("targetGroups", 400, null, errors);
        String province = form.choice("province", Vocabulary.PROVINCES, "goodbusy.profile.error.province-required",
                errors);
        String municipality = form.text("municipality", 80, "goodbusy.profile.error.municipality-required", errors);
        Integer capacity = form.number("supervisionCapacity", 1, MAX_CAPACITY,
                "goodbusy.profile.error.capacity-required", errors);
        if (!errors.isEmpty()) return null;
        return new OrganisationProfile(organisationId, mission, targetGroups, province, municipality, capacity, null);
    }
}
