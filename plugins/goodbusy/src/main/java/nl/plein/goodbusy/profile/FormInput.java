package nl.plein.goodbusy.profile;

import io.javalin.http.Context;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.plein.api.form.FieldErrors;

/**
 * What a Good Busy form sent, as typed — single fields and checkbox groups — and the checks its forms share. The
 * profile, request and offer forms all keep what was typed on an error page, ticked boxes and chosen options
 * included, so a person never types a long request twice.
 *
 * <p>Messages of the shared checks ({@code goodbusy.profile.form.*}): {@code too-long.<max>} for the maximum lengths
 * used here, {@code unknown-choice}, {@code whole-number}, {@code between} and {@code date}.
 */
public final class FormInput {

    /** Longer than any field may be, so a too-long text is kept (cut) for the page that explains it. */
    private static final int CUT = 10_001;
    /** More boxes than any group has: the rest is not read (the check refuses unknown codes anyway). */
    private static final int MAX_TICKED = 100;

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final Map<String, List<String>> groups = new LinkedHashMap<>();

    private FormInput() {
    }

    /** The named fields and checkbox groups of a posted form, stripped; missing ones are empty. */
    public static FormInput read(Context ctx, List<String> fieldNames, List<String> groupNames) {
        FormInput input = new FormInput();
        for (String name : fieldNames) input.fields.put(name, cut(ctx.formParam(name)));
        for (String name : groupNames) {
            Set<String> ticked = new LinkedHashSet<>();
            for (String value : ctx.formParams(name)) {
                String code = cut(value);
                if (!code.isEmpty()) ticked.add(code.length() > 60 ? code.substring(0, 61) : code);
                if (ticked.size() >= MAX_TICKED) break;
            }
            input.groups.put(name, List.copyOf(ticked));
        }
        return input;
    }

    /** An empty form with these fields and groups; fill in defaults with {@link #set}. */
    public static FormInput blank(List<String> fieldNames, List<String> groupNames) {
        FormInput input = new FormInput();
        for (String name : fieldNames) input.fields.put(name, "");
        for (String name : groupNames) input.groups.put(name, List.of());
        return input;
    }

    public FormInput set(String field, String value) {
        fields.put(field, value == null ? "" : value);
        return this;
    }

    public FormInput set(String group, Collection<String> codes) {
        groups.put(group, codes == null ? List.of() : List.copyOf(codes));
        return this;
    }

    public String get(String field) {
        return fields.getOrDefault(field, "");
    }

    public List<String> group(String group) {
        return groups.getOrDefault(group, List.of());
    }

    /** Fields and groups by name, for the template ({@code form.title}, {@code form.skills contains code}). */
    public Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>(fields);
        model.putAll(groups);
        return model;
    }

    private static String cut(String value) {
        String stripped = value == null ? "" : value.strip();
        return stripped.length() > CUT ? stripped.substring(0, CUT) : stripped;
    }

    // ---- checks: each returns the value, or null after adding the field's error

    /**
     * A text of at most {@code max} characters.
     *
     * @param requiredKey the message when it is empty, or null when it may be left empty
     */
    public String text(String field, int max, String requiredKey, FieldErrors errors) {
        String value = get(field);
        if (value.isEmpty() && requiredKey != null) {
            errors.add(field, requiredKey);
            return null;
        }
        if (value.length() > max) {
            errors.add(field, "goodbusy.profile.form.too-long." + max);
            return null;
        }
        return value;
    }

    /** One of the allowed codes (a select or a radio group). */
    public String choice(String field, List<String> allowed, String requiredKey, FieldErrors errors) {
        String value = get(field);
        if (value.isEmpty()) {
            errors.add(field, requiredKey);
            return null;
        }
        if (!allowed.contains(value)) {
            errors.add(field, "goodbusy.profile.form.unknown-choice");
            return null;
        }
        return value;
    }

    /**
     * The ticked codes of a checkbox group, in vocabulary order; a code the vocabulary does not know (an old page, a
     * forged form) is refused rather than dropped in silence.
     *
     * @param requiredKey the message when none is ticked, or null when none is fine
     */
    public List<String> codes(String group, List<String> vocabulary, String requiredKey, FieldErrors errors) {
        List<String> ticked = group(group);
        if (!vocabulary.containsAll(ticked)) {
            errors.add(group, "goodbusy.profile.form.unknown-choice");
            return null;
        }
        if (ticked.isEmpty() && requiredKey != null) {
            errors.add(group, requiredKey);
            return null;
        }
        List<String> ordered = new ArrayList<>();
        for (String code : vocabulary) if (ticked.contains(code)) ordered.add(code);
        return ordered;
    }

    /** A whole number from {@code min} to {@code max}; each way of getting it wrong has its own message. */
    public Integer number(String field, int min, int max, String requiredKey, FieldErrors errors) {
        String value = get(field);
        if (value.isEmpty()) {
            errors.add(field, requiredKey);
            return null;
        }
        if (!value.matches("[-+]?[0-9]+")) {
            errors.add(field, "goodbusy.profile.form.whole-number");
            return null;
        }
        BigInteger number = new BigInteger(value);
        if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
            errors.add(field, "goodbusy.profile.form.between." + min + "." + max);
            return null;
        }
        return number.intValue();
    }

    /** A calendar date as a date field sends it (YYYY-MM-DD). */
    public LocalDate date(String field, String requiredKey, FieldErrors errors) {
        String value = get(field);
        if (value.isEmpty()) {
            errors.add(field, requiredKey);
            return null;
        }
        // Four-digit years only: the ISO parser would also take "+12026-01-01", a date no one means.
        if (!value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            errors.add(field, "goodbusy.profile.form.date");
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(field, "goodbusy.profile.form.date");
            return null;
        }
    }

    /** A single checkbox: ticked when it sent "yes". */
    public boolean ticked(String field) {
        return "yes".equals(get(field));
    }

    public static String yes(boolean ticked) {
        return ticked ? "yes" : "";
    }
}
