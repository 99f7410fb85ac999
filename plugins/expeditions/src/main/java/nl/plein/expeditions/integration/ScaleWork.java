package nl.plein.expeditions.integration;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.plein.api.hooks.ScaleData;
import nl.plein.expeditions.expedition.TargetGroup;
import nl.plein.expeditions.integration.ExpeditionScaleData.Dated;
import nl.plein.expeditions.integration.ExpeditionScaleData.Schedule;
import nl.plein.expeditions.integration.ScaleRows.Table;
import nl.plein.expeditions.integration.ScaleShape.Expedition;
import nl.plein.expeditions.integration.ScaleShape.Participation;
import nl.plein.expeditions.integration.ScaleShape.Phase;
import org.jdbi.v3.core.Jdbi;

/**
 * What the organisations did in their expeditions, as far as each got by {@link ScaleData.Generation#now()}: the
 * method's steps (baseline, plan, homework, attendance at the meetings), the logbook and, after the end, the final
 * measurement and the follow-ups three and six months later. Busy organisations do more of everything; quiet ones
 * stop after the baseline. Nothing is dated after now.
 */
final class ScaleWork {

    private static final TargetGroup[] GROUPS = Arrays.copyOf(TargetGroup.values(), TargetGroup.values().length - 1);

    private final ScaleData.Generation generation;
    private final Random random;
    private final ScaleTexts texts;
    private final LocalDate today;
    private final Instant now;

    private final Table baselines = new Table("INSERT INTO expeditions_baselines (expedition_id, organisation_id, "
            + "current_volunteers, target_group, ambition, recorded_at, recorded_by) VALUES (:e, :o, :n, :g, :ambition, "
            + ":at, :by)");
    private final Table plans = new Table("INSERT INTO expeditions_plans (expedition_id, organisation_id, goal, "
            + "target_group, experiments, updated_at, updated_by) VALUES (:e, :o, :goal, :g, :experiments, :at, :by)");
    private final Table submissions = new Table("INSERT INTO expeditions_submissions (assignment_id, organisation_id, "
            + "body, attachment_id, submitted_at, submitted_by) VALUES (:a, :o, :body, NULL, :at, :by)");
    private final Table attendance = new Table("INSERT INTO expeditions_attendance (meeting_id, organisation_id, present) "
            + "VALUES (:m, :o, :present)");
    private final Table logEntries = new Table("INSERT INTO expeditions_log_entries (id, expedition_id, organisation_id, "
            + "happened_on, action, result, reflection, attachment_id, shared, public_example, author_id, created_at) "
            + "VALUES (:id, :e, :o, :on, :action, :result, :reflection, NULL, :shared, :example, :by, :at)");
    private final Table measurements = new Table("INSERT INTO expeditions_measurements (expedition_id, organisation_id, "
            + "moment, target_group, new_volunteers, retained, recorded_at, recorded_by) VALUES (:e, :o, :moment, :g, "
            + ":n, :r, :at, :by)");

    ScaleWork(ScaleData.Generation generation, Random random, ScaleTexts texts, LocalDate today) {
        this.generation = generation;
        this.random = random;
        this.texts = texts;
        this.today = today;
        this.now = generation.now();
    }

    void write(Jdbi jdbi, List<Expedition> expeditions, Map<String, Schedule> schedules, int logEntryCount) {
        for (Expedition e : expeditions) {
            if (e.phase() == Phase.PLANNED) continue;
            Schedule schedule = schedules.get(e.id());
            List<Dated> recorded = schedule.meetings().stream()
                    .filter(m -> m.at().isBefore(now) && random.nextInt(100) < 85).toList();
            for (Participation p : e.participants()) steps(e, schedule, recorded, p);
        }
        log(expeditions, logEntryCount);
        ScaleRows.write(jdbi, generation, "steps", List.of(baselines, plans, submissions, attendance));
        ScaleRows.write(jdbi, generation, "log entries", List.of(logEntries));
        ScaleRows.write(jdbi, generation, "measurements", List.of(measurements));
    }

    /** One organisation's way through the method so far. */
    private void steps(Expedition e, Schedule schedule, List<Dated> recordedMeetings, Participation p) {
        String o = p.organisation().id();
        double diligence = Math.min(0.98, 0.45 + 0.25 * p.activity());
        double underway = e.underway(today);
        TargetGroup group = e.focus() != TargetGroup.OTHER && random.nextInt(10) < 8 ? e.focus()
                : GROUPS[random.nextInt(GROUPS.length)];

        Instant baselineAt = ScaleShape.at(e.startsOn().plusDays(random.nextInt(14)), 10 + random.nextInt(10));
        if (random.nextDouble() < diligence + 0.1 && baselineAt.isBefore(now)) {
            int volunteers = 5 + (int) Math.min(395, -40 * Math.log(1 - random.nextDouble()));
            Instant at = baselineAt;
            String ambition = texts.ambition();
            String by = member(p);
            baselines.add(b -> b.bind("e", e.id()).bind("o", o).bind("n", volunteers).bind("g", group.code())
                    .bind("ambition", ambition).bind("at", at).bind("by", by));
        }
        Instant planAt = ScaleShape.at(e.startsOn().plusDays(21 + random.nextInt(21)), 9 + random.nextInt(12));
        if (underway > 0.2 && random.nextDouble() < diligence && planAt.isBefore(now)) {
            Instant at = planAt;
            String goal = texts.goal(3 + random.nextInt(10));
            String experiments = texts.experiments();
            String by = member(p);
            plans.add(b -> b.bind("e", e.id()).bind("o", o).bind("goal", goal).bind("g", group.code())
                    .bind("experiments", experiments).bind("at", at).bind("by", by));
        }
        for (Dated a : schedule.assignments()) {
            boolean due = !a.at().isAfter(now);
            boolean early = !due && a.at().isBefore(now.plus(Duration.ofDays(7)));
            if (!(due && random.nextDouble() < diligence) && !(early && random.nextDouble() < 0.2 * diligence)) continue;
            long hoursOff = random.nextInt(10) == 0 ? random.nextInt(240) : -random.nextInt(7 * 24);
            Instant at = until(a.at().plus(Duration.ofHours(hoursOff)));
            String body = texts.submission();
            String by = member(p);
            submissions.add(b -> b.bind("a", a.id()).bind("o", o).bind("body", body).bind("at", at).bind("by", by));
        }
        double presence = Math.min(0.97, 0.55 + 0.1 * p.activity());
        for (Dated m : recordedMeetings) {
            boolean present = random.nextDouble() < presence;
            attendance.add(b -> b.bind("m", m.id()).bind("o", o).bind("present", present));
        }
        if (e.phase() == Phase.FINISHED && random.nextDouble() < diligence + 0.05) measured(e, p, group);
    }

