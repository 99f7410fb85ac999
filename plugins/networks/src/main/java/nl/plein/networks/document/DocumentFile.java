package nl.plein.networks.document;

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
 * A document file as uploaded, checked before core stores it: at most 20 MB of PDF, Word (.docx), Excel (.xlsx),
 * PowerPoint (.pptx), OpenDocument text, spreadsheet or presentation, plain text, PNG or JPEG.
 *
 * <p>Core decides a file's type from its bytes: PDF, PNG, JPEG, plain UTF-8 text (never HTML, XML or SVG), Word
 * (a ZIP with {@code word/} entries) and OpenDocument text (its {@code mimetype} entry). Excel, PowerPoint and the other
 * OpenDocument files it knows only as "a ZIP archive". So the file is first copied to a temporary file and a ZIP is
 * looked at here: it is accepted only when it is one of those office files. Then core stores it with limits that
 * allow ZIP next to the office types (which core will use once it recognises them itself).
 */
final class DocumentFile implements AutoCloseable {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    static final String ODT = "application/vnd.oasis.opendocument.text";
    static final String ODS = "application/vnd.oasis.opendocument.spreadsheet";
    static final String ODP = "application/vnd.oasis.opendocument.presentation";
    static final String ZIP = "application/zip";
    private static final Set<String> OPEN_DOCUMENT = Set.of(ODT, ODS, ODP);
    private static final Uploads.Limits LIMITS = new Uploads.Limits(MAX_BYTES, Set.of(PDF, DOCX, XLSX, PPTX, ODT, ODS,
            ODP, ZIP, "text/plain", "image/png", "image/jpeg"));

    private final Path temp;
    private final String filename;

    private DocumentFile(Path temp, String filename) {
        this.temp = temp;
        this.filename = filename;
    }

    /**
     * The chosen file, checked; null when none was chosen (a file input left empty still sends a part).
     *
     * @throws Uploads.Refused with core's message key ({@code upload.error.*}) of what is wrong
     */
    static DocumentFile check(UploadedFile upload) throws Uploads.Refused {
        if (upload == null || upload.filename().isEmpty() && upload.size() == 0) return null;
        if (upload.size() > MAX_BYTES) throw new Uploads.Refused("upload.error.too-large");
        Path temp;
        try {
            temp = Files.createTempFile("networks-document-", ".tmp");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file for a document", e);
        }
        DocumentFile file = new DocumentFile(temp, upload.filename());
        try {
            long size = copy(upload, temp);
            if (size == 0) throw new Uploads.Refused("upload.error.empty");
            if (size > MAX_BYTES) throw new Uploads.Refused("upload.error.too-large");
            if (isZip(temp) && officeTypeOf(temp) == null) throw new Uploads.Refused("upload.error.type");
            return file;
        } catch (Uploads.Refused | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** The name to show for it (and the title when none was typed). */
    String displayName() {
        return DisplayNames.of(filename);
    }

    /**
     * Hands the file to core, which decides its type from the bytes once more.
     *
     * @throws Uploads.Refused when core does not accept its type (e.g. HTML in a file called {@code .pdf})
     */
    Uploads.StoredFile store(Uploads uploads, String uploaderId) throws Uploads.Refused {
        try (InputStream content = Files.newInputStream(temp)) {
            return uploads.store(uploaderId, displayName(), content, LIMITS);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a document from " + temp, e);
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
            while (size <= MAX_BYTES
                    && (read = in.read(buffer, 0, (int) Math.min(buffer.length, MAX_BYTES + 1 - size))) > 0) {
                out.write(buffer, 0, read);
                size += read;
            }
            return size;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read an uploaded document", e);
        }
    }

    private static boolean isZip(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a document from " + file, e);
        }
    }

    /**
     * The office type of a ZIP archive, or null when it is some other archive. Only the archive's directory and the
     * tiny {@code mimetype} entry are read; nothing is unpacked.
     */
    static String officeTypeOf(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String declared = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    return OPEN_DOCUMENT.contains(declared) ? declared : null;
                }
            }
            if (zip.getEntry("[Content_Types].xml") == null) return null;
            if (zip.getEntry("word/document.xml") != null) return DOCX;
            if (zip.getEntry("xl/workbook.xml") != null) return XLSX;
            if (zip.getEntry("ppt/presentation.xml") != null) return PPTX;
            return null;
        } catch (IOException | RuntimeException e) {
            return null;   // a damaged or hostile archive is not a document we can offer for download
        }
    }
}
