package nl.plein.expeditions.progress;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plein.api.form.FieldErrors;
import nl.plein.expeditions.expedition.TargetGroup;

/** What a work form sent, as typed, and the checks the work forms share. */
final class FormInput {

    /** Large enough for any organisation's volunteers, small enough to be sure it was not a typing accident. */
    static final int MAX_COUNT = 1_000_000;
    /** Longer than any field may be, so a too-long text is kept (cut) for the page that explains it. */
    private static final int CUT = 8001;

    private FormInput() {
    }

    /** The fields, stripped; missing ones are empty. Works for urlencoded and multipart forms alike. */
    static Map<String, String> read(Context ctx, String... fields) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : fields) {
            String value = ctx.formParam(field);
            value = value == null ? "" : value.strip();
            typed.put(field, value.length() > CUT ? value.substring(0, CUT) : value);
        }
        return typed;
    }

    /**
     * A text of at most {@code max} characters.
     *
     * @param requiredKey the message when it is empty, or null when it may be left empty
     * @return the text, null when empty or refused
     */
    static String text(Map<String, String> typed, String field, int max, String requiredKey, FieldErrors errors) {
        String value = typed.get(field);
        if (value.isEmpty()) {
            if (requiredKey != null) errors.add(field, requiredKey);
            return null;
        }
        if (value.length() > max) {
            errors.add(field, "expeditions.work.error.too-long");
            return null;
        }
        return value;
    }

    /** A whole number of people, 0 up to {@link #MAX_COUNT}; blank counts as 0 only where {@code blankIsZero}. */
    static Integer count(Map<String, String> typed, String field, boolean blankIsZero, FieldErrors errors) {
        String value = typed.get(field);
        if (value.isEmpty() && blankIsZero) return 0;
        if (value.isEmpty()) {
            errors.add(field, "expeditions.work.error.count-required");
            return null;
        }
        if (!value.matches("[0-9]{1,7}") || Integer.parseInt(value) > MAX_COUNT) {
            errors.add(field, "expeditions.work.error.count");
            return null;
        }
        return Integer.parseInt(value);
    }

    static TargetGroup targetGroup(Map<String, String> typed, String field, FieldErrors errors) {
        var group = TargetGroup.of(typed.get(field));
        if (group.isEmpty()) errors.add(field, "expeditions.work.error.target-group");
        return group.orElse(null);
    }

    static List<String> targetGroupCodes() {
        return Arrays.stream(TargetGroup.values()).map(TargetGroup::code).toList();
    }

    static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
