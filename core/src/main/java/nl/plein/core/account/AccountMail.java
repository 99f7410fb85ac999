package nl.plein.core.account;

import java.util.Locale;
import java.util.Map;

/** How account pages send mail: through the outbox, in the recipient's language, once per dedupe key. */
@FunctionalInterface
public interface AccountMail {

    void send(String recipient, String personId, Locale locale, String subjectKey, String template,
              Map<String, Object> model, String dedupeKey, Object... subjectArgs);
}
