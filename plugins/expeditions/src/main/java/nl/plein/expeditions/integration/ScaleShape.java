package nl.plein.expeditions.integration;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.plein.api.hooks.ScaleData;
import nl.plein.expeditions.expedition.Format;
import nl.plein.expeditions.expedition.TargetGroup;

/**
 * Who leads which expedition, when it runs and which organisations take part: the skeleton the rows hang on, drawn
 * before anything is written. Leaders are staff of volunteer centres, umbrellas and municipalities; the groups are
 * mostly volunteer organisations of the expedition's province. A few leaders lead many expeditions, most lead one or
 * two; group sizes vary from 2 to about 25 organisations.
 */
final class ScaleShape {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final Set<String> LEADER_KINDS = Set.of("volunteer-centre", "umbrella", "municipality");
    private static final int MIN_GROUP = 2;
    private static final int MAX_GROUP = 30;

    enum Phase { FINISHED, RUNNING, PLANNED }

    /** A generated person who leads expeditions, with the organisation they work for. */
    record Leader(ScaleData.Person person, ScaleData.Organisation home) {
    }

    /**
     * An organisation in one expedition.
     *
     * @param activity how much it does: quiet below 0.5, busy above 3; drives its steps, log and attendance
     */
    record Participation(ScaleData.Organisation organisation, double activity, Instant joinedAt) {
    }

    record Expedition(String id, Leader leader, Leader coLeader, String place, String province, TargetGroup focus,
                      Format format, LocalDate startsOn, LocalDate endsOn, boolean published, Instant createdAt,
                      Phase phase, List<Participation> participants) {

        List<Leader> leaders() {
            return coLeader == null ? List.of(leader) : List.of(leader, coLeader);
        }

        /** Days of work so far: from the start to today or the end, whichever is first; 0 before it starts. */
        long daysUnderway(LocalDate today) {
            LocalDate until = endsOn.isBefore(today) ? endsOn : today;
            return Math.max(0, ChronoUnit.DAYS.between(startsOn, until));
        }

        /** How far through its weeks, 0 to 1. */
        double underway(LocalDate today) {
            return (double) daysUnderway(today) / ChronoUnit.DAYS.between(startsOn, endsOn);
        }
    }

    final List<Leader> leaders;
    final List<Expedition> expeditions;
    /** Two more people of the leaders' kind of organisation: the programme manager and an observer (a funder). */
    final ScaleData.Person manager;
    /** The leader with the most expeditions, and their running expedition with the largest group of all. */
    Leader busiest;
    Expedition showcase;
    private int showcaseIndex;
    final ScaleData.Person observer;

    private final ScaleData.Generation generation;
    private final Random random;
    private final LocalDate today;

    private ScaleShape(ScaleData.Generation generation, Random random, int leaderCount, int expeditionCount,
                       int participations) {
        this.generation = generation;
        this.random = random;
        this.today = LocalDate.ofInstant(generation.now(), AMSTERDAM);
        List<ScaleData.Person> staff = staff(leaderCount + 2);
        this.leaders = staff.subList(0, leaderCount).stream()
                .map(p -> new Leader(p, generation.organisations().get(p.organisationIndex()))).toList();
        this.manager = staff.get(leaderCount);
        this.observer = staff.get(leaderCount + 1);
        this.expeditions = expeditions(expeditionCount, participations);
        this.showcase = expeditions.get(showcaseIndex);
    }

    static ScaleShape draw(ScaleData.Generation generation, Random random, int leaders, int expeditions,
                           int participations) {
        return new ScaleShape(generation, random, leaders, expeditions, participations);
    }

