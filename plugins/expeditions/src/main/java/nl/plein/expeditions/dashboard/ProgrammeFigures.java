package nl.plein.expeditions.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.plein.expeditions.expedition.TargetGroup;
import org.jdbi.v3.core.Jdbi;

/**
 * The programme's figures over all expeditions a {@link ProgrammeFilter} selects: a page of expeditions with their
 * counts, the totals, new faces by target group and province, and the export's rows. Each is one statement that
 * aggregates over every expedition at once.
 */
public final class ProgrammeFigures {

    public static final int PAGE_SIZE = 50;

    /** One expedition in the overview; {@code newVolunteers} and {@code retained} are null before any final measurement. */
    public record ExpeditionSummary(String id, String title, String region, String province, TargetGroup focus,
                                    LocalDate startsOn, LocalDate endsOn, int leaders, int organisations,
                                    Integer newVolunteers, Integer retained) {
    }

    /** How many expeditions, and how many different organisations and leaders took part in them. */
    public record Totals(int expeditions, int organisations, int leaders) {
    }

    /** New faces at the final measurement in one province, over all target groups. */
    public record ProvinceFaces(String province, int newVolunteers, int retained) {
    }

    /** New faces at the final measurement, by target group and by province, and in all. */
    public record Breakdown(List<NewFaces> byTargetGroup, List<ProvinceFaces> byProvince, int newVolunteers,
                            int retained) {
    }

    /** One organisation in one expedition, for the export; nullable figures are absent, not zero. */
    public record ExportRow(String expeditionId, String title, String region, String province, TargetGroup focus,
                            LocalDate startsOn, String organisationId, Integer baselineVolunteers, boolean plan,
                            int logEntries, Integer newVolunteers, Integer retained) {
    }

    private static final String FINAL_SUM = "(SELECT SUM(m.%s) FROM expeditions_measurements m "
            + "WHERE m.expedition_id = e.id AND m.moment = :final)";

    private final Jdbi jdbi;

