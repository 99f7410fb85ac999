package nl.plein.networks.integration;

import static nl.plein.networks.integration.ScaleNumbers.DAY;
import static nl.plein.networks.integration.ScaleNumbers.HOUR;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.plein.api.hooks.ScaleData;
import nl.plein.networks.trajectory.Provinces;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The programmes' local trajectories (250 national over the programme spaces), each led by one of the programme's
 * member organisations in its municipality and followed by a programme officer, in every status — starting, running,
 * finished, stopped — with the monitoring notes of their rounds.
 */
final class ScaleProgrammes {

    static final int TRAJECTORIES = 250;

    record Trajectory(String id, String spaceId, String municipality, String province, String leadOrganisationId,
                      String officerId, String theme, String partners, String status, long createdAt, long updatedAt) {

        String label() {
            return municipality + ": " + theme;
        }
    }

    record Note(String id, String trajectoryId, String spaceId, String authorId, String body, long createdAt) {
    }

    private static final List<String> NOTES = List.of("""
            **Monitoringsronde.** Het lokale netwerk is in kaart gebracht; de eerste activiteiten lopen.""", """
            **Monitoringsronde.** Vaste groep gevormd; de partners komen elke maand samen. Volgende stap: \
            vrijwilligers uit de buurt zelf laten organiseren.""", """
            Gestopt: de lokale trekker is vertrokken en er is geen opvolger gevonden.""", """
            **Monitoring round.** Attendance is stable; the municipality will co-fund next year.""");

    private final ScaleData.Generation generation;
    private final Random random;
    private final ScaleText text;
    private final long now;
    final List<Trajectory> trajectories = new ArrayList<>();
    final List<Note> notes = new ArrayList<>();

    ScaleProgrammes(ScaleData.Generation generation, ScaleText text) {
        this.generation = generation;
        this.random = generation.random();
        this.text = text;
        this.now = generation.now().toEpochMilli();
    }

    void plan(List<ScaleSpace> spaces, ScaleActivity activity) {
        List<ScaleSpace> programmes = spaces.stream().filter(s -> s.kind.equals("programme")).toList();
        if (programmes.isEmpty()) return;
        Map<String, ScaleData.Organisation> organisations = new HashMap<>();
        generation.organisations().forEach(o -> organisations.put(o.id(), o));
        double[] weights = new double[programmes.size()];
        for (int i = 0; i < weights.length; i++) weights[i] = ScaleNumbers.skewed(random, 0.5);
        int[] shares = ScaleNumbers.shares(Math.max(generation.scale().of(TRAJECTORIES), programmes.size()), weights,
                ScaleNumbers.minimums(programmes.size(), 1));
        for (int p = 0; p < programmes.size(); p++) {
            ScaleSpace space = programmes.get(p);
            List<ScaleSpace.Member> readers = space.readers();
            for (int t = 0; t < shares[p]; t++) {
                ScaleData.Organisation lead = organisations.get(space.organisations.get(random.nextInt(
                        space.organisations.size())));
                String province = Provinces.ALL.contains(lead.province()) ? lead.province()
                        : text.pick(Provinces.ALL);
                int roll = random.nextInt(10);
                String status = roll < 2 ? "starting" : roll < 7 ? "running" : roll < 9 ? "finished" : "stopped";
                long created = ScaleNumbers.between(random, space.createdAt + DAY, now - 7 * DAY);
                long updated = ScaleNumbers.between(random, created, now - HOUR);
                String officer = readers.get(random.nextInt(readers.size())).personId();
                String partners = text.pick(ScaleText.PARTNERS) + ", " + text.pick(ScaleText.PARTNERS);
                Trajectory trajectory = new Trajectory(generation.id(), space.id, lead.municipality(), province,
                        lead.id(), officer, text.pick(ScaleText.TRAJECTORY_THEMES), ScaleText.capitalised(partners),
                        status, created, updated);
                trajectories.add(trajectory);
                activity.record(space.id, "trajectory", trajectory.id(), trajectory.label(), officer, false, created);
                int rounds = switch (status) {
                    case "starting" -> random.nextInt(2);
                    case "running" -> 1 + random.nextInt(3);
                    case "finished" -> 2 + random.nextInt(3);
                    default -> 1 + random.nextInt(2);
                };
                for (int r = 0; r < rounds; r++) {
                    long at = ScaleNumbers.between(random, created, now - HOUR);
                    String author = random.nextInt(4) == 0 ? space.creator() : officer;
                    notes.add(new Note(generation.id(), trajectory.id(), space.id, author, text.pick(NOTES), at));
                    activity.record(space.id, "monitoring-note", trajectory.id(), trajectory.label(), author, false, at);
                }
            }
        }
    }

    void write(ScaleWriter writer) {
        writer.write("networks trajectories", trajectories, (h, part) -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO networks_trajectories (id, space_id, municipality, province, lead_organisation_id,
                           officer_id, theme, partners, status, created_at, updated_at)
                    VALUES (:id, :space, :municipality, :province, :lead, :officer, :theme, :partners, :status,
                            :created, :updated)""");
            for (Trajectory t : part) {
                batch.bind("id", t.id()).bind("space", t.spaceId()).bind("municipality", t.municipality())
                        .bind("province", t.province()).bind("lead", t.leadOrganisationId())
                        .bind("officer", t.officerId()).bind("theme", t.theme()).bind("partners", t.partners())
                        .bind("status", t.status()).bind("created", t.createdAt()).bind("updated", t.updatedAt()).add();
            }
            batch.execute();
        });
        writer.write("networks monitoring notes", notes, (h, part) -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO networks_monitoring_notes (id, trajectory_id, space_id, author_id, body, created_at)
                    VALUES (:id, :trajectory, :space, :author, :body, :at)""");
            for (Note n : part) {
                batch.bind("id", n.id()).bind("trajectory", n.trajectoryId()).bind("space", n.spaceId())
                        .bind("author", n.authorId()).bind("body", n.body()).bind("at", n.createdAt()).add();
            }
            batch.execute();
        });
    }
}
