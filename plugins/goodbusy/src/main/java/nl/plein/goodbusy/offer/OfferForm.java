package nl.plein.goodbusy.offer;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import nl.plein.api.form.FieldErrors;
import nl.plein.goodbusy.profile.CompanyProfile;
import nl.plein.goodbusy.profile.FormInput;
import nl.plein.goodbusy.vocabulary.Vocabulary;

/**
 * The offer form, for creating and for editing: what was typed, and the checks that turn it into an
 * {@link OfferDraft}. An offer works remotely, on site, or both; on site needs the provinces the team goes to.
 */
final class OfferForm {

    static final List<String> FIELDS = List.of("company", "title", "description", "form", "groupSize",
            "availableFrom", "availableUntil", "remoteOk", "onSiteOk", "vogWilling");
    static final List<String> GROUPS = List.of("causes", "skills", "provinces");
    static final int MAX_GROUP = 500;
    /** An offer is a defined commitment; a longer one is posted again, so matches keep looking at real dates. */
    static final int MAX_YEARS = 2;

    /**
     * What the form is checked against.
     *
     * @param existing the offer being edited, or null for a new one
     */
    record Rules(LocalDate today, Offer existing) {
    }

    private OfferForm() {
    }

    static FormInput typed(Context ctx) {
        return FormInput.read(ctx, FIELDS, GROUPS);
    }

    /**
     * A new offer starts from the company's profile (its causes, skills, provinces and first preferred form), on site,
     * available from today: the coordinator changes what differs instead of typing the company's profile again.
     */
    static FormInput blank(String companyId, CompanyProfile profile, LocalDate today) {
        FormInput form = FormInput.blank(FIELDS, GROUPS).set("company", companyId).set("onSiteOk", "yes")
                .set("availableFrom", today.toString());
        if (profile == null) return form;
        return form.set("causes", profile.causes()).set("skills", profile.skills())
                .set("provinces", profile.provinces())
                .set("form", profile.forms().isEmpty() ? "" : profile.forms().get(0));
    }

    static FormInput of(Offer o) {
        return FormInput.blank(FIELDS, GROUPS).set("company", o.companyId()).set("title", o.title())
                .set("description", o.description()).set("form", o.form()).set("causes", o.causes())
                .set("skills", o.skills()).set("groupSize", String.valueOf(o.groupSize()))
                .set("availableFrom", o.availableFrom().toString())
                .set("availableUntil", o.availableUntil().toString()).set("remoteOk", FormInput.yes(o.remoteOk()))
                .set("onSiteOk", FormInput.yes(o.onSiteOk())).set("provinces", o.provinces())
                .set("vogWilling", FormInput.yes(o.vogWilling()));
    }

    /** The draft to store, or null when something is wrong (then {@code errors} says what, per field). */
    static OfferDraft validate(FormInput form, Rules rules, FieldErrors errors) {
        String title = form.text("title", 160, "goodbusy.offer.error.title-required", errors);
        String description = form.text("description", 10_000, "goodbusy.offer.error.description-required", errors);
        String engagement = form.choice("form", Vocabulary.FORMS, "goodbusy.offer.error.form-required", errors);
        List<String> causes = form.codes("causes", Vocabulary.CAUSES, null, errors);
        List<String> skills = form.codes("skills", Vocabulary.SKILLS, null, errors);
        Integer groupSize = form.number("groupSize", 1, MAX_GROUP, "goodbusy.offer.error.group-required", errors);
        LocalDate from = form.date("availableFrom", "goodbusy.offer.error.from-required", errors);
        LocalDate until = form.date("availableUntil", "goodbusy.offer.error.until-required", errors);
        if (from != null && until != null) checkDates(from, until, rules, errors);
        boolean remoteOk = form.ticked("remoteOk");
        boolean onSiteOk = form.ticked("onSiteOk");
        if (!remoteOk && !onSiteOk) errors.add("where", "goodbusy.offer.error.where-required");
        List<String> provinces = form.codes("provinces", Vocabulary.PROVINCES,
                onSiteOk ? "goodbusy.offer.error.provinces-required" : null, errors);
        if (!errors.isEmpty()) return null;
        return new OfferDraft(title, description, engagement, causes, skills, groupSize, from, until, remoteOk,
                onSiteOk, provinces, form.ticked("vogWilling"));
    }

    /**
     * At most {@value #MAX_YEARS} years. A new offer, or one whose end moved, must not have ended already — an old
     * offer may still be corrected after the fact.
     */
    private static void checkDates(LocalDate from, LocalDate until, Rules rules, FieldErrors errors) {
        if (until.isBefore(from)) {
            errors.add("availableUntil", "goodbusy.offer.error.until-before-from");
        } else if (until.isAfter(from.plusYears(MAX_YEARS))) {
            errors.add("availableUntil", "goodbusy.offer.error.range-too-long");
        }
        boolean moved = rules.existing() == null || !rules.existing().availableUntil().equals(until);
        if (moved && until.isBefore(rules.today())) {
            errors.add("availableUntil", "goodbusy.offer.error.until-in-past");
        }
        if (from.isAfter(rules.today().plusYears(MAX_YEARS))) {
            errors.add("availableFrom", "goodbusy.offer.error.from-too-far");
        }
    }
}
