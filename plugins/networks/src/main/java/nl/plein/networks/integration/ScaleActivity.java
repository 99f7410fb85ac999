package nl.plein.networks.integration;

import java.util.ArrayList;
import java.util.List;
import nl.plein.api.hooks.ScaleData;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The activity log as the parts record it while people work (one row per thread, reply, document version, meeting,
 * approved minutes, action, decision, trajectory, monitoring note and report), gathered while generating and written
 * last: the front page's "since your last visit" reads it.
 */
final class ScaleActivity {

    record Row(String id, String spaceId, String kind, String subjectId, String title, String actorId,
               boolean coordinatorsOnly, long at) {
    }

    private final ScaleData.Generation generation;
    private final List<Row> rows = new ArrayList<>();

    ScaleActivity(ScaleData.Generation generation) {
        this.generation = generation;
    }

    void record(String spaceId, String kind, String subjectId, String title, String actorId, boolean coordinatorsOnly,
                long at) {
        rows.add(new Row(generation.id(), spaceId, kind, subjectId, title.length() > 300 ? title.substring(0, 300)
                : title, actorId, coordinatorsOnly, at));
    }

    int size() {
        return rows.size();
    }

    void write(ScaleWriter writer) {
        writer.write("networks activity", rows, (h, part) -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO networks_activity (id, space_id, kind, subject_id, title, actor_id, access, created_at)
                    VALUES (:id, :space, :kind, :subject, :title, :actor, :access, :at)""");
            for (Row r : part) {
                batch.bind("id", r.id()).bind("space", r.spaceId()).bind("kind", r.kind())
                        .bind("subject", r.subjectId()).bind("title", r.title()).bind("actor", r.actorId())
                        .bind("access", r.coordinatorsOnly() ? "coordinators" : "members").bind("at", r.at()).add();
            }
            batch.execute();
        });
    }
}