    public ProgrammeFigures(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** One page of expeditions, latest start first, plus one row to tell whether another page follows. */
    public List<ExpeditionSummary> page(ProgrammeFilter filter, int page) {
        String sql = "SELECT e.id, e.title, e.region, e.province, e.focus, e.starts_on, e.ends_on, "
                + "(SELECT COUNT(*) FROM expeditions_leads l WHERE l.expedition_id = e.id) AS leaders, "
                + "(SELECT COUNT(*) FROM expeditions_participants p WHERE p.expedition_id = e.id) AS organisations, "
                + FINAL_SUM.formatted("new_volunteers") + " AS new_volunteers, "
                + FINAL_SUM.formatted("retained") + " AS retained "
                + "FROM expeditions_expeditions e WHERE 1 = 1" + filter.sql()
                + " ORDER BY e.starts_on DESC, e.id LIMIT :limit OFFSET :offset";
        return jdbi.withHandle(h -> filter.bind(h.createQuery(sql)).bind("final", GroupProgress.FINAL)
                .bind("limit", PAGE_SIZE + 1).bind("offset", (page - 1) * PAGE_SIZE)
                .map((rs, ctx) -> {
                    int newVolunteers = rs.getInt("new_volunteers");
                    boolean measured = !rs.wasNull();
                    return new ExpeditionSummary(rs.getString("id"), rs.getString("title"), rs.getString("region"),
                            rs.getString("province"), TargetGroup.of(rs.getString("focus")).orElse(TargetGroup.OTHER),
                            LocalDate.parse(rs.getString("starts_on")), LocalDate.parse(rs.getString("ends_on")),
                            rs.getInt("leaders"), rs.getInt("organisations"), measured ? newVolunteers : null,
                            measured ? rs.getInt("retained") : null);
                }).list());
    }

    public Totals totals(ProgrammeFilter filter) {
        String where = " WHERE 1 = 1" + filter.sql();
        String sql = "SELECT COUNT(*) AS expeditions, "
                + "(SELECT COUNT(DISTINCT p.organisation_id) FROM expeditions_participants p "
                + "JOIN expeditions_expeditions e ON e.id = p.expedition_id" + where + ") AS organisations, "
                + "(SELECT COUNT(DISTINCT l.person_id) FROM expeditions_leads l "
                + "JOIN expeditions_expeditions e ON e.id = l.expedition_id" + where + ") AS leaders "
                + "FROM expeditions_expeditions e" + where;
        return jdbi.withHandle(h -> filter.bind(h.createQuery(sql))
                .map((rs, ctx) -> new Totals(rs.getInt("expeditions"), rs.getInt("organisations"), rs.getInt("leaders")))
                .one());
    }

    /** New faces at the final measurements, in one statement grouped by province and target group. */
    public Breakdown newFaces(ProgrammeFilter filter) {
        String sql = "SELECT e.province, m.target_group, SUM(m.new_volunteers) AS new_volunteers, "
                + "SUM(m.retained) AS retained FROM expeditions_measurements m "
                + "JOIN expeditions_expeditions e ON e.id = m.expedition_id WHERE m.moment = :final" + filter.sql()
                + " GROUP BY e.province, m.target_group";
        List<Cell> cells = jdbi.withHandle(h -> filter.bind(h.createQuery(sql)).bind("final", GroupProgress.FINAL)
                .map((rs, ctx) -> new Cell(rs.getString("province"), rs.getString("target_group"),
                        rs.getInt("new_volunteers"), rs.getInt("retained")))
                .list());
        Map<String, NewFaces> byGroup = new LinkedHashMap<>();
        Map<String, ProvinceFaces> byProvince = new TreeMap<>();
        int newVolunteers = 0;
        int retained = 0;
        for (Cell cell : cells) {
            byGroup.merge(cell.group(), new NewFaces(cell.group(), cell.newVolunteers(), cell.retained()),
                    (a, b) -> a.plus(b.newVolunteers(), b.retained()));
            byProvince.merge(cell.province(), new ProvinceFaces(cell.province(), cell.newVolunteers(), cell.retained()),
                    (a, b) -> new ProvinceFaces(a.province(), a.newVolunteers() + b.newVolunteers(),
                            a.retained() + b.retained()));
            newVolunteers += cell.newVolunteers();
            retained += cell.retained();
        }
        return new Breakdown(byGroup.values().stream().sorted(Comparator.comparingInt(NewFaces::rank)).toList(),
                new ArrayList<>(byProvince.values()), newVolunteers, retained);
    }

    private record Cell(String province, String group, int newVolunteers, int retained) {
    }

    /** The years in which expeditions started, latest first: the choices of the year filter. */
    public List<Integer> years() {
        return jdbi.withHandle(h -> h.createQuery("SELECT DISTINCT SUBSTR(starts_on, 1, 4) AS year "
                        + "FROM expeditions_expeditions ORDER BY year DESC LIMIT 200")
                .mapTo(String.class).list()).stream()
                .filter(y -> y.matches("[0-9]{4}")).map(Integer::valueOf).toList();
    }

    /**
     * Every organisation in every selected expedition, for the export: unpaged on purpose (it is the programme's
     * report), but one statement, with the log counted through its index per row.
     */
    public List<ExportRow> export(ProgrammeFilter filter) {
        String sql = "SELECT e.id, e.title, e.region, e.province, e.focus, e.starts_on, p.organisation_id, "
                + "b.current_volunteers AS baseline_volunteers, pl.organisation_id IS NOT NULL AS plan, "
                + "(SELECT COUNT(*) FROM expeditions_log_entries lg WHERE lg.expedition_id = p.expedition_id "
                + "AND lg.organisation_id = p.organisation_id) AS log_entries, "
                + "(SELECT SUM(m.new_volunteers) FROM expeditions_measurements m WHERE m.expedition_id = p.expedition_id "
                + "AND m.organisation_id = p.organisation_id AND m.moment = :final) AS new_volunteers, "
                + "(SELECT SUM(m.retained) FROM expeditions_measurements m WHERE m.expedition_id = p.expedition_id "
                + "AND m.organisation_id = p.organisation_id AND m.moment = :final) AS retained "
                + "FROM expeditions_participants p JOIN expeditions_expeditions e ON e.id = p.expedition_id "
                + "LEFT JOIN expeditions_baselines b ON b.expedition_id = p.expedition_id "
                + "AND b.organisation_id = p.organisation_id "
                + "LEFT JOIN expeditions_plans pl ON pl.expedition_id = p.expedition_id "
                + "AND pl.organisation_id = p.organisation_id "
                + "WHERE 1 = 1" + filter.sql() + " ORDER BY e.starts_on DESC, e.id, p.joined_at, p.organisation_id";
        return jdbi.withHandle(h -> filter.bind(h.createQuery(sql)).bind("final", GroupProgress.FINAL)
                .map((rs, ctx) -> {
                    int baseline = rs.getInt("baseline_volunteers");
                    Integer baselineVolunteers = rs.wasNull() ? null : baseline;
                    int newVolunteers = rs.getInt("new_volunteers");
                    boolean measured = !rs.wasNull();
                    return new ExportRow(rs.getString("id"), rs.getString("title"), rs.getString("region"),
                            rs.getString("province"), TargetGroup.of(rs.getString("focus")).orElse(TargetGroup.OTHER),
                            LocalDate.parse(rs.getString("starts_on")), rs.getString("organisation_id"),
                            baselineVolunteers, rs.getBoolean("plan"), rs.getInt("log_entries"),
                            measured ? newVolunteers : null, measured ? rs.getInt("retained") : null);
                }).list());
    }
}
