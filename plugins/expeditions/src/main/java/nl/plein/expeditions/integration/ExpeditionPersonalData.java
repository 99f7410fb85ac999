package nl.plein.expeditions.integration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plein.api.hooks.PersonalDataProvider;
import nl.plein.expeditions.leader.LeaderRepository;
import org.jdbi.v3.core.Jdbi;

/**
 * What the plugin holds about a person: their leader profile, the expeditions they lead, the log entries and
 * submissions they wrote. On erasure the profile and their leadership go; what they wrote stays with their
 * organisation (the group relies on it) without their name.
 */
public final class ExpeditionPersonalData implements PersonalDataProvider {

    private final Jdbi jdbi;
    private final LeaderRepository leaders;

    public ExpeditionPersonalData(Jdbi jdbi, LeaderRepository leaders) {
        this.jdbi = jdbi;
        this.leaders = leaders;
    }

    @Override
    public Object export(String personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        leaders.find(personId).ifPresent(profile -> data.put("leaderProfile", profile));
        data.put("leads", jdbi.withHandle(h -> h.createQuery("SELECT e.id, e.title FROM expeditions_expeditions e "
                        + "JOIN expeditions_leads l ON l.expedition_id = e.id WHERE l.person_id = :p LIMIT 1000")
                .bind("p", personId).mapToMap().list()));
        data.put("logEntries", jdbi.withHandle(h -> h.createQuery("SELECT expedition_id, organisation_id, happened_on, "
                        + "action, result, reflection, shared, public_example FROM expeditions_log_entries WHERE author_id = :p LIMIT 10000")
                .bind("p", personId).map((rs, ctx) -> logEntry(rs)).list()));
        data.put("submissions", jdbi.withHandle(h -> h.createQuery("SELECT assignment_id, organisation_id, body "
                        + "FROM expeditions_submissions WHERE submitted_by = :p LIMIT 10000")
                .bind("p", personId).mapToMap().list()));
        return data;
    }

    /** Read by name, not as a generic map: SQLite hands back a boolean as 0 or 1, PostgreSQL as true or false. */
    private static Map<String, Object> logEntry(ResultSet rs) throws SQLException {
        Map<String, Object> entry = new LinkedHashMap<>();
        for (String column : List.of("expedition_id", "organisation_id", "happened_on", "action", "result", "reflection")) {
            entry.put(column, rs.getString(column));
        }
        entry.put("shared", rs.getBoolean("shared"));
        entry.put("public_example", rs.getBoolean("public_example"));
        return entry;
    }

    /** Invitations were sent to an address, perhaps before the person had an account. */
    @Override
    public void forgetAddress(String email) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM expeditions_invitations WHERE email = :email")
                .bind("email", email).execute());
    }

    @Override
    public void erase(String personId) {
        leaders.delete(personId);
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM expeditions_leads WHERE person_id = :p").bind("p", personId).execute();
            for (String statement : List.of(
                    "UPDATE expeditions_expeditions SET created_by = NULL WHERE created_by = :p",
                    "UPDATE expeditions_log_entries SET author_id = NULL WHERE author_id = :p",
                    "UPDATE expeditions_submissions SET submitted_by = NULL WHERE submitted_by = :p",
                    "UPDATE expeditions_baselines SET recorded_by = NULL WHERE recorded_by = :p",
                    "UPDATE expeditions_plans SET updated_by = NULL WHERE updated_by = :p",
                    "UPDATE expeditions_measurements SET recorded_by = NULL WHERE recorded_by = :p",
                    "UPDATE expeditions_participants SET joined_by = NULL WHERE joined_by = :p",
                    "UPDATE expeditions_invitations SET invited_by = NULL WHERE invited_by = :p")) {
                h.createUpdate(statement).bind("p", personId).execute();
            }
        });
    }
}
