package nl.plein.core.mail;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Mail;
import nl.plein.api.Mail.Attachment;
import org.jdbi.v3.core.Jdbi;

/**
 * The {@link Mail} a plugin gets from its context: one instance per plugin. It finds the person's address and
 * language itself, so plugins never read {@code plein_people}, and it prefixes the dedupe key with the plugin id, so
 * two plugins choosing the same key ({@code "reminder-42"}) do not swallow each other's mail.
 */
public final class MailAdapter implements Mail {

    private final String pluginId;
    private final Jdbi jdbi;
    private final Outbox outbox;

    public MailAdapter(String pluginId, Jdbi jdbi, Outbox outbox) {
        this.pluginId = pluginId;
        this.jdbi = jdbi;
        this.outbox = outbox;
    }

    /**
     * Does nothing when the person does not exist (any more): mail for an erased person must not go out. Too big
     * attachments throw also then, so the mistake shows in every test, not only in those with a real recipient.
     */
    @Override
    public void toPerson(String personId, String subjectKey, String template, Map<String, Object> model,
                         String dedupeKey, List<Attachment> attachments) {
        List<Attachment> files = OutgoingMail.checked(attachments);
        addressOf(personId).ifPresent(to -> outbox.enqueue(outbox.render(to.email(), personId, to.locale(),
                subjectKey, template, model == null ? Map.of() : model, pluginId + ":" + dedupeKey)
                .withAttachments(files)));
    }

    /** Addresses are kept as written apart from case and spaces; the language falls back to Dutch. */
    @Override
    public void toAddress(String email, Locale locale, String subjectKey, String template, Map<String, Object> model,
                          String dedupeKey, Object... subjectArgs) {
        Locale language = locale != null && locale.getLanguage().equals("en") ? Locale.forLanguageTag("en")
                : Locale.forLanguageTag("nl");
        outbox.enqueue(email.strip().toLowerCase(Locale.ROOT), null, language, subjectKey, template,
                model == null ? Map.of() : model, pluginId + ":" + dedupeKey, subjectArgs);
    }

    private Optional<Address> addressOf(String personId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT email, locale FROM plein_people WHERE id = :id")
                .bind("id", personId)
                .map((rs, ctx) -> new Address(rs.getString("email"), Locale.forLanguageTag(rs.getString("locale"))))
                .findOne());
    }

    private record Address(String email, Locale locale) {
    }
}
