package nl.plein.networks.trajectory;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.plein.api.form.FieldErrors;

/** Reading and checking the trajectory form; what was typed is kept for the page that explains a mistake. */
final class TrajectoryForm {

    static final int MAX_MUNICIPALITY = 80;
    static final int MAX_THEME = 200;
    static final int MAX_PARTNERS = 2000;
    static final int MAX_NOTE = 4000;
    /** Longer than any field may be, so a too-long text is kept (cut) for the page that explains it. */
    private static final int CUT = 4001;
    private static final String[] FIELDS = {"municipality", "province", "lead", "officer", "theme", "partners", "status"};

    private TrajectoryForm() {
    }

    /** A new trajectory starts. */
    static Map<String, String> blank() {
        Map<String, String> form = empty();
        form.put("status", TrajectoryStatus.STARTING.code());
        return form;
    }

    static Map<String, String> of(Trajectory t) {
        Map<String, String> form = empty();
        form.put("municipality", t.municipality());
        form.put("province", t.province());
        form.put("lead", nullToEmpty(t.leadOrganisationId()));
        form.put("officer", nullToEmpty(t.officerId()));
        form.put("theme", t.theme());
        form.put("partners", t.partners());
        form.put("status", t.status().code());
        return form;
    }

    static Map<String, String> typed(Context ctx) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : FIELDS) form.put(field, cut(ctx.formParam(field)));
        return form;
    }

    static String cut(String value) {
        String stripped = value == null ? "" : value.strip();
        return stripped.length() > CUT ? stripped.substring(0, CUT) : stripped;
    }

    /**
     * The draft, or null when something is wrong (then {@code errors} says what).
     *
     * @param fixedOfficer when the programme officer edits their own trajectory: they keep it, whatever is sent (only a
     *                     coordinator assigns officers); null when a coordinator edits
     */
    static TrajectoryDraft validate(Map<String, String> form, Choices choices, String fixedOfficer, FieldErrors errors) {
        String municipality = form.get("municipality");
        if (municipality.isEmpty()) errors.add("municipality", "networks.trajectory.error.municipality-required");
        else if (municipality.length() > MAX_MUNICIPALITY) {
            errors.add("municipality", "networks.trajectory.error.municipality-too-long");
        }
        String province = form.get("province");
        if (!Provinces.ALL.contains(province)) errors.add("province", "networks.trajectory.error.province");
        String lead = form.get("lead");
        if (choices.organisations().isEmpty()) errors.add("lead", "networks.trajectory.error.no-organisations");
        else if (!choices.hasOrganisation(lead)) errors.add("lead", "networks.trajectory.error.lead");
        String officer = fixedOfficer != null ? fixedOfficer : form.get("officer");
        if (fixedOfficer == null && !officer.isEmpty() && !choices.hasOfficer(officer)) {
            errors.add("officer", "networks.trajectory.error.officer");
        }
        String theme = form.get("theme");
        if (theme.isEmpty()) errors.add("theme", "networks.trajectory.error.theme-required");
        else if (theme.length() > MAX_THEME) errors.add("theme", "networks.trajectory.error.theme-too-long");
        String partners = form.get("partners");
        if (partners.length() > MAX_PARTNERS) errors.add("partners", "networks.trajectory.error.partners-too-long");
        var status = TrajectoryStatus.of(form.get("status"));
        if (status.isEmpty()) errors.add("status", "networks.trajectory.error.status");
        if (!errors.isEmpty()) return null;
        return new TrajectoryDraft(municipality, province, lead, officer.isEmpty() ? null : officer, theme, partners,
                status.get());
    }

    /** A monitoring note's text, or null with an error. */
    static String note(String typed, FieldErrors errors) {
        String body = cut(typed);
        if (body.isEmpty()) errors.add("body", "networks.trajectory.error.note-required");
        else if (body.length() > MAX_NOTE) errors.add("body", "networks.trajectory.error.note-too-long");
        return errors.isEmpty() ? body : null;
    }

    private static Map<String, String> empty() {
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : FIELDS) form.put(field, "");
        return form;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
