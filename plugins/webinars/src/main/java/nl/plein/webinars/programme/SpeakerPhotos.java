package nl.plein.webinars.programme;

import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import nl.plein.api.Uploads;
import nl.plein.api.form.FieldErrors;

/** Speakers' portrait photos: PNG or JPEG up to 2 MB, kept by core and shown publicly next to the speaker's name. */
final class SpeakerPhotos {

    static final long MAX_BYTES = 2L * 1024 * 1024;
    static final String FIELD = "photo";

    private final Uploads uploads;

    SpeakerPhotos(Uploads uploads) {
        this.uploads = uploads;
    }

    /**
     * Stores the photo chosen in the form.
     *
     * @return its id; null when none was chosen, or when it was refused (the reason is then in {@code errors})
     */
    String store(Context ctx, String uploaderId, FieldErrors errors) {
        UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile(FIELD) : null;
        // A file input left empty still sends a part: no name, no bytes.
        if (file == null || (file.filename().isEmpty() && file.size() == 0)) return null;
        try (InputStream content = file.content()) {
            return uploads.store(uploaderId, file.filename(), content, Uploads.Limits.images(MAX_BYTES)).id();
        } catch (Uploads.Refused refused) {
            errors.add(FIELD, refused.messageKey());
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an uploaded speaker photo", e);
        }
    }

    /** Removes a photo that was replaced, or stored for a form that was refused after all. */
    void discard(String id) {
        if (id != null) uploads.delete(id);
    }

    void send(Context ctx, String id) {
        uploads.send(ctx, id);
    }
}
