package nl.plein.api.form;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of validating a form: for each field that is wrong, the message key that says why. Templates show
 * the message beside the field and keep what was typed. User mistakes are values, not exceptions.
 *
 * <pre>{@code
 * var errors = new FieldErrors();
 * if (title.isBlank()) errors.add("title", "example.error.title-required");
 * if (!errors.isEmpty()) { ctx.status(422).render("example/new", Map.of("errors", errors.asMap(), "form", form)); return; }
 * }</pre>
 */
public final class FieldErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    /** Records the first problem with a field; later ones for the same field are ignored. */
    public FieldErrors add(String field, String messageKey) {
        byField.putIfAbsent(field, messageKey);
        return this;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    /** Field name to message key, in the order they were found. */
    public Map<String, String> asMap() {
        return Collections.unmodifiableMap(byField);
    }
}
