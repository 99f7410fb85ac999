package nl.plein.expeditions.integration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import nl.plein.api.Ids;
import nl.plein.api.hooks.DemoData;
import nl.plein.expeditions.expedition.Expedition;
import nl.plein.expeditions.expedition.ExpeditionForm;
import nl.plein.expeditions.expedition.ExpeditionRepository;
import nl.plein.expeditions.expedition.Format;
import nl.plein.expeditions.expedition.TargetGroup;
import nl.plein.expeditions.leader.LeaderProfile;
import nl.plein.expeditions.leader.LeaderRepository;
import nl.plein.expeditions.participation.Participants;
import nl.plein.expeditions.schedule.AssignmentForm;
import nl.plein.expeditions.schedule.MeetingForm;
import nl.plein.expeditions.schedule.MeetingKind;
import nl.plein.expeditions.schedule.ScheduleRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * Invented demo content: two leaders, three expeditions in different phases (finished, running, coming), and
 * organisations with baselines, plans, log entries and measurements. All names are made up.
 */
public final class ExpeditionDemoData implements DemoData {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final Jdbi jdbi;
    private final Ids ids;
    private final Clock clock;
    private final ExpeditionRepository expeditions;
    private final ScheduleRepository schedule;
    private final Participants participants;
    private final LeaderRepository leaders;

    public ExpeditionDemoData(Jdbi jdbi, Ids ids, Clock clock, ExpeditionRepository expeditions,
                              ScheduleRepository schedule, Participants participants, LeaderRepository leaders) {
        this.jdbi = jdbi;
        this.ids = ids;
        this.clock = clock;
        this.expeditions = expeditions;
        this.schedule = schedule;
        this.participants = participants;
        this.leaders = leaders;
    }

    @Override
    public void load(DemoPeople demo) {
        LocalDate today = LocalDate.now(clock.withZone(AMSTERDAM));
        String leader = demo.accountWithRole("expeditions.leader");
        leaders.save(new LeaderProfile(leader, "Demo: Expeditieleider", "Lindeburg en omstreken", "Gelderland",
                today.minusYears(2), "Begeleidt sinds twee jaar expedities met sportclubs en buurthuizen.", true));
        String second = demo.person("Noor Wegwijzer", "wegwijzer@demo.plein.nl");
        leaders.save(new LeaderProfile(second, "Noor Wegwijzer", "De Vallei", "Utrecht", today.minusYears(1),
                "Ervaringsdeskundige in het werven van jongeren.", true));

        String club = demo.organisation("Sportclub Vlietzicht", "volunteer-organisation", "Lindeburg", "Gelderland",
                demo.person("Tom Trainer", "trainer@demo.plein.nl"));
        String house = demo.organisation("Buurthuis De Kastanje", "volunteer-organisation", "Lindeburg", "Gelderland",
                demo.person("Fatima Gastvrouw", "gastvrouw@demo.plein.nl"));
        String choir = demo.organisation("Koor Vrolijke Noten", "volunteer-organisation", "Veenstad", "Utrecht",
                demo.person("Ruud Dirigent", "dirigent@demo.plein.nl"));
        String centre = demo.demoOrganisation();

        Expedition running = expeditions.create(new ExpeditionForm("Jong geleerd in Lindeburg", "Lindeburg",
                "Gelderland", TargetGroup.YOUNG_PEOPLE, Format.MIXED, today.minusWeeks(6), today.plusWeeks(10), true),
                leader);
        meeting(running, MeetingKind.KICK_OFF, "Startdag", today.minusWeeks(6).plusDays(1), "Buurthuis De Kastanje");
        meeting(running, MeetingKind.ONLINE, "Online sessie: de vrijwilligersreis", today.minusWeeks(3), null);
        meeting(running, MeetingKind.FOLLOW_UP, "Terugkomdag", today.plusWeeks(3), "Sportclub Vlietzicht");
        meeting(running, MeetingKind.CLOSING, "Slotbijeenkomst", today.plusWeeks(10), "Gemeentehuis Lindeburg");
        schedule.addAssignment(running.id(), new AssignmentForm("Nulmeting invullen",
                "Hoeveel vrijwilligers heb je nu, en welke doelgroep kies je?", endOfDay(today.minusWeeks(4))));
        schedule.addAssignment(running.id(), new AssignmentForm("Expeditieplan schrijven",
                "Doel, doelgroep en drie kleine experimenten.", endOfDay(today.plusWeeks(2))));
        for (String organisation : List.of(club, house, centre)) participants.join(running.id(), organisation, leader);
        baseline(running, club, 42, "Vijf jongeren die één keer per maand helpen bij wedstrijden.");
        baseline(running, house, 18, "Jongeren uit de wijk betrekken bij de inloop.");
        plan(running, club, "Tien nieuwe jonge vrijwilligers", "Proefdag voor scholieren; maatjes; korte klussen.");
        log(running, club, today.minusWeeks(2), "Proefdag gehouden met de middelbare school", "Zes scholieren kwamen", true);
        log(running, club, today.minusWeeks(1), "Vacature op de vacaturebank gezet", "Twee reacties", false);
        log(running, house, today.minusDays(5), "Welkomstbrief herschreven in eenvoudige taal", null, true);

        Expedition coming = expeditions.create(new ExpeditionForm("Ouderen doen mee in de Vallei", "De Vallei",
                "Utrecht", TargetGroup.OLDER_PEOPLE, Format.ON_LOCATION, today.plusWeeks(5), today.plusWeeks(22), true),
                second);
        meeting(coming, MeetingKind.KICK_OFF, "Startdag", today.plusWeeks(5), "Dorpshuis Veenstad");
        participants.join(coming.id(), choir, second);

        Expedition finished = expeditions.create(new ExpeditionForm("Nieuwkomers welkom", "Lindeburg", "Gelderland",
                TargetGroup.NEWCOMERS, Format.ONLINE, today.minusWeeks(40), today.minusWeeks(22), false), leader);
        for (String organisation : List.of(house, centre)) participants.join(finished.id(), organisation, leader);
        baseline(finished, house, 15, "Statushouders als gastvrouw of gastheer.");
        plan(finished, house, "Vier nieuwkomers in het gastvrouwenteam", "Taalmaatjes; samen koken; open dag.");
        measurement(finished, house, TargetGroup.NEWCOMERS, 5, 4);
        measurement(finished, centre, TargetGroup.NEWCOMERS, 3, 3);
        measurement(finished, centre, TargetGroup.YOUNG_PEOPLE, 2, 1);
    }

