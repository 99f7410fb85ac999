package nl.plein.expeditions.integration;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.plein.api.hooks.ScaleData;
import nl.plein.expeditions.integration.ScaleRows.Table;
import nl.plein.expeditions.integration.ScaleShape.Expedition;
import nl.plein.expeditions.integration.ScaleShape.Leader;
import nl.plein.expeditions.integration.ScaleShape.Participation;
import nl.plein.expeditions.integration.ScaleShape.Phase;
import org.jdbi.v3.core.Jdbi;

/**
 * The expeditions' part of the national-scale data ({@code plein.jar generate}): 200 leaders with 400 expeditions,
 * about 2,000 participations of core's generated organisations, their meetings, homework, baselines, plans,
 * attendance, 40,000 log entries and measurements — a quarter of the expeditions finished, a tenth still to start,
 * the rest running around {@link ScaleData.Generation#now()}.
 *
 * <p>The benchmark suite measures the group dashboard of the busiest leader's largest running expedition, as that
 * leader, and the programme overview as the programme manager.
 */
public final class ExpeditionScaleData implements ScaleData {

    static final int LEADERS = 200;
    static final int EXPEDITIONS = 400;
    static final int PARTICIPATIONS = 2_000;
    static final int LOG_ENTRIES = 40_000;

    /** Every table of the plugin, for the row counts in the manifest. */
    static final List<String> TABLES = List.of("expeditions_leaders", "expeditions_expeditions", "expeditions_leads",
            "expeditions_meetings", "expeditions_assignments", "expeditions_invitations", "expeditions_participants",
            "expeditions_baselines", "expeditions_plans", "expeditions_log_entries", "expeditions_submissions",
            "expeditions_measurements", "expeditions_attendance");

    private static final String[][] MEETINGS = {
            {"kick-off", "Startdag"}, {"online", "Online sessie: de vrijwilligersreis"},
            {"follow-up", "Terugkomdag"}, {"closing", "Slotbijeenkomst"}, {"other", "Intervisie"}};
    private static final int[] MEETING_WEEK = {0, 4, 9, -1, 12};
    private static final int[] ASSIGNMENT_WEEK = {2, 5, 9, 12};

    /** The dates of an expedition's meetings and deadlines, which the organisations' steps follow. */
    record Schedule(List<Dated> meetings, List<Dated> assignments) {
    }

    record Dated(String id, Instant at) {
    }

    private final Jdbi jdbi;

