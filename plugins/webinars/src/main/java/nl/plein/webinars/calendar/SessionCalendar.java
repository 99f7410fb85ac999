package nl.plein.webinars.calendar;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.plein.api.Messages;
import nl.plein.webinars.programme.Session;

/**
 * Sessions as an iCalendar file (RFC 5545), for a download, a mail attachment or the personal feed. Times are written
 * in Europe/Amsterdam with the zone's rules included, so every calendar app shows the right hour on both sides of a
 * daylight-saving change. The join link is never in the file: files travel (forwarded mails, shared feeds), so an
 * event points to the session's page, which shows the link to registered people when the session is about to start.
 */
public final class SessionCalendar {

    static final String ZONE = "Europe/Amsterdam";
    static final ZoneId AMSTERDAM = ZoneId.of(ZONE);
    static final String PRODUCT = "-//Plein//Kennisboostweken//NL";
    /** How often a subscribed calendar should fetch the feed again (apps may choose to wait longer). */
    private static final Duration REFRESH = Duration.ofHours(1);

    /** Where the person stands with a session; decides the event's status and the mark in its title. */
    public enum Place {
        /** Not about a person: a public download. */
        ANYONE,
        SEAT,
        WAITING,
        /** The person cancelled their registration: the event stays in the feed as cancelled, so apps remove it. */
        GAVE_UP
    }

    /**
     * One session in a calendar, as seen by the person the calendar is for.
     *
     * @param revision the person's registration's revision (0 for {@link Place#ANYONE}): the event's SEQUENCE is the
     *                 session's plus this, so a change of the person's own place (cancelled, a seat from the waiting
     *                 list, registered again) replaces the event as a change of the session does. Both only go up.
     */
    public record Entry(Session session, Place place, int revision) {

        public Entry(Session session, Place place) {
            this(session, place, 0);
        }

        int sequence() {
            return session.sequence() + revision;
        }
    }

    private final URI baseUrl;
    private final String uidDomain;
    private final Clock clock;
    private final Messages messages;
    private final VTimeZone timeZone;

    public SessionCalendar(URI baseUrl, Clock clock, Messages messages) {
        this.baseUrl = baseUrl;
        this.uidDomain = baseUrl.getHost() == null ? "plein" : baseUrl.getHost();
        this.clock = clock;
        this.messages = messages;
        this.timeZone = withOwnClassLoader(() -> ZoneDefinition.of(AMSTERDAM));
    }

    /** The session's page, where people register and, at the right time, find the join link. */
    public String pageUrl(Session session) {
        return baseUrl + "/webinars/sessions/" + session.id();
    }

    /** A calendar of these sessions in the language of the person it is for (it affects only the marks in titles). */
    public byte[] write(List<Entry> entries, Locale locale) {
        return write(entries, locale, null);
    }

    /**
     * As {@link #write(List, Locale)}, named, and with a hint how often to fetch it again: for a subscribed feed.
     */
    public byte[] writeFeed(List<Entry> entries, Locale locale) {
        return write(entries, locale, messages.get(locale, "webinars.calendar.feed-name"));
    }

    private byte[] write(List<Entry> entries, Locale locale, String feedName) {
        return withOwnClassLoader(() -> {
            Calendar calendar = new Calendar();
            calendar.add(new ProdId(PRODUCT));
            calendar.add(ImmutableVersion.VERSION_2_0);
            calendar.add(ImmutableCalScale.GREGORIAN);
            calendar.add(ImmutableMethod.PUBLISH);
            if (feedName != null) {
                calendar.add(new Name(feedName));
                calendar.add(new XProperty("X-WR-CALNAME", feedName));
                calendar.add(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
                calendar.add(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()));
            }
            calendar.add(timeZone);
            Instant now = clock.instant();
            for (Entry entry : entries) calendar.add(event(entry, locale, now));
            return calendar.toString().getBytes(StandardCharsets.UTF_8);
        });
    }

    private VEvent event(Entry entry, Locale locale, Instant now) {
        Session session = entry.session();
        VEvent event = new VEvent(session.startsAt().atZone(AMSTERDAM), session.endsAt().atZone(AMSTERDAM),
                summary(entry, locale));
        // The constructor stamps the event with the system clock; the platform clock is the one that counts.
        event.replace(new DtStamp(now));
        event.add(new Uid(session.id() + "@" + uidDomain));
        String page = pageUrl(session);
        String summary = session.summary() == null ? "" : session.summary().strip();
        String about = summary.isEmpty() ? "" : summary + "\n\n";
        event.add(new Description(about + messages.get(locale, "webinars.calendar.description.page", page)));
        event.add(new Url(URI.create(page)));
        event.add(new Sequence(entry.sequence()));
        event.add(status(entry));
        return event;
    }

    private String summary(Entry entry, Locale locale) {
        String title = entry.session().title();
        if (entry.session().cancelled()) return messages.get(locale, "webinars.calendar.summary.cancelled", title);
        if (entry.place() == Place.WAITING) return messages.get(locale, "webinars.calendar.summary.waiting", title);
        return title;
    }

    private static Status status(Entry entry) {
        if (entry.session().cancelled() || entry.place() == Place.GAVE_UP) return ImmutableStatus.VEVENT_CANCELLED;
        return entry.place() == Place.WAITING ? ImmutableStatus.VEVENT_TENTATIVE : ImmutableStatus.VEVENT_CONFIRMED;
    }

    /**
     * ical4j finds its configuration ({@code ical4j.properties}) and data through the thread's context class loader.
     * Jobs run on a platform thread whose context loader is core's, which knows neither; so every use of ical4j runs
     * with the plugin's own loader as context, whichever thread it is on.
     */
    private static <T> T withOwnClassLoader(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(SessionCalendar.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
