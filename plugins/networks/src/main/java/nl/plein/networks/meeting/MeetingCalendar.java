package nl.plein.networks.meeting;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.plein.api.Messages;

/**
 * Meetings as an iCalendar file (RFC 5545): one meeting as a download, or a person's feed. Times are written in
 * Europe/Amsterdam with the zone's rules included, so every calendar app shows the right hour on both sides of a
 * daylight-saving change. Each event keeps its UID (the meeting's id) and carries the meeting's SEQUENCE, so a moved
 * or cancelled meeting replaces the copy a calendar holds.
 *
 * <p>The online meeting link is never in the file: files travel (forwarded, shared feeds), so an event points to the
 * meeting's page, which shows the link to those who may read the meeting.
 */
final class MeetingCalendar {

    private static final String PRODUCT = "-//Plein//Netwerken//NL";
    /** How often a subscribed calendar should fetch the feed again (apps may choose to wait longer). */
    private static final Duration REFRESH = Duration.ofHours(1);

    /** One meeting and the name of its space (a person's feed mixes the meetings of all their spaces). */
    record Entry(Meeting meeting, String spaceName) {
    }

    private final URI baseUrl;
    private final String uidDomain;
    private final Clock clock;
    private final Messages messages;
    private final VTimeZone timeZone;

    MeetingCalendar(URI baseUrl, Clock clock, Messages messages) {
        this.baseUrl = baseUrl;
        this.uidDomain = baseUrl.getHost() == null ? "plein" : baseUrl.getHost();
        this.clock = clock;
        this.messages = messages;
        this.timeZone = withOwnClassLoader(() -> ZoneDefinition.of(Amsterdam.ZONE));
    }

    String pageUrl(Meeting meeting) {
        return baseUrl + "/networks/spaces/" + meeting.spaceId() + "/meetings/" + meeting.id();
    }

    /** One meeting, as a file to download. */
    byte[] write(Entry entry, Locale locale) {
        return write(List.of(entry), locale, null);
    }

    /** A person's feed: named, and with a hint how often to fetch it again. */
    byte[] writeFeed(List<Entry> entries, Locale locale) {
        return write(entries, locale, messages.get(locale, "networks.meeting.calendar.feed-name"));
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
        Meeting meeting = entry.meeting();
        String title = messages.get(locale, "networks.meeting.calendar.summary", meeting.title(), entry.spaceName());
        if (meeting.cancelled()) title = messages.get(locale, "networks.meeting.calendar.summary-cancelled", title);
        VEvent event = new VEvent(meeting.startsAt().atZone(Amsterdam.ZONE), meeting.endsAt().atZone(Amsterdam.ZONE),
                title);
        // The constructor stamps the event with the system clock; the platform clock is the one that counts.
        event.replace(new DtStamp(now));
        event.add(new Uid(meeting.id() + "@" + uidDomain));
        if (!meeting.place().isBlank()) event.add(new Location(meeting.place()));
        String page = pageUrl(meeting);
        event.add(new Description(messages.get(locale, "networks.meeting.calendar.description", entry.spaceName(),
                page)));
        event.add(new Url(URI.create(page)));
        event.add(new Sequence(meeting.sequence()));
        event.add(meeting.cancelled() ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
        return event;
    }

    /**
     * ical4j finds its configuration ({@code ical4j.properties}) and data through the thread's context class loader,
     * which on a request or job thread is core's; so every use of ical4j runs with the plugin's own loader as context.
     */
    private static <T> T withOwnClassLoader(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(MeetingCalendar.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
