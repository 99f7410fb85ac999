package nl.plein.networks.meeting;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.component.Daylight;
import net.fortuna.ical4j.model.component.Observance;
import net.fortuna.ical4j.model.component.Standard;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.TzName;
import net.fortuna.ical4j.model.property.TzOffsetFrom;
import net.fortuna.ical4j.model.property.TzOffsetTo;

/**
 * A zone's VTIMEZONE, made from the Java runtime's time-zone rules: the yearly changes in force today, as Google and
 * Apple send them too. Small, and read alike by every calendar app.
 *
 * <p>Why not ical4j's own zone registry: it registers itself with {@code java.time} for the whole JVM, so a second
 * copy of ical4j (another plugin that bundles it, or this plugin loaded again) fails to start; its bundled data also
 * files Amsterdam under another zone's name (Europe/Brussels, the tz link target). Building the definition here
 * touches neither: the plugin uses ical4j only to write. (The same class as the webinars plugin's: plugins share no
 * classes, so each keeps its copy.)
 */
final class ZoneDefinition {

    /** The year the definitions start from: before any meeting, after the last change to the EU rules (1996). */
    private static final int SINCE = 1996;
    private static final DateTimeFormatter ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.ROOT);

    private ZoneDefinition() {
    }

    static VTimeZone of(ZoneId zone) {
        List<ZoneOffsetTransitionRule> rules = zone.getRules().getTransitionRules();
        List<Observance> observances = new ArrayList<>();
        for (ZoneOffsetTransitionRule rule : rules) {
            ZoneOffsetTransition first = rule.createTransition(SINCE);
            boolean summer = first.getOffsetAfter().getTotalSeconds() > rule.getStandardOffset().getTotalSeconds();
            Observance observance = summer ? new Daylight() : new Standard();
            observance.add(new TzName(ABBREVIATION.format(first.getInstant().atZone(zone))));
            observance.add(new TzOffsetFrom(first.getOffsetBefore()));
            observance.add(new TzOffsetTo(first.getOffsetAfter()));
            observance.add(new DtStart<>(first.getDateTimeBefore()));
            observance.add(new RRule<>(recurrence(rule)));
            observances.add(observance);
        }
        if (observances.isEmpty()) {
            // Daylight saving abolished: one observance with the offset of today's rules.
            ZoneOffset offset = zone.getRules().getOffset(Instant.MAX);   // the offset after the last change
            Observance standard = new Standard();
            standard.add(new TzOffsetFrom(offset));
            standard.add(new TzOffsetTo(offset));
            standard.add(new DtStart<>(LocalDateTime.of(SINCE, 1, 1, 0, 0)));
            observances.add(standard);
        }
        VTimeZone definition = new VTimeZone(new ComponentList<>(observances));
        definition.add(new TzId(zone.getId()));
        return definition;
    }

    /** The rule as an RRULE: "the last Sunday of March", "the second Sunday of March", "the 1st of April". */
    static String recurrence(ZoneOffsetTransitionRule rule) {
        String yearly = "FREQ=YEARLY;BYMONTH=" + rule.getMonth().getValue();
        int day = rule.getDayOfMonthIndicator();
        DayOfWeek weekday = rule.getDayOfWeek();
        if (weekday == null) return yearly + ";BYMONTHDAY=" + day;
        String code = weekday.name().substring(0, 2);
        int length = rule.getMonth().maxLength();
        if (day > 0 && day + 6 == length) return yearly + ";BYDAY=-1" + code;           // on or after the 25th of 31
        if (day > 0 && (day - 1) % 7 == 0) return yearly + ";BYDAY=" + ((day - 1) / 7 + 1) + code;
        if (day == -1) return yearly + ";BYDAY=-1" + code;
        // Otherwise "on or after the nth" / "on or before the nth-last": the weekday among seven days.
        int from = day > 0 ? day : day - 6;
        return yearly + ";BYMONTHDAY=" + IntStream.rangeClosed(from, from + 6).filter(d -> d != 0)
                .mapToObj(Integer::toString).collect(Collectors.joining(",")) + ";BYDAY=" + code;
    }
}
