package nl.plein.expeditions.progress;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import nl.plein.api.Uploads;
import nl.plein.api.form.FieldErrors;

/**
 * Files that come with log entries and homework: documents and photos up to 10 MB, kept by core outside any web
 * root and sent only through this plugin's routes after their access check.
 */
final class Attachments {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final Uploads uploads;

    Attachments(Uploads uploads) {
        this.uploads = uploads;
    }

    /**
     * Stores the file chosen in {@code field}.
     *
     * @return its id; null when no file was chosen, or when it was refused (the reason is then in {@code errors})
     */
    String store(Context ctx, String field, String uploaderId, FieldErrors errors) {
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile(field) : null;
        // A file input left empty still sends a part: no name, no bytes.
        if (file == null || (file.filename().isEmpty() && file.size() == 0)) return null;
        try (InputStream content = file.content()) {
            return uploads.store(uploaderId, file.filename(), content, Uploads.Limits.documents(MAX_BYTES)).id();
        } catch (Uploads.Refused refused) {
            errors.add(field, refused.messageKey());
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an uploaded attachment", e);
        }
    }

    /** Removes a file that was stored for a form that was refused after all, or that was replaced. */
    void discard(String id) {
        if (id != null) uploads.delete(id);
    }

    void send(Context ctx, String id) {
        uploads.send(ctx, id);
    }
}
