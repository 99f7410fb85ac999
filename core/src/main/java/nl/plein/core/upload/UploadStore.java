package nl.plein.core.upload;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.plein.api.Ids;
import nl.plein.api.Uploads;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One plugin's view of the uploaded files: it stores, finds, sends and deletes only files whose {@code owner} is that
 * plugin, so a plugin that forgets an access check still cannot serve another plugin's files.
 *
 * <p>Files live in {@code uploadsDir/<last two characters of the id>/<id>}, outside any web root and never under
 * the uploader's name. Content is streamed to a temporary file in {@code uploadsDir} while it is counted and hashed,
 * so an oversized upload is cut off after {@code maxBytes + 1} bytes and never fills the disk or the heap; the
 * temporary file is then moved atomically, so a crash leaves either a whole file or only a stray temporary file —
 * never a row pointing at half a file. The row is written after the move: its file always exists.
 *
 * <pre>{@code
 * Uploads uploads = new UploadStore(database.jdbi(), dataDir.resolve("uploads"), ids, clock, "networks");
 * }</pre>
 */
public final class UploadStore implements Uploads {

    private static final Logger LOG = LoggerFactory.getLogger(UploadStore.class);
    /** Ids reach the file system; anything that is not an id we could have made is simply not found. */
    private static final Pattern ID = Pattern.compile("[0-9A-Za-z-]{3,64}");
    private static final String TEMP_PREFIX = "upload-";

    private final UploadRows rows;
    private final String owner;
    private final Path uploadsDir;
    private final Ids ids;
    private final Clock clock;

    public UploadStore(Jdbi jdbi, Path uploadsDir, Ids ids, Clock clock, String owner) {
        this.rows = new UploadRows(jdbi, owner);
        this.owner = owner;
        this.uploadsDir = uploadsDir;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public StoredFile store(String uploaderId, String filename, InputStream content, Limits limits) throws Refused {
        Path temp = createTempFile();
        try {
            Received received = receive(content, temp, limits.maxBytes());
            String contentType = ContentSniffer.typeOf(temp);
            if (!limits.contentTypes().contains(contentType)) throw new Refused("upload.error.type");

            String id = ids.next();
            Path target = pathOf(id);
            Files.createDirectories(target.getParent());
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            UploadRow row = new UploadRow(id, owner, uploaderId, Filenames.sanitise(filename), contentType,
                    received.sizeBytes(), received.sha256(), clock.instant().truncatedTo(ChronoUnit.MILLIS));
            insertOrRemoveFile(row, target);
            return row.toStoredFile();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store an upload in " + uploadsDir, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    @Override
    public Optional<StoredFile> find(String id) {
        return findRow(id).map(UploadRow::toStoredFile);
    }

    @Override
    public void send(Context ctx, String id) {
        UploadRow row = findRow(id).orElseThrow(NotFoundResponse::new);
        InputStream bytes;
        try {
            bytes = Files.newInputStream(pathOf(row.id()));
        } catch (NoSuchFileException e) {
            LOG.warn("upload {} has a row but no file", row.id());
            throw new NotFoundResponse();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read upload " + row.id(), e);
        }
        // Text was checked to be UTF-8 on the way in; saying so keeps browsers from guessing another charset.
        ctx.header("Content-Type", row.contentType().equals(ContentSniffer.TEXT)
                ? "text/plain; charset=utf-8" : row.contentType());
        ctx.header("Content-Disposition", Filenames.attachment(row.filename()));
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "private, no-store");
        // Stored files are sent as they are: no gzip (most are compressed already), so the length is exact.
        ctx.disableCompression();
        ctx.header("Content-Length", Long.toString(row.sizeBytes()));
        ctx.result(bytes);
    }

    @Override
    public void delete(String id) {
        if (id == null || !ID.matcher(id).matches() || !rows.delete(id)) return;
        // Row first: a file without a row is only wasted space, a row without a file is a broken download.
        deleteQuietly(pathOf(id));
    }

    private Optional<UploadRow> findRow(String id) {
        return id != null && ID.matcher(id).matches() ? rows.find(id) : Optional.empty();
    }

    private Path pathOf(String id) {
        // The last characters of a UUIDv7 are random; the first are the time and would put every file in one folder.
        return uploadsDir.resolve(id.substring(id.length() - 2)).resolve(id);
    }

    private Path createTempFile() {
        try {
            Files.createDirectories(uploadsDir);
            // In uploadsDir itself, so the final move is a rename on one file system and can be atomic.
            return Files.createTempFile(uploadsDir, TEMP_PREFIX, ".tmp");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary file in " + uploadsDir, e);
        }
    }

    /** Copies at most {@code maxBytes + 1} bytes: one more than allowed is enough to know it is too large. */
    private static Received receive(InputStream content, Path temp, long maxBytes) throws IOException, Refused {
        MessageDigest sha256 = sha256();
        long size = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha256)) {
            byte[] buffer = new byte[64 * 1024];
            int read;
            while ((read = content.read(buffer, 0, (int) Math.min(buffer.length, maxBytes + 1 - size))) > 0) {
                size += read;
                if (size > maxBytes) throw new Refused("upload.error.too-large");
                out.write(buffer, 0, read);
            }
        }
        if (size == 0) throw new Refused("upload.error.empty");
        return new Received(size, HexFormat.of().formatHex(sha256.digest()));
    }

    private void insertOrRemoveFile(UploadRow row, Path file) {
        try {
            rows.insert(row);
        } catch (RuntimeException e) {
            deleteQuietly(file);
            throw e;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot delete {}", file, e);
        }
    }

    private record Received(long sizeBytes, String sha256) {
    }
}
