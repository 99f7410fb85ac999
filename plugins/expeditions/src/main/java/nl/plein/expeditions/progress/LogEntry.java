package nl.plein.expeditions.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import nl.plein.api.form.FieldErrors;
import nl.plein.expeditions.expedition.Expedition;

/**
 * An entry in an organisation's logbook: what it did, what came of it and what it learned. A shared entry is read
 * by the whole group in the group space; otherwise only by the organisation, the leaders and the programme manager.
 * A public example is also read by everyone on {@code /expeditions/examples} (without its author or attachment); it
 * is always shared with the group too.
 *
 * @param publicExample    published as a good example, with the consent the contact confirmed
 * @param organisationName filled in for the group space only
 */
public record LogEntry(String id, String organisationId, LocalDate happenedOn, String action, String result,
                       String reflection, String attachmentId, boolean shared, boolean publicExample,
                       Instant createdAt, String organisationName) {

    /**
     * {@code shared} is who may read it: {@code no} (the organisation and the leaders), {@code yes} (the group) or
     * {@code public} (everyone, as a good example), which needs {@code consent}.
     */
    static final String[] FIELDS = {"happenedOn", "action", "result", "reflection", "shared", "consent"};
    static final int MAX_TEXT = 4000;
    /** The follow-up measurements run until six months after the closing day; the log may run as long. */
    static final int MONTHS_AFTER_END = 6;

    LogEntry withOrganisationName(String name) {
        return new LogEntry(id, organisationId, happenedOn, action, result, reflection, attachmentId, shared,
                publicExample, createdAt, name);
    }

    /** What a person writes; the attachment comes separately. A public example is always shared. */
    record Draft(LocalDate happenedOn, String action, String result, String reflection, boolean shared,
                 boolean publicExample) {
    }

    /**
     * Checks the entry: the day must fall in the expedition (or the six months after it) and not after today,
     * because a log records what happened. Publishing it as a good example needs the explicit consent box.
     */
    static Draft validate(Map<String, String> typed, Expedition expedition, LocalDate today, FieldErrors errors) {
        LocalDate day = null;
        String value = typed.get("happenedOn");
        if (value.isEmpty()) {
            errors.add("happenedOn", "expeditions.work.error.date-required");
        } else {
            try {
                day = LocalDate.parse(value);
                if (day.isAfter(today)) {
                    errors.add("happenedOn", "expeditions.work.error.date-future");
                } else if (day.isBefore(expedition.startsOn())
                        || day.isAfter(expedition.endsOn().plusMonths(MONTHS_AFTER_END))) {
                    errors.add("happenedOn", "expeditions.work.error.date-outside");
                }
            } catch (DateTimeParseException e) {
                errors.add("happenedOn", "expeditions.work.error.date-format");
            }
        }
        String action = FormInput.text(typed, "action", MAX_TEXT, "expeditions.work.error.action-required", errors);
        String result = FormInput.text(typed, "result", MAX_TEXT, null, errors);
        String reflection = FormInput.text(typed, "reflection", MAX_TEXT, null, errors);
        String shared = typed.get("shared");
        boolean publicExample = shared.equals("public");
        if (!shared.equals("yes") && !shared.equals("no") && !publicExample) {
            errors.add("shared", "expeditions.work.error.shared");
        }
        if (publicExample && !typed.get("consent").equals("yes")) {
            errors.add("consent", "expeditions.examples.error.consent");
        }
        if (!errors.isEmpty()) return null;
        return new Draft(day, action, result, reflection, publicExample || shared.equals("yes"), publicExample);
    }
}
