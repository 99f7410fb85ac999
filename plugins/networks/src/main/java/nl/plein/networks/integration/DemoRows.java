package nl.plein.networks.integration;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.plein.api.Ids;
import nl.plein.api.Uploads;
import nl.plein.networks.SearchIndex;
import org.jdbi.v3.core.Handle;

/**
 * Writes demo rows straight into the networks tables, with the moments they would have had: a year of a network's
 * life cannot be made through the forms in one go, and the other parts' classes are not needed for it — the V1 schema
 * is the contract. Every method writes one row (or a thread with its posts, a document with its versions), and what
 * people search for goes into the search index as the parts put it there.
 */
final class DemoRows {

    private final Handle h;
    private final Ids ids;
    private final Uploads uploads;
    private final SearchIndex index;

    DemoRows(Handle h, Ids ids, Uploads uploads, SearchIndex index) {
        this.h = h;
        this.ids = ids;
        this.uploads = uploads;
        this.index = index;
    }

    /** A post as a thread is written with it. */
    record Post(String authorId, String body, Instant at) {
    }

    /** One version of a demo document: a small file with its name and the note of the upload. */
    record Version(String fileName, byte[] content, String note, String uploaderId, Instant at) {
    }

    String space(String name, String description, String visibility, String kind, String createdBy, Instant at) {
        String id = ids.next();
        h.createUpdate("""
                        INSERT INTO networks_spaces (id, name, description, visibility, kind, created_by, created_at, updated_at)
                        VALUES (:id, :name, :description, :visibility, :kind, :by, :at, :at)""")
                .bind("id", id).bind("name", name).bind("description", description).bind("visibility", visibility)
                .bind("kind", kind).bind("by", createdBy).bind("at", at).execute();
        return id;
    }

    /** A person in a space; also records their organisation as a member organisation (not for a guest). */
    void member(String spaceId, String personId, String organisationId, String role, String guestMeetingId,
                Instant joinedAt, Instant lastVisitAt) {
        h.createUpdate("""
                        INSERT INTO networks_members (space_id, person_id, organisation_id, role, guest_meeting_id,
                               joined_at, last_visit_at)
                        VALUES (:space, :person, :organisation, :role, :meeting, :joined, :visit)""")
                .bind("space", spaceId).bind("person", personId).bind("organisation", organisationId)
                .bind("role", role).bind("meeting", guestMeetingId).bind("joined", joinedAt)
                .bind("visit", lastVisitAt).execute();
        if (organisationId != null && !"guest".equals(role)) organisation(spaceId, organisationId, joinedAt);
    }

    /** A member organisation of a space, also when none of its people is in the space (yet). */
    void organisation(String spaceId, String organisationId, Instant joinedAt) {
        h.createUpdate("""
                        INSERT INTO networks_organisations (space_id, organisation_id, joined_at)
                        VALUES (:space, :organisation, :at) ON CONFLICT (space_id, organisation_id) DO NOTHING""")
                .bind("space", spaceId).bind("organisation", organisationId).bind("at", joinedAt).execute();
    }

    String thread(String spaceId, String title, boolean pinned, List<Post> posts) {
        String id = ids.next();
        Post first = posts.get(0);
        h.createUpdate("""
                        INSERT INTO networks_threads (id, space_id, title, author_id, pinned, posts, last_post_at, created_at)
                        VALUES (:id, :space, :title, :author, :pinned, :posts, :last, :at)""")
                .bind("id", id).bind("space", spaceId).bind("title", title).bind("author", first.authorId())
                .bind("pinned", pinned).bind("posts", posts.size()).bind("last", posts.get(posts.size() - 1).at())
                .bind("at", first.at()).execute();
        index.thread(id, title);
        for (int i = 0; i < posts.size(); i++) {
            Post post = posts.get(i);
            String postId = ids.next();
            h.createUpdate("""
                            INSERT INTO networks_posts (id, thread_id, space_id, author_id, body, created_at)
                            VALUES (:id, :thread, :space, :author, :body, :at)""")
                    .bind("id", postId).bind("thread", id).bind("space", spaceId).bind("author", post.authorId())
                    .bind("body", post.body()).bind("at", post.at()).execute();
            index.post(postId, post.body());
            if (i == 0) activity(spaceId, "thread", id, title, post.authorId(), false, post.at());
            // A reply's line leads to its thread: the subject of a "post" is the thread, as the discussions record it.
            else activity(spaceId, "post", id, title, post.authorId(), false, post.at());
        }
        return id;
    }

    void follow(String threadId, String personId) {
        h.createUpdate("INSERT INTO networks_follows (thread_id, person_id) VALUES (:thread, :person)")
                .bind("thread", threadId).bind("person", personId).execute();
    }

    void notifications(String spaceId, String personId, String mode) {
        h.createUpdate("""
                        INSERT INTO networks_notification_settings (space_id, person_id, mode) VALUES (:space, :person, :mode)""")
                .bind("space", spaceId).bind("person", personId).bind("mode", mode).execute();
    }

