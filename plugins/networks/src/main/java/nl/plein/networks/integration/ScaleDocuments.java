package nl.plein.networks.integration;

import static nl.plein.networks.integration.ScaleNumbers.DAY;
import static nl.plein.networks.integration.ScaleNumbers.HOUR;
import static nl.plein.networks.integration.ScaleNumbers.MINUTE;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.plein.api.Uploads;
import nl.plein.api.hooks.ScaleData;
import nl.plein.networks.SearchIndex;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Documents in half of the spaces (1,500 national, the biggest space the most): a few folders, some with a folder per
 * year; most documents for all members, some for coordinators only, a few drafts; a quarter in two or three versions;
 * in networks with meetings, some are a meeting's documents. Every version is a small stored file (text or a one-page
 * PDF) through core's uploads, as an upload would be; titles go into the search index.
 */
final class ScaleDocuments {

    static final int DOCUMENTS = 1_500;
    /** Small files: the documents' pages show names and sizes; content matters only for a download. */
    private static final Uploads.Limits LIMITS = Uploads.Limits.documents(1024 * 1024);

    record Folder(String id, String spaceId, String parentId, String name, long createdAt) {
    }

    record Document(String id, String spaceId, String folderId, String meetingId, String title, String access,
                    List<Version> versions) {
    }

    record Version(int number, String fileName, byte[] content, String note, String uploaderId, long at) {
    }

    private final ScaleData.Generation generation;
    private final Random random;
    private final ScaleText text;
    private final long now;
    final List<Folder> folders = new ArrayList<>();
    final List<Document> documents = new ArrayList<>();

    ScaleDocuments(ScaleData.Generation generation, ScaleText text) {
        this.generation = generation;
        this.random = generation.random();
        this.text = text;
        this.now = generation.now().toEpochMilli();
    }

    int versions() {
        return documents.stream().mapToInt(d -> d.versions().size()).sum();
    }

    void plan(List<ScaleSpace> spaces, List<ScaleMeetings.Meeting> meetings, ScaleActivity activity) {
        List<ScaleSpace> holding = spaces.stream().filter(s -> s.documents).toList();
        double[] weights = new double[holding.size()];
        for (int i = 0; i < weights.length; i++) {
            ScaleSpace space = holding.get(i);
            weights[i] = space.readers().size() * ScaleNumbers.skewed(random, 0.6) * (space.index == 0 ? 3 : 1);
        }
        int[] shares = ScaleNumbers.shares(Math.max(generation.scale().of(DOCUMENTS), holding.size()), weights,
                ScaleNumbers.minimums(holding.size(), 1));
        Map<String, List<ScaleMeetings.Meeting>> heldBySpace = new HashMap<>();
        for (ScaleMeetings.Meeting m : meetings) {
            if (m.startsAt() < now) heldBySpace.computeIfAbsent(m.spaceId(), k -> new ArrayList<>()).add(m);
        }
        for (int i = 0; i < holding.size(); i++) {
            space(holding.get(i), shares[i], heldBySpace.getOrDefault(holding.get(i).id, List.of()), activity);
        }
    }

