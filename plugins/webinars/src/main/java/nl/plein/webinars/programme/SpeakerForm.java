package nl.plein.webinars.programme;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.plein.api.form.FieldErrors;

/** The speaker form's text fields, for creating and for editing; the photo is handled by {@link SpeakerPhotos}. */
record SpeakerForm(String name, String organisation, String bio, SpeakerKind kind, boolean removePhoto) {

    static final String[] FIELDS = {"name", "organisation", "bio", "kind", "removePhoto"};

    static Map<String, String> typed(Context ctx) {
        return FormFields.read(ctx, FIELDS);
    }

    static Map<String, String> blank() {
        return FormFields.blank(FIELDS);
    }

    static Map<String, String> of(Speaker speaker) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", speaker.name());
        values.put("organisation", speaker.organisation());
        values.put("bio", speaker.bio());
        values.put("kind", speaker.kind().code());
        values.put("removePhoto", "");
        return values;
    }

    /** The checked form, or null when something is wrong (then {@code errors} says what). */
    static SpeakerForm validate(Map<String, String> typed, FieldErrors errors) {
        String name = FormFields.text(typed, "name", 120, "webinars.programme.error.name-required", errors);
        String organisation = FormFields.text(typed, "organisation", 160, null, errors);
        String bio = FormFields.text(typed, "bio", 3000, null, errors);
        var kind = SpeakerKind.of(typed.get("kind"));
        if (kind.isEmpty()) errors.add("kind", "webinars.programme.error.kind");
        if (!errors.isEmpty()) return null;
        return new SpeakerForm(name, organisation, bio, kind.get(), FormFields.ticked(typed, "removePhoto"));
    }
}