    /** Distinct people from volunteer centres, umbrellas and municipalities; anyone when those are too few. */
    private List<ScaleData.Person> staff(int count) {
        List<ScaleData.Person> people = generation.people();
        List<ScaleData.Organisation> organisations = generation.organisations();
        List<Integer> candidates = new ArrayList<>();
        for (ScaleData.Organisation o : organisations) {
            if (!LEADER_KINDS.contains(o.kind())) continue;
            for (int i = 0; i < o.members(); i++) candidates.add(o.firstPerson() + i);
        }
        if (candidates.size() < count) {
            candidates.clear();
            for (int i = 0; i < people.size(); i++) candidates.add(i);
        }
        if (candidates.size() < count) throw new IllegalStateException("too few generated people for " + count + " leaders");
        List<ScaleData.Person> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(candidates.size() - i);
            Collections.swap(candidates, i, j);
            chosen.add(people.get(candidates.get(i)));
        }
        return chosen;
    }

    private List<Expedition> expeditions(int count, int participations) {
        int[] leaderOf = leaderPerExpedition(count);
        int[] coLeaderOf = new int[count];
        for (int e = 0; e < count; e++) {
            coLeaderOf[e] = leaders.size() > 1 && random.nextInt(5) == 0
                    ? (leaderOf[e] + 1 + random.nextInt(leaders.size() - 1)) % leaders.size() : -1;
        }
        int[] sizes = groupSizes(count, participations);
        List<Phase> phases = phases(count);
        busiestTakesTheLargestGroup(leaderOf, coLeaderOf, sizes, phases);
        Pools pools = new Pools(generation.organisations());
        List<Expedition> result = new ArrayList<>();
        TargetGroup[] groups = TargetGroup.values();
        for (int e = 0; e < count; e++) {
            Leader leader = leaders.get(leaderOf[e]);
            Leader co = coLeaderOf[e] < 0 ? null : leaders.get(coLeaderOf[e]);
            // Mostly the leader's own province; now and then a neighbouring job elsewhere.
            ScaleData.Organisation where = random.nextInt(10) < 9 ? leader.home() : pools.any(random);
            TargetGroup focus = random.nextInt(12) == 0 ? TargetGroup.OTHER : groups[random.nextInt(groups.length - 1)];
            Format format = Format.values()[random.nextInt(10) < 6 ? 2 : random.nextInt(2)];
            Phase phase = phases.get(e);
            int weeks = 16 + random.nextInt(5);
            LocalDate starts = switch (phase) {
                case FINISHED -> today.minusDays(7 + random.nextInt(330)).minusWeeks(weeks);
                case RUNNING -> today.minusDays(7 + random.nextInt(weeks * 7 - 14));
                case PLANNED -> today.plusDays(7 + random.nextInt(63));
            };
            LocalDate ends = starts.plusWeeks(weeks);
            Instant created = min(at(starts.minusDays(21 + random.nextInt(42)), 9 + random.nextInt(9)),
                    generation.now().minus(Duration.ofDays(1 + random.nextInt(14))));
            String id = generation.id();
            List<Participation> group = new ArrayList<>();
            Instant joinUntil = min(at(starts, 9), generation.now().minus(Duration.ofHours(1)));
            for (ScaleData.Organisation o : pools.group(random, where.province(), focus, sizes[e])) {
                Instant joined = created.plusMillis((long) (random.nextDouble() * (joinUntil.toEpochMilli() - created.toEpochMilli())));
                group.add(new Participation(o, activity(), joined));
            }
            group.sort((a, b) -> a.joinedAt().compareTo(b.joinedAt()));
            result.add(new Expedition(id, leader, co, where.municipality(), where.province(), focus, format, starts, ends,
                    random.nextInt(10) < 7, created, phase, List.copyOf(group)));
        }
        return result;
    }

    /**
     * The leader who leads the most expeditions (the first of equals) is the experienced one who also takes the largest
     * group, on one of their running expeditions: that dashboard is the realistic worst case the suite measures.
     */
    private void busiestTakesTheLargestGroup(int[] leaderOf, int[] coLeaderOf, int[] sizes, List<Phase> phases) {
        int[] led = new int[leaders.size()];
        for (int e = 0; e < leaderOf.length; e++) {
            led[leaderOf[e]]++;
            if (coLeaderOf[e] >= 0) led[coLeaderOf[e]]++;
        }
        int top = 0;
        for (int l = 1; l < led.length; l++) if (led[l] > led[top]) top = l;
        busiest = leaders.get(top);
        int largest = 0;
        for (int e = 1; e < sizes.length; e++) if (sizes[e] > sizes[largest]) largest = e;
        int showcase = -1;
        for (int e = 0; e < leaderOf.length; e++) {
            boolean theirs = leaderOf[e] == top || coLeaderOf[e] == top;
            boolean better = showcase < 0 || phases.get(e) == Phase.RUNNING && phases.get(showcase) != Phase.RUNNING;
            if (theirs && better) showcase = e;
        }
        int swap = sizes[showcase];
        sizes[showcase] = sizes[largest];
        sizes[largest] = swap;
        showcaseIndex = showcase;
    }

    /** Every leader leads at least one; the rest go mostly to a few busy leaders. */
    private int[] leaderPerExpedition(int count) {
        int[] leaderOf = new int[count];
        int n = leaders.size();
        for (int e = 0; e < count; e++) {
            leaderOf[e] = e < n ? e : (int) (n * Math.pow(random.nextDouble(), 1.6));
        }
        for (int e = count - 1; e > 0; e--) {
            int j = random.nextInt(e + 1);
            int swap = leaderOf[e];
            leaderOf[e] = leaderOf[j];
            leaderOf[j] = swap;
        }
        return leaderOf;
    }

    /** Sizes that add up to exactly {@code total}: a long tail of large groups, most around five. */
    private int[] groupSizes(int count, int total) {
        double[] weights = new double[count];
        double sum = 0;
        for (int e = 0; e < count; e++) {
            weights[e] = 0.5 - Math.log(1 - random.nextDouble());
            sum += weights[e];
        }
        int[] sizes = new int[count];
        int made = 0;
        for (int e = 0; e < count; e++) {
            sizes[e] = Math.max(MIN_GROUP, Math.min(MAX_GROUP, (int) Math.round(total * weights[e] / sum)));
            made += sizes[e];
        }
        int target = Math.max(count * MIN_GROUP, Math.min(count * MAX_GROUP, total));
        while (made != target) {
            int e = random.nextInt(count);
            if (made < target && sizes[e] < MAX_GROUP) {
                sizes[e]++;
                made++;
            } else if (made > target && sizes[e] > MIN_GROUP) {
                sizes[e]--;
                made--;
            }
        }
        return sizes;
    }

    /** A quarter finished, a tenth still to start, the rest running; shuffled over the expeditions. */
    private List<Phase> phases(int count) {
        int finished = (int) Math.round(count * 0.25);
        int planned = (int) Math.round(count * 0.10);
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            phases.add(i < finished ? Phase.FINISHED : i < finished + planned ? Phase.PLANNED : Phase.RUNNING);
        }
        Collections.shuffle(phases, random);
        return phases;
    }

    /** One in five busy, half steady, the rest quiet. */
    private double activity() {
        double u = random.nextDouble();
        return u < 0.2 ? 3 + 3 * random.nextDouble() : u < 0.7 ? 0.8 + random.nextDouble() : 0.1 + 0.4 * random.nextDouble();
    }

    static Instant at(LocalDate day, int hour) {
        return day.atTime(LocalTime.of(hour, 0)).atZone(AMSTERDAM).toInstant();
    }

    static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** The organisations that can take part, by province: volunteer organisations, and the rest (employers…). */
    private static final class Pools {
        private final List<ScaleData.Organisation> all;
        private final Map<String, List<ScaleData.Organisation>> volunteer = new HashMap<>();
        private final Map<String, List<ScaleData.Organisation>> other = new HashMap<>();
        private final List<ScaleData.Organisation> anyVolunteer = new ArrayList<>();
        private final List<ScaleData.Organisation> anyOther = new ArrayList<>();

        Pools(List<ScaleData.Organisation> organisations) {
            this.all = organisations;
            for (ScaleData.Organisation o : organisations) {
                if (LEADER_KINDS.contains(o.kind())) continue;
                boolean isVolunteer = "volunteer-organisation".equals(o.kind());
                (isVolunteer ? volunteer : other).computeIfAbsent(o.province(), p -> new ArrayList<>()).add(o);
                (isVolunteer ? anyVolunteer : anyOther).add(o);
            }
        }

        ScaleData.Organisation any(Random random) {
            return all.get(random.nextInt(all.size()));
        }

        /** Distinct organisations, from the province where it has enough, else from anywhere. */
        List<ScaleData.Organisation> group(Random random, String province, TargetGroup focus, int size) {
            size = Math.min(size, all.size());
            int employerShare = focus == TargetGroup.EMPLOYEES ? 50 : 15;
            Set<ScaleData.Organisation> chosen = new LinkedHashSet<>();
            for (int attempt = 0; chosen.size() < size && attempt < size * 20; attempt++) {
                boolean wantOther = random.nextInt(100) < employerShare;
                List<ScaleData.Organisation> pool = (wantOther ? other : volunteer).getOrDefault(province, List.of());
                if (pool.isEmpty() || attempt >= size * 10) pool = wantOther ? anyOther : anyVolunteer;
                if (pool.isEmpty()) pool = all;
                chosen.add(pool.get(random.nextInt(pool.size())));
            }
            while (chosen.size() < size) chosen.add(all.get(random.nextInt(all.size())));
            return new ArrayList<>(chosen);
        }
    }
}