    String folder(String spaceId, String parentId, String name, Instant at) {
        String id = ids.next();
        h.createUpdate("""
                        INSERT INTO networks_folders (id, space_id, parent_id, name, created_at)
                        VALUES (:id, :space, :parent, :name, :at)""")
                .bind("id", id).bind("space", spaceId).bind("parent", parentId).bind("name", name).bind("at", at)
                .execute();
        return id;
    }

    /** A document with its versions, each stored as a file through core's uploads. */
    String document(String spaceId, String folderId, String meetingId, String title, String access,
                    List<Version> versions) {
        String id = ids.next();
        Version first = versions.get(0);
        Version last = versions.get(versions.size() - 1);
        h.createUpdate("""
                        INSERT INTO networks_documents (id, space_id, folder_id, meeting_id, title, access, version,
                               created_by, created_at, updated_at)
                        VALUES (:id, :space, :folder, :meeting, :title, :access, :version, :by, :created, :updated)""")
                .bind("id", id).bind("space", spaceId).bind("folder", folderId).bind("meeting", meetingId)
                .bind("title", title).bind("access", access).bind("version", versions.size())
                .bind("by", first.uploaderId()).bind("created", first.at()).bind("updated", last.at()).execute();
        index.document(id, title);
        int number = 0;
        for (Version version : versions) {
            number++;
            Uploads.StoredFile file = store(version);
            h.createUpdate("""
                            INSERT INTO networks_document_versions (document_id, version, upload_id, file_name,
                                   size_bytes, note, uploaded_by, uploaded_at)
                            VALUES (:document, :version, :upload, :name, :size, :note, :by, :at)""")
                    .bind("document", id).bind("version", number).bind("upload", file.id())
                    .bind("name", version.fileName()).bind("size", file.sizeBytes()).bind("note", version.note())
                    .bind("by", version.uploaderId()).bind("at", version.at()).execute();
            // As the documents part records them: the upload, then each new version.
            activity(spaceId, number == 1 ? "document" : "document-version", id, title, version.uploaderId(),
                    !"members".equals(access), version.at());
        }
        return id;
    }

    private Uploads.StoredFile store(Version version) {
        try {
            return uploads.store(version.uploaderId(), version.fileName(), new ByteArrayInputStream(version.content()),
                    Uploads.Limits.documents(1024 * 1024));
        } catch (Uploads.Refused e) {
            throw new IllegalStateException("a demo file was refused: " + version.fileName() + " " + e.messageKey(), e);
        }
    }

    String meeting(String spaceId, String title, Instant startsAt, Instant endsAt, String place, String onlineUrl,
                   Instant agendaDeadline, Instant createdAt) {
        String id = ids.next();
        h.createUpdate("""
                        INSERT INTO networks_meetings (id, space_id, title, starts_at, ends_at, place, online_url,
                               agenda_deadline, status, sequence, created_at)
                        VALUES (:id, :space, :title, :starts, :ends, :place, :url, :deadline, 'planned', 0, :at)""")
                .bind("id", id).bind("space", spaceId).bind("title", title).bind("starts", startsAt)
                .bind("ends", endsAt).bind("place", place).bind("url", onlineUrl).bind("deadline", agendaDeadline)
                .bind("at", createdAt).execute();
        activity(spaceId, "meeting", id, title, null, false, createdAt);
        return id;
    }

    void agendaItem(String meetingId, String spaceId, String title, String description, String proposedBy,
                    String status, int position, Instant at) {
        h.createUpdate("""
                        INSERT INTO networks_agenda_items (id, meeting_id, space_id, title, description, proposed_by,
                               status, position, created_at)
                        VALUES (:id, :meeting, :space, :title, :description, :by, :status, :position, :at)""")
                .bind("id", ids.next()).bind("meeting", meetingId).bind("space", spaceId).bind("title", title)
                .bind("description", description).bind("by", proposedBy).bind("status", status)
                .bind("position", position).bind("at", at).execute();
    }

    /** An answer to the invitation; {@code attended} is null until the meeting took place. */
    void rsvp(String meetingId, String personId, String answer, Boolean attended, Instant at) {
        h.createUpdate("""
                        INSERT INTO networks_rsvps (meeting_id, person_id, answer, attended, updated_at)
                        VALUES (:meeting, :person, :answer, :attended, :at)""")
                .bind("meeting", meetingId).bind("person", personId).bind("answer", answer)
                .bind("attended", attended).bind("at", at).execute();
    }

