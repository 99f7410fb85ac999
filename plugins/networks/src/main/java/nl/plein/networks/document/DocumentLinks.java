package nl.plein.networks.document;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/** Where the pages and files of this part are, in one place. */
final class DocumentLinks {

    /** A path back into the same space, e.g. the meeting page an upload came from; nothing that leaves it. */
    private static final Pattern SAFE_RETURN_TAIL = Pattern.compile("[A-Za-z0-9/_.?=&%-]{0,300}");

    private DocumentLinks() {
    }

    static String space(String spaceId) {
        return "/networks/spaces/" + spaceId;
    }

    static String list(String spaceId, String folderId) {
        return space(spaceId) + "/documents" + (folderId == null ? "" : "?folder=" + folderId);
    }

    static String document(String spaceId, String documentId) {
        return space(spaceId) + "/documents/" + documentId;
    }

    static String file(String spaceId, String documentId) {
        return document(spaceId, documentId) + "/file";
    }

    static String versionFile(String spaceId, String documentId, int version) {
        return document(spaceId, documentId) + "/versions/" + version + "/file";
    }

    static String meeting(String spaceId, String meetingId) {
        return space(spaceId) + "/meetings/" + meetingId;
    }

    static String upload(String spaceId, String folderId, String meetingId, String returnTo) {
        StringBuilder link = new StringBuilder(space(spaceId)).append("/documents/new");
        char separator = '?';
        if (folderId != null) {
            link.append(separator).append("folder=").append(folderId);
            separator = '&';
        }
        if (meetingId != null) {
            link.append(separator).append("meeting=").append(meetingId);
            separator = '&';
        }
        if (returnTo != null) link.append(separator).append("return=").append(URLEncoder.encode(returnTo, StandardCharsets.UTF_8));
        return link.toString();
    }

    /** The page to go back to after an upload: a path within the same space, or null. */
    static String safeReturn(String spaceId, String requested) {
        if (requested == null || requested.isEmpty()) return null;
        String prefix = space(spaceId) + "/";
        if (!requested.startsWith(prefix)) return null;
        String tail = requested.substring(prefix.length());
        if (!SAFE_RETURN_TAIL.matcher(tail).matches() || tail.contains("//") || tail.contains("..")) return null;
        return requested;
    }
}
