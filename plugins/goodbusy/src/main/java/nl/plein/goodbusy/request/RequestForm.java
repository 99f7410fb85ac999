package nl.plein.goodbusy.request;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.plein.api.form.FieldErrors;
import nl.plein.goodbusy.profile.FormInput;
import nl.plein.goodbusy.vocabulary.Vocabulary;

/**
 * The request form (hulpvraag), for creating and for editing: what was typed, and the checks that turn it into a
 * {@link RequestDraft}. {@code place} is {@code on-site} or {@code remote}; on site needs a municipality and a
 * province, remote work may still say where the organisation is.
 */
final class RequestForm {

    static final List<String> FIELDS = List.of("organisation", "title", "description", "form", "cause", "minGroup",
            "maxGroup", "dateKind", "startsOn", "endsOn", "recurrence", "place", "municipality", "province",
            "vogRequired", "accessibility");
    static final List<String> GROUPS = List.of("skills");
    static final List<String> DATE_KINDS = Arrays.stream(DateKind.values()).map(DateKind::code).toList();
    static final List<String> PLACES = List.of("on-site", "remote");
    static final int MAX_GROUP = 500;
    /** Longer plans are made again: a request is a defined project, and matches look at its dates. */
    static final int MAX_YEARS = 2;

    /**
     * What the form is checked against.
     *
     * @param existing the request being edited, or null for a new one
     */
    record Rules(LocalDate today, HelpRequest existing) {
    }

    private RequestForm() {
    }

    static FormInput typed(Context ctx) {
        return FormInput.read(ctx, FIELDS, GROUPS);
    }

    /** A new request starts at the organisation's place, on one day, on site. */
    static FormInput blank(String organisationId, String municipality, String province) {
        return FormInput.blank(FIELDS, GROUPS).set("organisation", organisationId)
                .set("dateKind", DateKind.ONE_DAY.code()).set("place", "on-site").set("municipality", municipality)
                .set("province", Vocabulary.PROVINCES.contains(province) ? province : "");
    }

    static FormInput of(HelpRequest r) {
        return FormInput.blank(FIELDS, GROUPS).set("organisation", r.organisationId()).set("title", r.title())
                .set("description", r.description()).set("form", r.form()).set("cause", r.cause())
                .set("skills", r.skills()).set("minGroup", String.valueOf(r.minGroup()))
                .set("maxGroup", String.valueOf(r.maxGroup())).set("dateKind", r.dateKind().code())
                .set("startsOn", r.startsOn().toString())
                .set("endsOn", r.dateKind() == DateKind.ONE_DAY ? "" : r.endsOn().toString())
                .set("recurrence", r.recurrence()).set("place", r.remote() ? "remote" : "on-site")
                .set("municipality", r.municipality()).set("province", r.province())
                .set("vogRequired", FormInput.yes(r.vogRequired())).set("accessibility", r.accessibility());
    }

    /** The draft to store, or null when something is wrong (then {@code errors} says what, per field). */
    static RequestDraft validate(FormInput form, Rules rules, FieldErrors errors) {
        String title = form.text("title", 160, "goodbusy.request.error.title-required", errors);
        String description = form.text("description", 10_000, "goodbusy.request.error.description-required",
                errors);
        String engagement = form.choice("form", Vocabulary.FORMS, "goodbusy.request.error.form-required", errors);
        String cause = form.choice("cause", Vocabulary.CAUSES, "goodbusy.request.error.cause-required", errors);
        List<String> skills = form.codes("skills", Vocabulary.SKILLS, null, errors);
        Integer min = form.number("minGroup", 1, MAX_GROUP, "goodbusy.request.error.min-required", errors);
        Integer max = form.number("maxGroup", 1, MAX_GROUP, "goodbusy.request.error.max-required", errors);
        if (min != null && max != null && min > max) errors.add("maxGroup", "goodbusy.request.error.max-below-min");
        DateKind kind = DateKind.of(form.choice("dateKind", DATE_KINDS, "goodbusy.request.error.date-kind-required",
                errors)).orElse(null);
        LocalDate[] dates = dates(form, kind, rules, errors);
        String recurrence = "";
        if (kind == DateKind.RECURRING) {
            recurrence = form.text("recurrence", 200, "goodbusy.request.error.recurrence-required", errors);
        }
        String place = form.choice("place", PLACES, "goodbusy.request.error.place-required", errors);
        boolean remote = "remote".equals(place);
        String municipality = form.text("municipality", 80,
                remote ? null : "goodbusy.request.error.municipality-required", errors);
        String province = remote && form.get("province").isEmpty() ? ""
                : form.choice("province", Vocabulary.PROVINCES, "goodbusy.request.error.province-required", errors);
        String accessibility = form.text("accessibility", 2000, null, errors);
        if (!errors.isEmpty()) return null;
        return new RequestDraft(title, description, engagement, cause, skills, min, max, kind, dates[0], dates[1],
                recurrence, remote, municipality, province, form.ticked("vogRequired"), accessibility);
    }

    /**
     * Start and end: one day ends when it starts; a period or a recurring request runs at most {@value #MAX_YEARS}
     * years. A new request, or one whose end moved, must not have ended already — an old request may still be
     * corrected after the fact.
     */
    private static LocalDate[] dates(FormInput form, DateKind kind, Rules rules, FieldErrors errors) {
        LocalDate start = form.date("startsOn", "goodbusy.request.error.start-required", errors);
        LocalDate end = kind == DateKind.ONE_DAY ? start
                : form.date("endsOn", "goodbusy.request.error.end-required", errors);
        if (start == null || end == null || kind == null) return new LocalDate[2];
        String endField = kind == DateKind.ONE_DAY ? "startsOn" : "endsOn";
        if (end.isBefore(start)) {
            errors.add("endsOn", "goodbusy.request.error.end-before-start");
        } else if (end.isAfter(start.plusYears(MAX_YEARS))) {
            errors.add("endsOn", "goodbusy.request.error.range-too-long");
        }
        boolean moved = rules.existing() == null || !rules.existing().endsOn().equals(end);
        if (moved && end.isBefore(rules.today())) errors.add(endField, "goodbusy.request.error.end-in-past");
        if (start.isAfter(rules.today().plusYears(MAX_YEARS))) {
            errors.add("startsOn", "goodbusy.request.error.start-too-far");
        }
        return new LocalDate[] {start, end};
    }
}
