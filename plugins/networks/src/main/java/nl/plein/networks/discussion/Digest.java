package nl.plein.networks.discussion;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import nl.plein.api.Jobs;
import nl.plein.api.PluginContext;
import nl.plein.networks.Networks;
import nl.plein.networks.space.Spaces;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The daily digest of the discussions: a durable job ({@value #KIND}, keyed by the date) at 7:00 in Amsterdam. Each
 * run plans the next one first, and every start plans the coming one, so a failing run does not stop the days after.
 *
 * <p>A run covers the posts up to 7:00 of its date, from where each reader's previous digest ended
 * ({@code digest_sent_until}); it queues one mail per person per space ({@link DigestContent}) and then moves every
 * reader's {@code digest_sent_until} to 7:00 in one statement. Safe to repeat: a retry of a run cut off before that
 * statement finds the same posts and queues the same mails under the same dedupe key (person, space, date), so nobody
 * gets one twice; a run after it finds nothing new. A run started before its hour ("run now" on the admin jobs page)
 * covers up to that moment and plans the next date; the date's own 7:00 run is then done.
 */
final class Digest {

    static final String KIND = "networks.digest";
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final LocalTime HOUR = LocalTime.of(7, 0);
    private static final Logger log = LoggerFactory.getLogger(Digest.class);

    /** What a run did, for the log and the benchmark. */
    record Outcome(int readers, int spaces, int posts, int mails, long computeMillis, long mailMillis) {
    }

    private final PluginContext context;
    private final Spaces spaces;
    private final Jdbi jdbi;
    private final Jobs jobs;
    private final Clock clock;
    private final DigestContent content;

    Digest(Networks networks) {
        this.context = networks.context();
        this.spaces = networks.spaces();
        this.jdbi = networks.context().jdbi();
        this.jobs = networks.context().jobs();
        this.clock = networks.context().clock();
        this.content = new DigestContent(jdbi);
    }

    /** Plans the first digest after the moment (the same date again only confirms the pending one). */
    void planNext(Instant after) {
        LocalDate day = LocalDate.ofInstant(after, AMSTERDAM);
        if (!at(day).isAfter(after)) day = day.plusDays(1);
        jobs.schedule(KIND, day.toString(), at(day), day.toString());
    }

    /** The job handler. */
    void run(Jobs.Job job) {
        LocalDate date = date(job);
        Instant now = clock.instant();
        planNext(now.isAfter(at(date)) ? now : at(date));
        Outcome outcome = send(date);
        log.info("discussion digest sent date={} readers={} spaces={} posts={} mails={} compute_ms={} mail_ms={}",
                date, outcome.readers(), outcome.spaces(), outcome.posts(), outcome.mails(), outcome.computeMillis(),
                outcome.mailMillis());
    }

    /**
     * The digest of one date: posts up to 7:00 that day. Run before that hour (an administrator's "run now" of the
     * planned job) it covers posts up to now only: what is written between now and 7:00 would otherwise be in no
     * digest, as the readers' next digest starts where this one ends.
     */
    Outcome send(LocalDate date) {
        Instant hour = at(date);
        Instant now = clock.instant();
        Instant until = now.isBefore(hour) ? now : hour;
        long started = System.nanoTime();
        long computing = 0;
        Map<String, List<DigestContent.Reader>> readers = content.readers(until);
        int readerCount = 0;
        int posts = 0;
        int mails = 0;
        DigestMails mailer = new DigestMails(context, spaces, date);
        for (Map.Entry<String, List<DigestContent.Reader>> space : readers.entrySet()) {
            long start = System.nanoTime();
            readerCount += space.getValue().size();
            DigestContent.Batch batch = content.letters(space.getKey(), space.getValue(), until);
            computing += System.nanoTime() - start;
            posts += batch.posts();
            if (!batch.letters().isEmpty()) mails += mailer.send(space.getKey(), batch.letters());
        }
        jdbi.useHandle(h -> h.createUpdate("""
                        UPDATE networks_notification_settings SET digest_sent_until = :until
                         WHERE mode = 'digest' AND (digest_sent_until IS NULL OR digest_sent_until < :until)""")
                .bind("until", until).execute());
        long total = (System.nanoTime() - started) / 1_000_000;
        return new Outcome(readerCount, readers.size(), posts, mails, computing / 1_000_000,
                total - computing / 1_000_000);
    }

    static Instant at(LocalDate day) {
        return day.atTime(HOUR).atZone(AMSTERDAM).toInstant();
    }

    private static LocalDate date(Jobs.Job job) {
        for (String text : new String[] {job.payload(), job.key()}) {
            try {
                if (text != null) return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // try the next
            }
        }
        throw new IllegalArgumentException("digest job without a date: " + job.key());
    }
}
