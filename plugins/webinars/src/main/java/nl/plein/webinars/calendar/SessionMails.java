package nl.plein.webinars.calendar;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.plein.api.Directory;
import nl.plein.api.Mail;
import nl.plein.api.PluginContext;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.registration.Registration;

/**
 * Mail to one person about one session: the title, the time (the templates show it in Europe/Amsterdam, in the
 * recipient's language), the session's page, and when asked the session as a calendar file, written in the
 * recipient's language too. Every mail is about a registration, whose revision goes into the file's SEQUENCE, the
 * same as in the person's feed: a later file always replaces an earlier one.
 */
final class SessionMails {

    static final String ICS_TYPE = "text/calendar; charset=UTF-8; method=PUBLISH";

    private final PluginContext context;
    private final SessionCalendar calendar;

    SessionMails(PluginContext context, SessionCalendar calendar) {
        this.context = context;
        this.calendar = calendar;
    }

    /**
     * Queues the mail {@code webinars/mail/<template>} with subject {@code webinars.mail.<template>.subject} to the
     * person of the registration.
     *
     * @param registration the registration as it is now (after the change the mail is about)
     * @param place        where the person stands, for the attached file; null for a mail without one
     * @param more         extra values for the template (e.g. the waiting-list position)
     */
    void send(Registration registration, String template, Session session, SessionCalendar.Place place,
              Map<String, Object> more, String dedupeKey) {
        send(registration, "webinars.mail." + template + ".subject", template, session, place, more, dedupeKey);
    }

    /** As above with a subject of its own, for one template that serves several moments (the reminders). */
    void send(Registration registration, String subjectKey, String template, Session session,
              SessionCalendar.Place place, Map<String, Object> more, String dedupeKey) {
        String personId = registration.personId();
        Map<String, Object> model = new HashMap<>(more);
        model.put("title", session.title());
        model.put("startsAt", session.startsAt());
        model.put("endsAt", session.endsAt());
        model.put("url", calendar.pageUrl(session));
        model.put("feedUrl", context.baseUrl() + "/webinars/calendar");
        List<Mail.Attachment> files = place == null ? List.of()
                : List.of(new Mail.Attachment(FileNames.ics(session.title()), ICS_TYPE,
                        calendar.write(List.of(new SessionCalendar.Entry(session, place, registration.revision())),
                                localeOf(personId))));
        context.mail().toPerson(personId, subjectKey, "webinars/mail/" + template, model, dedupeKey, files);
    }

    /** The recipient's language, for the marks in the file's titles; the mail itself core writes in it already. */
    private Locale localeOf(String personId) {
        return context.directory().person(personId).map(Directory.PersonInfo::locale)
                .map(Locale::forLanguageTag).orElse(Locale.forLanguageTag("nl"));
    }
}