    public ExpeditionScaleData(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void generate(Generation generation) {
        Scale scale = generation.scale();
        // One stream for the whole part, drawn in a fixed order: the seed then reproduces every row.
        Random random = generation.random();
        ScaleTexts texts = new ScaleTexts(random);
        ScaleShape shape = ScaleShape.draw(generation, random, scale.of(LEADERS), scale.of(EXPEDITIONS),
                scale.of(PARTICIPATIONS));
        LocalDate today = LocalDate.ofInstant(generation.now(), ScaleShape.AMSTERDAM);

        leaders(generation, random, shape, texts, today);
        Map<String, Schedule> schedules = expeditions(generation, random, shape, texts);
        participants(generation, random, shape);
        new ScaleWork(generation, random, texts, today).write(jdbi, shape.expeditions, schedules, scale.of(LOG_ENTRIES));

        Leader busiest = shape.busiest;
        Expedition largest = shape.showcase;
        generation.benchmarkPage("leader dashboard", "/expeditions/" + largest.id() + "/dashboard", busiest.person().id());
        generation.benchmarkPage("programme overview", "/expeditions/programme", shape.manager.id());
        notes(generation, shape, busiest, largest);
    }

    private void leaders(Generation generation, Random random, ScaleShape shape, ScaleTexts texts, LocalDate today) {
        Table profiles = new Table("INSERT INTO expeditions_leaders (person_id, display_name, region, province, "
                + "trained_since, bio, listed, updated_at) VALUES (:id, :name, :region, :province, :trained, :bio, "
                + ":listed, :updated)");
        for (Leader leader : shape.leaders) {
            int days = 180 + random.nextInt(2_000);
            String bio = random.nextInt(100) < 85 ? texts.bio(Math.max(1, days / 365)) : null;
            boolean listed = random.nextInt(100) < 85;
            Instant updated = generation.now().minus(Duration.ofMinutes(random.nextInt(200 * 24 * 60)));
            profiles.add(b -> b.bind("id", leader.person().id()).bind("name", leader.person().displayName())
                    .bind("region", leader.home().municipality() + " en omstreken").bind("province", leader.home().province())
                    .bind("trained", today.minusDays(days).toString()).bind("bio", bio).bind("listed", listed)
                    .bind("updated", updated));
        }
        ScaleRows.write(jdbi, generation, "leaders", List.of(profiles));
        for (Leader leader : shape.leaders) generation.grant(leader.person().id(), "expeditions.leader");
        generation.grant(shape.manager.id(), "expeditions.manager");
        generation.grant(shape.observer.id(), "expeditions.observer");
    }

    private Map<String, Schedule> expeditions(Generation generation, Random random, ScaleShape shape, ScaleTexts texts) {
        Table expeditions = new Table("INSERT INTO expeditions_expeditions (id, title, region, province, focus, format, "
                + "starts_on, ends_on, published, created_by, created_at) VALUES (:id, :title, :region, :province, "
                + ":focus, :format, :starts, :ends, :published, :by, :created)");
        Table leads = new Table("INSERT INTO expeditions_leads (expedition_id, person_id) VALUES (:e, :p)");
        Table meetings = new Table("INSERT INTO expeditions_meetings (id, expedition_id, kind, title, starts_at, place, "
                + "link, agenda, materials) VALUES (:id, :e, :kind, :title, :at, :place, :link, :agenda, :materials)");
        Table assignments = new Table("INSERT INTO expeditions_assignments (id, expedition_id, title, description, due_at) "
                + "VALUES (:id, :e, :title, :description, :due)");
        Map<String, Schedule> schedules = new HashMap<>();
        for (Expedition e : shape.expeditions) {
            String name = texts.title(e.focus(), e.place(), e.startsOn());
            expeditions.add(b -> b.bind("id", e.id()).bind("title", name).bind("region", e.place())
                    .bind("province", e.province()).bind("focus", e.focus().code()).bind("format", e.format().code())
                    .bind("starts", e.startsOn().toString()).bind("ends", e.endsOn().toString())
                    .bind("published", e.published()).bind("by", e.leader().person().id()).bind("created", e.createdAt()));
            for (Leader l : e.leaders()) leads.add(b -> b.bind("e", e.id()).bind("p", l.person().id()));

            List<Dated> dated = new ArrayList<>();
            int kinds = random.nextInt(10) < 3 ? MEETINGS.length : MEETINGS.length - 1;
            for (int k = 0; k < kinds; k++) {
                String kind = MEETINGS[k][0];
                boolean online = kind.equals("online") || e.format().code().equals("online");
                LocalDate day = MEETING_WEEK[k] < 0 ? e.endsOn() : e.startsOn().plusWeeks(MEETING_WEEK[k]);
                Instant at = ScaleShape.at(day, kind.equals("online") ? 19 : kind.equals("closing") ? 15 : 10);
                String id = generation.id();
                String place = online ? null : random.nextBoolean() ? "Dorpshuis " + e.place() : "Bibliotheek " + e.place();
                String link = online ? "https://meet.example.org/expeditie-" + id.substring(0, 8) : null;
                String agenda = random.nextInt(10) < 7 ? texts.agenda(kind) : null;
                String materials = kind.equals("kick-off") && random.nextBoolean()
                        ? "Werkboek Expedities Nieuwe Gezichten (pdf), de vrijwilligersreis op A3." : null;
                String title = MEETINGS[k][1];
                meetings.add(b -> b.bind("id", id).bind("e", e.id()).bind("kind", kind).bind("title", title)
                        .bind("at", at).bind("place", place).bind("link", link).bind("agenda", agenda)
                        .bind("materials", materials));
                dated.add(new Dated(id, at));
            }
            List<Dated> due = new ArrayList<>();
            int count = random.nextInt(10) < 4 ? ASSIGNMENT_WEEK.length : ASSIGNMENT_WEEK.length - 1;
            for (int a = 0; a < count; a++) {
                String id = generation.id();
                Instant at = ScaleShape.at(e.startsOn().plusWeeks(ASSIGNMENT_WEEK[a]), 23).plus(Duration.ofMinutes(59));
                String title = ScaleTexts.ASSIGNMENTS.get(a);
                String description = texts.assignmentDescription(a);
                assignments.add(b -> b.bind("id", id).bind("e", e.id()).bind("title", title)
                        .bind("description", description).bind("due", at));
                due.add(new Dated(id, at));
            }
            schedules.put(e.id(), new Schedule(List.copyOf(dated), List.copyOf(due)));
        }
        ScaleRows.write(jdbi, generation, "expeditions", List.of(expeditions, leads, meetings, assignments));
        return schedules;
    }

    /** The groups, and the invitations that brought them in; early on, some invitations are still open. */
    private void participants(Generation generation, Random random, ScaleShape shape) {
        HexFormat hex = HexFormat.of();
        Table participants = new Table("INSERT INTO expeditions_participants (expedition_id, organisation_id, joined_at, "
                + "joined_by) VALUES (:e, :o, :joined, :by)");
        Table invitations = new Table("INSERT INTO expeditions_invitations (token_hash, expedition_id, email, invited_by, "
                + "created_at, expires_at, accepted_at) VALUES (:hash, :e, :email, :by, :created, :expires, :accepted)");
        List<ScaleData.Person> people = generation.people();
        for (Expedition e : shape.expeditions) {
            String inviter = e.leader().person().id();
            for (Participation p : e.participants()) {
                ScaleData.Organisation o = p.organisation();
                participants.add(b -> b.bind("e", e.id()).bind("o", o.id()).bind("joined", p.joinedAt())
                        .bind("by", o.administratorId()));
                Instant sent = ScaleShape.min(p.joinedAt().minus(Duration.ofHours(2 + random.nextInt(240))),
                        e.createdAt().plus(Duration.ofMinutes(5)));
                String hash = token(random, hex);
                String email = people.get(o.firstPerson()).email();
                invitations.add(b -> b.bind("hash", hash).bind("e", e.id()).bind("email", email).bind("by", inviter)
                        .bind("created", sent).bind("expires", sent.plus(Duration.ofDays(30)))
                        .bind("accepted", p.joinedAt()));
            }
            int open = e.phase() == Phase.PLANNED ? random.nextInt(4)
                    : e.phase() == Phase.RUNNING && random.nextInt(4) == 0 ? 1 : 0;
            for (int i = 0; i < open; i++) {
                ScaleData.Person invited = people.get(random.nextInt(people.size()));
                Instant sent = generation.now().minus(Duration.ofMinutes(30 + random.nextInt(25 * 24 * 60)));
                String hash = token(random, hex);
                invitations.add(b -> b.bind("hash", hash).bind("e", e.id()).bind("email", invited.email())
                        .bind("by", inviter).bind("created", sent).bind("expires", sent.plus(Duration.ofDays(30)))
                        .bind("accepted", (Instant) null));
            }
        }
        ScaleRows.write(jdbi, generation, "participants", List.of(participants, invitations));
    }

    /** A stored invitation token's hash: 64 hex characters, like the SHA-256 the invitation pages keep. */
    private static String token(Random random, HexFormat hex) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return hex.formatHex(bytes);
    }

    private void notes(Generation generation, ScaleShape shape, Leader busiest, Expedition largest) {
        for (String table : TABLES) {
            long rows = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
            generation.note("rows." + table, rows);
        }
        for (Phase phase : Phase.values()) {
            generation.note("expeditions." + phase.name().toLowerCase(java.util.Locale.ROOT),
                    shape.expeditions.stream().filter(e -> e.phase() == phase).count());
        }
        generation.note("busiest.leader", busiest.person().email());
        generation.note("busiest.leader.expeditions",
                shape.expeditions.stream().filter(e -> e.leaders().contains(busiest)).count());
        generation.note("busiest.expedition", largest.id());
        generation.note("busiest.expedition.organisations", largest.participants().size());
        generation.note("largest.group", shape.expeditions.stream().mapToInt(e -> e.participants().size()).max().orElse(0));
        generation.note("manager", shape.manager.email());
        generation.note("observer", shape.observer.email());
        generation.note("observer.page", "/expeditions/figures");
    }
}
