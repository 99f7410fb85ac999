package nl.plein.core.organisation;

import io.javalin.http.Context;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.plein.api.form.FieldErrors;
import nl.plein.core.web.Forms;

/** What the organisation form submits (or demo data provides), read and checked in one place. */
public record OrganisationForm(String name, OrganisationKind kind, String municipality, String province,
                               String website, String description) {

    static final int DESCRIPTION_MAX = 4000;

    /** The submitted values as typed, to show again beside errors. */
    static Map<String, String> typed(Context ctx) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : new String[] {"name", "kind", "municipality", "province", "website", "description"}) {
            typed.put(field, Forms.text(ctx, field, field.equals("description") ? DESCRIPTION_MAX + 1 : 301));
        }
        return typed;
    }

    static Map<String, String> of(Organisation o) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", o.name());
        values.put("kind", o.kind().code());
        values.put("municipality", o.municipality() == null ? "" : o.municipality());
        values.put("province", o.province() == null ? "" : o.province());
        values.put("website", o.website() == null ? "" : o.website());
        values.put("description", o.description() == null ? "" : o.description());
        return values;
    }

    /** Checks the typed values; the form record only when there are no errors. */
    static OrganisationForm validate(Map<String, String> typed, FieldErrors errors) {
        String name = typed.get("name");
        if (name.isEmpty()) errors.add("name", "organisation.error.name-required");
        else if (name.length() > 200) errors.add("name", "organisation.error.too-long");
        var kind = OrganisationKind.of(typed.get("kind"));
        if (kind.isEmpty()) errors.add("kind", "organisation.error.kind");
        if (typed.get("municipality").length() > 100) errors.add("municipality", "organisation.error.too-long");
        String province = typed.get("province");
        if (!province.isEmpty() && !Organisation.PROVINCES.contains(province)) {
            errors.add("province", "organisation.error.province");
        }
        String website = typed.get("website");
        if (!website.isEmpty() && !isWebAddress(website)) errors.add("website", "organisation.error.website");
        if (typed.get("description").length() > DESCRIPTION_MAX) errors.add("description", "organisation.error.too-long");
        if (!errors.isEmpty()) return null;
        return new OrganisationForm(name, kind.get(), blankToNull(typed.get("municipality")), blankToNull(province),
                blankToNull(website), blankToNull(typed.get("description")));
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            return value.length() <= 300 && uri.getHost() != null
                    && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()));
        } catch (Exception e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