    /** The final measurement, and the follow-ups when their time has come. */
    private void measured(Expedition e, Participation p, TargetGroup group) {
        TargetGroup second = random.nextInt(4) == 0 ? GROUPS[(Arrays.asList(GROUPS).indexOf(group) + 1) % GROUPS.length] : null;
        int fresh = (int) Math.min(25, p.activity() * (0.5 + 2.5 * random.nextDouble()));
        int kept = fresh - random.nextInt(fresh / 2 + 1);
        int extraFresh = second == null ? 0 : 1 + random.nextInt(3);
        int extraKept = extraFresh - random.nextInt(2);
        String[] moments = {"final", "plus3", "plus6"};
        int[] afterDays = {0, 91, 182};
        for (int i = 0; i < moments.length; i++) {
            LocalDate from = e.endsOn().plusDays(afterDays[i]);
            if (i > 0 && (!from.plusDays(14).isBefore(today) || random.nextInt(10) < 4)) break;
            Instant at = until(ScaleShape.at(from.plusDays(random.nextInt(14)), 9 + random.nextInt(10)));
            if (i > 0) {
                fresh += random.nextInt(3);
                kept = Math.max(0, Math.min(fresh, kept + random.nextInt(3) - 1));
            }
            measurement(e, p, moments[i], group, fresh, kept, at);
            if (second != null) measurement(e, p, moments[i], second, extraFresh, Math.max(0, extraKept), at);
        }
    }

    private void measurement(Expedition e, Participation p, String moment, TargetGroup group, int fresh, int kept,
                             Instant at) {
        String by = member(p);
        measurements.add(b -> b.bind("e", e.id()).bind("o", p.organisation().id()).bind("moment", moment)
                .bind("g", group.code()).bind("n", fresh).bind("r", kept).bind("at", at).bind("by", by));
    }

    /**
     * The logbooks: each entry goes to an organisation with a chance in proportion to how busy it is and how long its
     * expedition has been under way, so the total is exact and the spread is uneven.
     */
    private void log(List<Expedition> expeditions, int count) {
        List<Expedition> of = new ArrayList<>();
        List<Participation> who = new ArrayList<>();
        List<Double> cumulative = new ArrayList<>();
        double sum = 0;
        for (Expedition e : expeditions) {
            long days = e.daysUnderway(today);
            if (days == 0) continue;
            for (Participation p : e.participants()) {
                sum += p.activity() * days;
                of.add(e);
                who.add(p);
                cumulative.add(sum);
            }
        }
        if (who.isEmpty()) return;
        for (int i = 0; i < count; i++) {
            int k = index(cumulative, random.nextDouble() * sum);
            entry(of.get(k), who.get(k));
        }
    }

    private static int index(List<Double> cumulative, double point) {
        int low = 0;
        int high = cumulative.size() - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative.get(mid) > point) high = mid;
            else low = mid + 1;
        }
        return low;
    }

    private void entry(Expedition e, Participation p) {
        LocalDate on = e.startsOn().plusDays(random.nextInt((int) e.daysUnderway(today) + 1));
        Instant at = until(ScaleShape.at(on, 8 + random.nextInt(14)).plus(Duration.ofMinutes(random.nextInt(3 * 24 * 60))));
        String id = generation.id();
        String action = texts.action();
        String result = random.nextInt(4) == 0 ? null : texts.result();
        String reflection = random.nextBoolean() ? null : texts.reflection();
        boolean shared = random.nextInt(100) < 45;
        boolean example = shared && random.nextInt(100) < 4;
        String by = member(p);
        logEntries.add(b -> b.bind("id", id).bind("e", e.id()).bind("o", p.organisation().id()).bind("on", on.toString())
                .bind("action", action).bind("result", result).bind("reflection", reflection).bind("shared", shared)
                .bind("example", example).bind("by", by).bind("at", at));
    }

    /** Someone of the organisation; the administrator, its first member, more often than the others. */
    private String member(Participation p) {
        ScaleData.Organisation o = p.organisation();
        if (o.members() <= 1 || random.nextInt(3) == 0) return o.administratorId();
        return generation.people().get(o.firstPerson() + random.nextInt(o.members())).id();
    }

    /** Not after now: what is generated has happened. */
    private Instant until(Instant at) {
        Instant latest = now.minus(Duration.ofMinutes(1));
        return at.isAfter(latest) ? latest : at;
    }
}
