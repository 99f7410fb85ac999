package nl.plein.networks.integration;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.plein.api.Messages;
import nl.plein.api.hooks.PersonalDataProvider;
import nl.plein.networks.SearchIndex;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * What the networks plugin holds about a person, and erasing it.
 *
 * <p>The export holds only rows that are the person's own: their memberships, what they wrote (threads started,
 * posts, agenda proposals, comments on minutes, monitoring notes, join requests, reports), the metadata of what they
 * uploaded, their RSVPs, the actions they own, the trajectories they are officer of, their settings, whether they have
 * a calendar feed, and the invitations they sent (without the invitee's address: that is someone else's data); and
 * where the record names them for what they did as a coordinator or chair (minutes saved or approved, requests
 * decided, reports handled, spaces created, their lines in the activity lists) — by id and moment, without the
 * others' words. Never the posts of others in their threads, nor a reported post's text.
 *
 * <p>Erasure, in one transaction: they leave every space at once; their follows, notification settings, RSVPs, feed
 * token and join requests go. What the space relies on stays, attributed to no one: threads (their titles are the
 * space's subjects), uploaded documents and versions, agenda items, actions (without owner), monitoring notes and
 * trajectories (without officer) — these are the group's working record. Their conversational text does not stay:
 * the bodies of their posts and their comments on minutes are replaced by a neutral notice, as the AVG favours erasing
 * a person's own words over keeping them anonymously in a closed group; their posts leave the search index. Invitations sent to their address go
 * through {@link #forgetAddress}. Reports they made stay for the coordinators who handle them, without reporter.
 */
final class NetworksPersonalData implements PersonalDataProvider {

    /** Every other column that names a person and simply becomes empty: table and column, our own constants. */
    private static final List<String[]> REFERENCES = List.of(
            new String[] {"networks_spaces", "created_by"},
            new String[] {"networks_invitations", "invited_by"},
            new String[] {"networks_join_requests", "decided_by"},
            new String[] {"networks_activity", "actor_id"},
            new String[] {"networks_threads", "author_id"},
            new String[] {"networks_reports", "reporter_id"},
            new String[] {"networks_reports", "handled_by"},
            new String[] {"networks_documents", "created_by"},
            new String[] {"networks_document_versions", "uploaded_by"},
            new String[] {"networks_agenda_items", "proposed_by"},
            new String[] {"networks_minutes", "updated_by"},
            new String[] {"networks_minutes", "approved_by"},
            new String[] {"networks_actions", "owner_id"},
            new String[] {"networks_trajectories", "officer_id"},
            new String[] {"networks_monitoring_notes", "author_id"});

    private final Jdbi jdbi;
    private final Messages messages;
    private final SearchIndex index;

    NetworksPersonalData(Jdbi jdbi, Messages messages, SearchIndex index) {
        this.jdbi = jdbi;
        this.messages = messages;
        this.index = index;
    }

    public record Membership(String spaceId, String space, String role, String organisationId, String guestMeetingId,
                             Instant joinedAt, Instant lastVisitAt) {
    }

    public record StartedThread(String id, String spaceId, String title, Instant startedAt) {
    }

    public record Post(String id, String threadId, String spaceId, String body, Instant writtenAt, Instant editedAt,
                       Instant removedAt) {
    }

    public record Upload(String documentId, String spaceId, String document, int version, String fileName,
                         long sizeBytes, String note, Instant uploadedAt) {
    }

    public record Rsvp(String meetingId, String spaceId, String meeting, Instant startsAt, String answer,
                       Boolean attended, Instant answeredAt) {
    }

    public record AgendaItem(String id, String meetingId, String spaceId, String title, String description,
                             String status, Instant proposedAt) {
    }

    public record Comment(String id, String meetingId, String body, Instant writtenAt) {
    }

    public record Action(String id, String spaceId, String title, String dueOn, String status) {
    }

    public record Note(String id, String trajectoryId, String spaceId, String body, Instant writtenAt) {
    }

    public record OfficerOf(String trajectoryId, String spaceId, String municipality, String theme) {
    }

    public record JoinRequest(String id, String spaceId, String organisationId, String message, String status,
                              Instant requestedAt) {
    }

    public record SentInvitation(String id, String spaceId, String role, Instant sentAt, boolean accepted) {
    }

    public record Report(String id, String postId, String spaceId, String reason, Instant reportedAt) {
    }

    public record Setting(String spaceId, String mode) {
    }

    public record Feed(boolean exists, Instant createdAt) {
    }

    /** Minutes they last saved or approved: the meeting, not the text (that is the group's record). */
    public record MinutesKept(String meetingId, String spaceId, String status, Instant savedAt, boolean savedByThem,
                              Instant approvedAt, boolean approvedByThem) {
    }

    /** A request to join they decided as a coordinator: not who asked or why (that is the requester's data). */
    public record RequestDecided(String id, String spaceId, String status, Instant decidedAt) {
    }

    public record ReportHandled(String id, String spaceId, Instant handledAt) {
    }

    public record SpaceCreated(String id, String name, Instant createdAt) {
    }

    /** A line of a space's activity list that names them as the one who did it. */
    public record Done(String spaceId, String kind, String subjectId, Instant at) {
    }

    @Override
    public Object export(String personId) {
        return jdbi.withHandle(h -> {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("memberships", h.createQuery("""
                            SELECT m.*, s.name FROM networks_members m JOIN networks_spaces s ON s.id = m.space_id
                             WHERE m.person_id = :p ORDER BY m.joined_at, m.space_id""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new Membership(rs.getString("space_id"), rs.getString("name"),
                            rs.getString("role"), rs.getString("organisation_id"), rs.getString("guest_meeting_id"),
                            instant(rs, "joined_at"), instant(rs, "last_visit_at"))).list());
            data.put("threadsStarted", h.createQuery("""
                            SELECT id, space_id, title, created_at FROM networks_threads WHERE author_id = :p
                             ORDER BY created_at, id""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new StartedThread(rs.getString("id"), rs.getString("space_id"), rs.getString("title"),
                            instant(rs, "created_at"))).list());
            data.put("posts", h.createQuery("""
                            SELECT * FROM networks_posts WHERE author_id = :p ORDER BY created_at, id""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new Post(rs.getString("id"), rs.getString("thread_id"), rs.getString("space_id"),
                            rs.getString("body"), instant(rs, "created_at"), instant(rs, "edited_at"),
                            instant(rs, "deleted_at"))).list());
            data.put("uploads", h.createQuery("""
                            SELECT v.*, d.space_id, d.title FROM networks_document_versions v
                              JOIN networks_documents d ON d.id = v.document_id
                             WHERE v.uploaded_by = :p ORDER BY v.uploaded_at, v.document_id, v.version""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new Upload(rs.getString("document_id"), rs.getString("space_id"),
                            rs.getString("title"), rs.getInt("version"), rs.getString("file_name"),
                            rs.getLong("size_bytes"), rs.getString("note"), instant(rs, "uploaded_at"))).list());
            data.put("rsvps", h.createQuery("""
                            SELECT r.*, mt.space_id, mt.title, mt.starts_at FROM networks_rsvps r
                              JOIN networks_meetings mt ON mt.id = r.meeting_id
                             WHERE r.person_id = :p ORDER BY mt.starts_at, r.meeting_id""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new Rsvp(rs.getString("meeting_id"), rs.getString("space_id"),
                            rs.getString("title"), instant(rs, "starts_at"), rs.getString("answer"),
                            bool(rs, "attended"), instant(rs, "updated_at"))).list());
            data.put("agendaItems", h.createQuery("""
                            SELECT * FROM networks_agenda_items WHERE proposed_by = :p ORDER BY created_at, id""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new AgendaItem(rs.getString("id"), rs.getString("meeting_id"),
                            rs.getString("space_id"), rs.getString("title"), rs.getString("description"),
                            rs.getString("status"), instant(rs, "created_at"))).list());
            data.put("minuteComments", h.createQuery("""
                            SELECT * FROM networks_minute_comments WHERE author_id = :p ORDER BY created_at, id""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new Comment(rs.getString("id"), rs.getString("meeting_id"), rs.getString("body"),
                            instant(rs, "created_at"))).list());
            data.put("actionsOwned", h.createQuery("""
                            SELECT * FROM networks_actions WHERE owner_id = :p ORDER BY created_at, id""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new Action(rs.getString("id"), rs.getString("space_id"), rs.getString("title"),
                            rs.getString("due_on"), rs.getString("status"))).list());
            data.put("monitoringNotes", h.createQuery("""
                            SELECT * FROM networks_monitoring_notes WHERE author_id = :p ORDER BY created_at, id""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new Note(rs.getString("id"), rs.getString("trajectory_id"),
                            rs.getString("space_id"), rs.getString("body"), instant(rs, "created_at"))).list());
            data.put("officerOf", h.createQuery("""
                            SELECT id, space_id, municipality, theme FROM networks_trajectories WHERE officer_id = :p
                             ORDER BY created_at, id""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new OfficerOf(rs.getString("id"), rs.getString("space_id"),
                            rs.getString("municipality"), rs.getString("theme"))).list());
            data.put("joinRequests", h.createQuery("""
                            SELECT * FROM networks_join_requests WHERE person_id = :p ORDER BY created_at, id""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new JoinRequest(rs.getString("id"), rs.getString("space_id"),
                            rs.getString("organisation_id"), rs.getString("message"), rs.getString("status"),
                            instant(rs, "created_at"))).list());
            data.put("invitationsSent", h.createQuery("""
                            SELECT id, space_id, role, created_at, accepted_at FROM networks_invitations
                             WHERE invited_by = :p ORDER BY created_at, id""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new SentInvitation(rs.getString("id"), rs.getString("space_id"),
                            rs.getString("role"), instant(rs, "created_at"), instant(rs, "accepted_at") != null))
                    .list());
            data.put("reports", h.createQuery("""
                            SELECT id, post_id, space_id, reason, created_at FROM networks_reports
                             WHERE reporter_id = :p ORDER BY created_at, id""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new Report(rs.getString("id"), rs.getString("post_id"), rs.getString("space_id"),
                            rs.getString("reason"), instant(rs, "created_at"))).list());
            data.put("threadsFollowed", h.createQuery("""
                            SELECT thread_id FROM networks_follows WHERE person_id = :p ORDER BY thread_id""")
                    .bind("p", personId).mapTo(String.class).list());
            data.put("notificationSettings", h.createQuery("""
                            SELECT space_id, mode FROM networks_notification_settings WHERE person_id = :p
                             ORDER BY space_id""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new Setting(rs.getString("space_id"), rs.getString("mode"))).list());
            data.put("minutes", h.createQuery("""
                            SELECT meeting_id, space_id, status, updated_by, updated_at, approved_by, approved_at
                              FROM networks_minutes WHERE updated_by = :p OR approved_by = :p
                             ORDER BY updated_at, meeting_id""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new MinutesKept(rs.getString("meeting_id"), rs.getString("space_id"),
                            rs.getString("status"), instant(rs, "updated_at"), personId.equals(rs.getString("updated_by")),
                            instant(rs, "approved_at"), personId.equals(rs.getString("approved_by")))).list());
            data.put("joinRequestsDecided", h.createQuery("""
                            SELECT id, space_id, status, decided_at FROM networks_join_requests
                             WHERE decided_by = :p ORDER BY decided_at, id""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new RequestDecided(rs.getString("id"), rs.getString("space_id"),
                            rs.getString("status"), instant(rs, "decided_at"))).list());
            data.put("reportsHandled", h.createQuery("""
                            SELECT id, space_id, handled_at FROM networks_reports WHERE handled_by = :p
                             ORDER BY handled_at, id""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new ReportHandled(rs.getString("id"), rs.getString("space_id"),
                            instant(rs, "handled_at"))).list());
            data.put("spacesCreated", h.createQuery("""
                            SELECT id, name, created_at FROM networks_spaces WHERE created_by = :p ORDER BY created_at, id""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new SpaceCreated(rs.getString("id"), rs.getString("name"),
                            instant(rs, "created_at"))).list());
            // What they did, without the titles: those are the space's (a thread's, a document's), not theirs.
            data.put("activity", h.createQuery("""
                            SELECT space_id, kind, subject_id, created_at FROM networks_activity WHERE actor_id = :p
                             ORDER BY created_at, id LIMIT 10000""")
                    .bind("p", personId)
                    .map((rs, ctx) -> new Done(rs.getString("space_id"), rs.getString("kind"),
                            rs.getString("subject_id"), instant(rs, "created_at"))).list());
            // Whether a feed exists and since when: the token's hash is not something to hand out.
            data.put("calendarFeed", h.createQuery("SELECT created_at FROM networks_feed_tokens WHERE person_id = :p")
                    .bind("p", personId).mapTo(Long.class).findOne()
                    .map(created -> new Feed(true, Instant.ofEpochMilli(created))).orElse(new Feed(false, null)));
            return data;
        });
    }

    @Override
    public void erase(String personId) {
        // Stored once, in the platform's first language: the post is read by members in either language.
        String removed = messages.get(Locale.forLanguageTag("nl"), "networks.integration.erased-text");
        jdbi.useTransaction(h -> {
            for (String table : List.of("networks_members", "networks_follows", "networks_notification_settings",
                    "networks_rsvps", "networks_feed_tokens", "networks_join_requests")) {
                h.createUpdate("DELETE FROM " + table + " WHERE person_id = :p").bind("p", personId).execute();
            }
            // Their words leave the search index with the posts; the notice that replaces them is not indexed.
            h.createQuery("SELECT id FROM networks_posts WHERE author_id = :p").bind("p", personId)
                    .mapTo(String.class).list().forEach(index::removePost);
            replaceText(h, "networks_posts", removed, personId);
            replaceText(h, "networks_minute_comments", removed, personId);
            for (String[] column : REFERENCES) {
                h.createUpdate("UPDATE " + column[0] + " SET " + column[1] + " = NULL WHERE " + column[1] + " = :p")
                        .bind("p", personId).execute();
            }
        });
    }

    /** Invitations sent to the address before the person had an account, or not yet accepted. */
    @Override
    public void forgetAddress(String email) {
        if (email == null || email.isBlank()) return;
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM networks_invitations WHERE LOWER(email) = :email")
                .bind("email", email.strip().toLowerCase(Locale.ROOT)).execute());
    }

    private static void replaceText(Handle h, String table, String removed, String personId) {
        h.createUpdate("UPDATE " + table + " SET body = :removed, author_id = NULL WHERE author_id = :p")
                .bind("removed", removed).bind("p", personId).execute();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    private static Boolean bool(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