    private void meeting(Expedition expedition, MeetingKind kind, String title, LocalDate day, String place) {
        schedule.addMeeting(expedition.id(), new MeetingForm(kind, title,
                day.atTime(LocalTime.of(kind == MeetingKind.ONLINE ? 19 : 10, 0)).atZone(AMSTERDAM).toInstant(),
                place, kind == MeetingKind.ONLINE ? "https://meet.example.org/expeditie" : null, null, null));
    }

    private static java.time.Instant endOfDay(LocalDate day) {
        return day.atTime(23, 59).atZone(AMSTERDAM).toInstant();
    }

    private void baseline(Expedition e, String organisation, int volunteers, String ambition) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO expeditions_baselines (expedition_id, organisation_id, "
                        + "current_volunteers, target_group, ambition, recorded_at) VALUES (:e, :o, :n, :g, :a, :now)")
                .bind("e", e.id()).bind("o", organisation).bind("n", volunteers).bind("g", e.focus().code())
                .bind("a", ambition).bind("now", clock.instant()).execute());
    }

    private void plan(Expedition e, String organisation, String goal, String experiments) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO expeditions_plans (expedition_id, organisation_id, goal, "
                        + "target_group, experiments, updated_at) VALUES (:e, :o, :goal, :g, :x, :now)")
                .bind("e", e.id()).bind("o", organisation).bind("goal", goal).bind("g", e.focus().code())
                .bind("x", experiments).bind("now", clock.instant()).execute());
    }

    private void log(Expedition e, String organisation, LocalDate day, String action, String result, boolean shared) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO expeditions_log_entries (id, expedition_id, organisation_id, "
                        + "happened_on, action, result, shared, created_at) VALUES (:id, :e, :o, :day, :action, "
                        + ":result, :shared, :now)")
                .bind("id", ids.next()).bind("e", e.id()).bind("o", organisation).bind("day", day.toString())
                .bind("action", action).bind("result", result).bind("shared", shared).bind("now", clock.instant())
                .execute());
    }

    private void measurement(Expedition e, String organisation, TargetGroup group, int fresh, int retained) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO expeditions_measurements (expedition_id, organisation_id, "
                        + "moment, target_group, new_volunteers, retained, recorded_at) "
                        + "VALUES (:e, :o, 'final', :g, :n, :r, :now)")
                .bind("e", e.id()).bind("o", organisation).bind("g", group.code()).bind("n", fresh)
                .bind("r", retained).bind("now", clock.instant()).execute());
    }
}