    private void space(ScaleSpace space, int count, List<ScaleMeetings.Meeting> held, ScaleActivity activity) {
        List<String> names = new ArrayList<>(ScaleText.FOLDERS);
        Collections.shuffle(names, random);
        List<Folder> own = new ArrayList<>();
        Folder meetingFolder = null;
        int folderCount = 3 + random.nextInt(3);
        for (int f = 0; f < folderCount; f++) {
            long created = Math.min(now - HOUR, space.createdAt + ScaleNumbers.between(random, HOUR, 30 * DAY));
            Folder folder = new Folder(generation.id(), space.id, null, names.get(f), created);
            folders.add(folder);
            own.add(folder);
            if (folder.name().equals("Vergaderstukken")) meetingFolder = folder;
            if (random.nextInt(10) < 3) {
                int year = ScaleNumbers.day(now).getYear();
                for (int y = year - 1; y <= year; y++) {
                    Folder sub = new Folder(generation.id(), space.id, folder.id(), Integer.toString(y), created);
                    folders.add(sub);
                    own.add(sub);
                }
            }
        }
        List<ScaleSpace.Member> readers = space.readers();
        for (int d = 0; d < count; d++) {
            ScaleMeetings.Meeting meeting = !held.isEmpty() && random.nextInt(5) == 0
                    ? held.get(random.nextInt(held.size())) : null;
            Folder folder = meeting != null && meetingFolder != null ? meetingFolder
                    : random.nextInt(10) == 0 ? null : own.get(random.nextInt(own.size()));
            int roll = random.nextInt(100);
            String access = roll < 85 ? "members" : roll < 95 ? "coordinators" : "draft";
            long first = meeting != null
                    ? Math.max(space.createdAt + HOUR, meeting.startsAt() - ScaleNumbers.between(random, DAY, 10 * DAY))
                    : ScaleNumbers.between(random, space.createdAt + DAY, now - HOUR);
            String title = text.documentTitle(ScaleNumbers.day(first).getYear());
            String uploader = access.equals("coordinators") ? space.creator()
                    : readers.get(random.nextInt(readers.size())).personId();
            int versionCount = roll % 4 != 0 ? 1 : random.nextInt(10) < 7 ? 2 : 3;
            List<Version> versions = new ArrayList<>(versionCount);
            long at = first;
            boolean pdf = random.nextInt(100) < 35;
            for (int v = 1; v <= versionCount; v++) {
                if (v > 1) at = Math.min(now - MINUTE + v, at + ScaleNumbers.between(random, HOUR, 60 * DAY));
                String by = v == 1 || access.equals("draft") ? uploader
                        : readers.get(random.nextInt(readers.size())).personId();
                String name = ScaleText.slug(title) + (v > 1 ? "-v" + v : "") + (pdf ? ".pdf" : ".txt");
                byte[] content = pdf ? DemoPdf.of(List.of(title, text.paragraph(false)))
                        : (title + "\n\n" + text.paragraph(text.english()) + "\n").getBytes(StandardCharsets.UTF_8);
                versions.add(new Version(v, name, content, v == 1 ? "" : "Nieuwe versie na het overleg", by, at));
            }
            Document document = new Document(generation.id(), space.id, folder == null ? null : folder.id(),
                    meeting == null ? null : meeting.id(), title, access, versions);
            documents.add(document);
            for (Version version : versions) {
                activity.record(space.id, version.number() == 1 ? "document" : "document-version", document.id(),
                        title, version.uploaderId(), !access.equals("members"), version.at());
            }
        }
    }

    // ---- writing

    void write(ScaleWriter writer, SearchIndex index, Uploads uploads) {
        writer.write("networks folders", folders, (h, part) -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO networks_folders (id, space_id, parent_id, name, created_at)
                    VALUES (:id, :space, :parent, :name, :at)""");
            for (Folder f : part) {
                batch.bind("id", f.id()).bind("space", f.spaceId()).bind("parent", f.parentId()).bind("name", f.name())
                        .bind("at", f.createdAt()).add();
            }
            batch.execute();
        });
        writer.write("networks documents", documents, (h, part) -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO networks_documents (id, space_id, folder_id, meeting_id, title, access, version,
                           created_by, created_at, updated_at)
                    VALUES (:id, :space, :folder, :meeting, :title, :access, :version, :by, :created, :updated)""");
            for (Document d : part) {
                Version first = d.versions().get(0);
                Version last = d.versions().get(d.versions().size() - 1);
                batch.bind("id", d.id()).bind("space", d.spaceId()).bind("folder", d.folderId())
                        .bind("meeting", d.meetingId()).bind("title", d.title()).bind("access", d.access())
                        .bind("version", d.versions().size()).bind("by", first.uploaderId())
                        .bind("created", first.at()).bind("updated", last.at()).add();
            }
            batch.execute();
            for (Document d : part) index.document(d.id(), d.title());
        });
        List<Object[]> versionRows = new ArrayList<>();
        for (Document d : documents) for (Version v : d.versions()) versionRows.add(new Object[] {d, v});
        writer.write("networks document versions", versionRows, (h, part) -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO networks_document_versions (document_id, version, upload_id, file_name, size_bytes,
                           note, uploaded_by, uploaded_at)
                    VALUES (:document, :version, :upload, :name, :size, :note, :by, :at)""");
            for (Object[] row : part) {
                Version v = (Version) row[1];
                Uploads.StoredFile file = uploads.store(v.uploaderId(), v.fileName(),
                        new ByteArrayInputStream(v.content()), LIMITS);
                batch.bind("document", ((Document) row[0]).id()).bind("version", v.number()).bind("upload", file.id())
                        .bind("name", v.fileName()).bind("size", file.sizeBytes()).bind("note", v.note())
                        .bind("by", v.uploaderId()).bind("at", v.at()).add();
            }
            batch.execute();
        });
    }
}
