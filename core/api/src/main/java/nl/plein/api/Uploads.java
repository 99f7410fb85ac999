package nl.plein.api;

import io.javalin.http.Context;
import java.io.InputStream;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Files people upload (minutes, slides, photos), stored by core outside any web root. A plugin stores a file with
 * limits, keeps the returned id in its own table, and serves it from its own route after its own access check:
 *
 * <pre>{@code
 * var file = context.uploads().store(visitor.personId(), upload.filename(), upload.content(),
 *         Uploads.Limits.documents(10 * 1024 * 1024));
 * ...
 * routes.get("/documents/{id}", Permission.SIGNED_IN, ctx -> {
 *     var doc = documents.find(ctx.pathParam("id")).filter(d -> spaces.isMember(visitor, d.space())).orElseThrow(NotFoundResponse::new);
 *     context.uploads().send(ctx, doc.fileId());
 * });
 * }</pre>
 */
public interface Uploads {

    /**
     * Stores the content if it is within the limits; the type is decided from the content itself, not from the name
     * or what the browser claimed.
     *
     * @throws Refused with a message key the page can show beside the field
     */
    StoredFile store(String uploaderId, String filename, InputStream content, Limits limits) throws Refused;

    Optional<StoredFile> find(String id);

    /**
     * Streams the file as a download with safe headers (attachment, the stored type, nosniff). Call it only after
     * checking that the visitor may see the file.
     */
    void send(Context ctx, String id);

    /** Removes the file and its bytes. */
    void delete(String id);

    /** A stored file. */
    record StoredFile(String id, String filename, String contentType, long sizeBytes, Instant createdAt) {
    }

    /**
     * What a plugin accepts.
     *
     * @param maxBytes     largest accepted size
     * @param contentTypes accepted types, e.g. {@code application/pdf}, {@code image/png}
     */
    record Limits(long maxBytes, Set<String> contentTypes) {

        /** PDF, Word, OpenDocument text, plain text, PNG and JPEG. */
        public static Limits documents(long maxBytes) {
            return new Limits(maxBytes, Set.of("application/pdf",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "application/vnd.oasis.opendocument.text", "text/plain", "image/png", "image/jpeg"));
        }

        /** PNG and JPEG. */
        public static Limits images(long maxBytes) {
            return new Limits(maxBytes, Set.of("image/png", "image/jpeg"));
        }
    }

    /** The upload was not accepted; {@link #messageKey()} says why, in the visitor's language. */
    final class Refused extends Exception {
        private final String messageKey;

        public Refused(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
