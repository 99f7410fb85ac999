package nl.plein.webinars.afterwards;

import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import nl.plein.api.Uploads;

/**
 * A speaker's slides as uploaded: PDF, PowerPoint (.pptx) or OpenDocument presentation (.odp), at most 20 MB.
 *
 * <p>Core decides a file's type from its bytes, but knows PowerPoint and OpenDocument presentations only as "a ZIP
 * archive". So the file is first copied to a temporary file and looked at here: a ZIP is accepted only when it holds
 * a presentation ({@code ppt/presentation.xml}, or the OpenDocument {@code mimetype} entry of a presentation).
 * Then core stores it with limits that allow PDF and ZIP.
 */
final class SlidesFile implements AutoCloseable {

    static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final String PDF = "application/pdf";
    private static final String ZIP = "application/zip";
    private static final String ODP = "application/vnd.oasis.opendocument.presentation";
    private static final Uploads.Limits LIMITS = new Uploads.Limits(MAX_BYTES, Set.of(PDF, ZIP));

    private final Path temp;
    private final String filename;

    private SlidesFile(Path temp, String filename) {
        this.temp = temp;
        this.filename = filename;
    }

    /**
     * The chosen file, checked; null when none was chosen.
     *
     * @throws Uploads.Refused with the message key to show beside the field
     */
    static SlidesFile check(UploadedFile upload) throws Uploads.Refused {
        if (upload == null || upload.filename().isEmpty() && upload.size() == 0) return null;
        if (upload.size() > MAX_BYTES) throw new Uploads.Refused("upload.error.too-large");
        Path temp;
        try {
            temp = Files.createTempFile("webinars-slides-", ".tmp");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for slides", e);
        }
        SlidesFile slides = new SlidesFile(temp, upload.filename());
        try {
            long size = copy(upload, temp);
            if (size == 0) throw new Uploads.Refused("upload.error.empty");
            if (size > MAX_BYTES) throw new Uploads.Refused("upload.error.too-large");
            if (!presentation(temp)) throw new Uploads.Refused("webinars.afterwards.recording.error.slides-type");
            return slides;
        } catch (Uploads.Refused | RuntimeException e) {
            slides.close();
            throw e;
        }
    }

    /** Hands the file to core's uploads; returns the stored file's id. */
    String store(Uploads uploads, String uploaderId) throws Uploads.Refused {
        try (InputStream content = Files.newInputStream(temp)) {
            return uploads.store(uploaderId, filename, content, LIMITS).id();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read slides from " + temp, e);
        }
    }

    @Override
    public void close() {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // A stray temporary file is harmless; the system's temp cleaning takes it.
        }
    }

    /** Copies at most one byte more than allowed: enough to know it is too large. */
    private static long copy(UploadedFile upload, Path temp) {
        try (InputStream in = upload.content(); OutputStream out = Files.newOutputStream(temp)) {
            byte[] buffer = new byte[64 * 1024];
            long size = 0;
            int read;
            while (size <= MAX_BYTES && (read = in.read(buffer, 0, (int) Math.min(buffer.length, MAX_BYTES + 1 - size))) > 0) {
                out.write(buffer, 0, read);
                size += read;
            }
            return size;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read uploaded slides", e);
        }
    }

    private static boolean presentation(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(4);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read slides from " + file, e);
        }
        if (head.length == 4 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F') return true;
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K' || head[2] != 3 || head[3] != 4) return false;
        // Only the archive's directory and the tiny mimetype entry are read; nothing is unpacked.
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("ppt/presentation.xml") != null) return true;
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype == null) return false;
            try (InputStream in = zip.getInputStream(mimetype)) {
                return new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip().equals(ODP);
            }
        } catch (IOException | RuntimeException e) {
            return false;   // a damaged archive is not a presentation we can offer for download
        }
    }
}