    /** Minutes approved by the chair. */
    void approvedMinutes(String meetingId, String spaceId, String body, String writtenBy, Instant writtenAt,
                         String chairId, Instant approvedAt, String meetingTitle) {
        h.createUpdate("""
                        INSERT INTO networks_minutes (meeting_id, space_id, body, status, revision, updated_by, updated_at,
                               approved_by, approved_at)
                        VALUES (:meeting, :space, :body, 'approved', 2, :by, :written, :chair, :approved)""")
                .bind("meeting", meetingId).bind("space", spaceId).bind("body", body).bind("by", writtenBy)
                .bind("written", writtenAt).bind("chair", chairId).bind("approved", approvedAt).execute();
        activity(spaceId, "minutes-approved", meetingId, meetingTitle, chairId, false, approvedAt);
    }

    void minuteComment(String meetingId, String authorId, String body, Instant at) {
        h.createUpdate("""
                        INSERT INTO networks_minute_comments (id, meeting_id, author_id, body, created_at)
                        VALUES (:id, :meeting, :author, :body, :at)""")
                .bind("id", ids.next()).bind("meeting", meetingId).bind("author", authorId).bind("body", body)
                .bind("at", at).execute();
    }

    void action(String spaceId, String meetingId, String title, String ownerId, LocalDate dueOn, String status,
                Instant at) {
        String id = ids.next();
        h.createUpdate("""
                        INSERT INTO networks_actions (id, space_id, meeting_id, title, owner_id, due_on, status,
                               created_at, updated_at)
                        VALUES (:id, :space, :meeting, :title, :owner, :due, :status, :at, :at)""")
                .bind("id", id).bind("space", spaceId).bind("meeting", meetingId).bind("title", title)
                .bind("owner", ownerId).bind("due", dueOn.toString()).bind("status", status).bind("at", at).execute();
        activity(spaceId, "action", id, title, null, false, at);
    }

    void decision(String spaceId, String meetingId, String text, LocalDate decidedOn, Instant at) {
        String id = ids.next();
        h.createUpdate("""
                        INSERT INTO networks_decisions (id, space_id, meeting_id, text, decided_on, created_at)
                        VALUES (:id, :space, :meeting, :text, :on, :at)""")
                .bind("id", id).bind("space", spaceId).bind("meeting", meetingId).bind("text", text)
                .bind("on", decidedOn.toString()).bind("at", at).execute();
        activity(spaceId, "decision", id, text, null, false, at);
    }

    void joinRequest(String spaceId, String personId, String organisationId, String message, Instant at) {
        h.createUpdate("""
                        INSERT INTO networks_join_requests (id, space_id, person_id, organisation_id, message, status,
                               created_at)
                        VALUES (:id, :space, :person, :organisation, :message, 'pending', :at)""")
                .bind("id", ids.next()).bind("space", spaceId).bind("person", personId)
                .bind("organisation", organisationId).bind("message", message).bind("at", at).execute();
    }

    String trajectory(String spaceId, String municipality, String province, String leadOrganisationId,
                      String officerId, String theme, String partners, String status, Instant createdAt,
                      Instant updatedAt) {
        String id = ids.next();
        h.createUpdate("""
                        INSERT INTO networks_trajectories (id, space_id, municipality, province, lead_organisation_id,
                               officer_id, theme, partners, status, created_at, updated_at)
                        VALUES (:id, :space, :municipality, :province, :lead, :officer, :theme, :partners, :status,
                                :created, :updated)""")
                .bind("id", id).bind("space", spaceId).bind("municipality", municipality).bind("province", province)
                .bind("lead", leadOrganisationId).bind("officer", officerId).bind("theme", theme)
                .bind("partners", partners).bind("status", status).bind("created", createdAt)
                .bind("updated", updatedAt).execute();
        activity(spaceId, "trajectory", id, municipality + ": " + theme, officerId, false, createdAt);
        return id;
    }

    void monitoringNote(String trajectoryId, String spaceId, String authorId, String body, String label, Instant at) {
        h.createUpdate("""
                        INSERT INTO networks_monitoring_notes (id, trajectory_id, space_id, author_id, body, created_at)
                        VALUES (:id, :trajectory, :space, :author, :body, :at)""")
                .bind("id", ids.next()).bind("trajectory", trajectoryId).bind("space", spaceId)
                .bind("author", authorId).bind("body", body).bind("at", at).execute();
        activity(spaceId, "monitoring-note", trajectoryId, label, authorId, false, at);
    }

    void activity(String spaceId, String kind, String subjectId, String title, String actorId,
                  boolean coordinatorsOnly, Instant at) {
        h.createUpdate("""
                        INSERT INTO networks_activity (id, space_id, kind, subject_id, title, actor_id, access, created_at)
                        VALUES (:id, :space, :kind, :subject, :title, :actor, :access, :at)""")
                .bind("id", ids.next()).bind("space", spaceId).bind("kind", kind).bind("subject", subjectId)
                .bind("title", title.length() > 300 ? title.substring(0, 300) : title).bind("actor", actorId)
                .bind("access", coordinatorsOnly ? "coordinators" : "members").bind("at", at).execute();
    }

    /** A small text file. */
    static byte[] text(String content) {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
