package nl.plein.networks.document;

import java.util.List;
import nl.plein.networks.Networks;
import nl.plein.networks.space.Standing;

/**
 * The documents of a meeting, for the meeting's page: only those the visitor may open, each with a link to its page
 * and to its current file. A meeting's documents are uploaded through this part's form with the meeting set:
 * link to {@link #uploadPath(String, String, String)}.
 *
 * <pre>{@code
 * Standing standing = networks.gate().known(ctx);              // the meeting page checked mayReadMeeting already
 * var documents = new MeetingDocuments(networks).forMeeting(spaceId, meetingId, standing, Visitor.of(ctx).personId());
 * model.put("documents", documents);                            // {{ d.title }}, {{ d.href }}, {{ d.fileHref }}
 * model.put("addDocument", MeetingDocuments.uploadPath(spaceId, meetingId, "/networks/spaces/" + spaceId + "/meetings/" + meetingId));
 * }</pre>
 */
public final class MeetingDocuments {

    private final Documents documents;

    public MeetingDocuments(Networks networks) {
        this(new Documents(networks.context().jdbi(), networks.context().ids(), networks.context().clock(),
                networks.searchIndex()));
    }

    MeetingDocuments(Documents documents) {
        this.documents = documents;
    }

    /**
     * A document of a meeting.
     *
     * @param href     its page (history, versions)
     * @param fileHref its current file
     * @param access   {@code members}, {@code coordinators} or {@code draft}: show it, e.g. as "(coordinators only)"
     */
    public record MeetingDocument(String id, String title, String fileName, long sizeBytes, String access, String href,
                                  String fileHref) {
    }

    /**
     * The meeting's documents the visitor may open, by title; empty when they may not see the meeting (a guest of
     * another meeting, an outsider of a closed space). Without the visitor's id their own drafts are left out: use
     * {@link #forMeeting(String, String, Standing, String)} on a page for a signed-in person.
     */
    public List<MeetingDocument> forMeeting(String spaceId, String meetingId, Standing standing) {
        return forMeeting(spaceId, meetingId, standing, null);
    }

    /** As {@link #forMeeting(String, String, Standing)}, with the visitor's own drafts ({@code visitorId} may be null). */
    public List<MeetingDocument> forMeeting(String spaceId, String meetingId, Standing standing, String visitorId) {
        if (standing == null || !standing.space().id().equals(spaceId) || !standing.mayReadMeeting(meetingId)) {
            return List.of();
        }
        DocumentRights rights = new DocumentRights(standing, visitorId);
        return documents.ofMeeting(spaceId, meetingId, rights).stream()
                .filter(l -> rights.mayOpen(l.document()))
                .map(l -> new MeetingDocument(l.document().id(), l.document().title(), l.fileName(), l.sizeBytes(),
                        l.document().access().code(), DocumentLinks.document(spaceId, l.document().id()),
                        DocumentLinks.file(spaceId, l.document().id())))
                .toList();
    }

    /**
     * The upload form for a document of this meeting, returning to {@code returnTo} (a path in the same space, e.g. the
     * meeting's page; null for the new document's page). Members only: show the link when
     * {@code standing.mayTakePart()}.
     */
    public static String uploadPath(String spaceId, String meetingId, String returnTo) {
        return DocumentLinks.upload(spaceId, null, meetingId, returnTo);
    }
}
