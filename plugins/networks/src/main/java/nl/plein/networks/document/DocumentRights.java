package nl.plein.networks.document;

import java.util.List;
import nl.plein.api.Visitor;
import nl.plein.networks.space.Standing;

/**
 * What one visitor may do with the documents of one space: the space's {@link Standing} (asked from the database on
 * every request, so a removed member loses access at once) plus who they are, for their own drafts and versions.
 *
 * <ul>
 *   <li>Open a document (its page and current file): {@code members} documents everyone who reads the space (members;
 *       anyone in an open space) and a guest when it belongs to their meeting; {@code coordinators} documents the
 *       coordinators; a {@code draft} its uploader (while a member) and the coordinators.</li>
 *   <li>Download an older version: those who open the document, if they are a coordinator or uploaded that version
 *       themselves (an old version may hold what was taken out on purpose).</li>
 *   <li>Upload: members. Add a version: the uploader, the coordinators, and any member for a {@code members} document
 *       (members keep shared documents up to date together).</li>
 *   <li>Change who may open it, restore an old version, delete it, rename or remove folders: coordinators; the
 *       uploader of a draft may publish it to the members.</li>
 * </ul>
 *
 * @param personId the visitor's id, or null when not signed in
 */
record DocumentRights(Standing standing, String personId) {

    static DocumentRights of(Standing standing, Visitor visitor) {
        return new DocumentRights(standing, visitor.personId());
    }

    boolean coordinator() {
        return standing.isCoordinator();
    }

    /** A member, chair or coordinator (not a guest, not an outsider of an open space). */
    boolean member() {
        return standing.isMember();
    }

    /** Sees the space's list of documents and folders (a guest does not: only their meeting's documents). */
    boolean mayList() {
        return standing.mayRead();
    }

    boolean mayOpen(Document document) {
        boolean guestOfItsMeeting = standing.isGuest() && document.meetingId() != null
                && document.meetingId().equals(standing.guestMeetingId());
        if (!standing.mayRead() && !guestOfItsMeeting) return false;
        return switch (document.access()) {
            case MEMBERS -> true;
            case COORDINATORS -> coordinator();
            case DRAFT -> coordinator() || isUploader(document);
        };
    }

    boolean mayDownload(Document document, DocumentVersion version) {
        if (!mayOpen(document)) return false;
        return version.version() == document.version() || coordinator()
                || member() && personId != null && personId.equals(version.uploadedBy());
    }

    boolean mayUpload() {
        return member();
    }

    /** The access levels the visitor may give a document; only coordinators make one for coordinators only. */
    List<DocumentAccess> accessChoices() {
        return coordinator() ? List.of(DocumentAccess.values()) : List.of(DocumentAccess.MEMBERS, DocumentAccess.DRAFT);
    }

    boolean mayAddVersion(Document document) {
        return mayOpen(document) && member()
                && (coordinator() || isUploader(document) || document.access() == DocumentAccess.MEMBERS);
    }

    boolean mayChangeAccess(Document document) {
        return coordinator() || isUploader(document) && document.access() == DocumentAccess.DRAFT;
    }

    boolean mayChangeAccess(Document document, DocumentAccess to) {
        return coordinator() || isUploader(document) && document.access() == DocumentAccess.DRAFT
                && to == DocumentAccess.MEMBERS;
    }

    boolean mayRestore(Document document) {
        return coordinator() && mayOpen(document);
    }

    boolean mayDelete(Document document) {
        return coordinator() && mayOpen(document);
    }

    boolean mayManageFolders() {
        return coordinator();
    }

    /** Uploaded its first version and is still a member (a former member's draft is the coordinators' now). */
    boolean isUploader(Document document) {
        return member() && personId != null && personId.equals(document.createdBy());
    }
}
