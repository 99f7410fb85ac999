package nl.plein.core.upload;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Decides what a file is from its bytes, never from its name or the type the browser sent: both are chosen by the
 * uploader. A PDF starts with {@code %PDF}, a PNG and a JPEG with their signatures; Word and OpenDocument files are
 * ZIP archives recognised by their entries. Text must be valid UTF-8 without NUL bytes, and text that opens like an
 * HTML page (the WHATWG sniffing patterns) or XML/SVG is not plain text: it is refused by the usual limits, so no
 * page with scripts can be stored under a harmless name.
 */
final class ContentSniffer {

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String ODT = "application/vnd.oasis.opendocument.text";
    static final String ZIP = "application/zip";
    static final String TEXT = "text/plain";
    static final String HTML = "text/html";
    static final String XML = "application/xml";
    static final String SVG = "image/svg+xml";
    static final String UNKNOWN = "application/octet-stream";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final String[] HTML_OPENINGS = {"<!doctype html", "<html", "<head", "<script", "<iframe", "<h1",
        "<div", "<font", "<table", "<a", "<style", "<title", "<b", "<body", "<br", "<p", "<!--"};
    private static final int HEAD = 512;

    private ContentSniffer() {
    }

    static String typeOf(Path file) throws IOException {
        byte[] head = head(file);
        if (startsWith(head, "%PDF".getBytes(StandardCharsets.US_ASCII))) return PDF;
        if (startsWith(head, PNG_SIGNATURE)) return PNG;
        if (startsWith(head, new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff})) return JPEG;
        if (startsWith(head, new byte[] {'P', 'K', 3, 4})) return officeTypeOf(file);
        if (isUtf8TextWithoutNul(file)) return markupTypeOf(head);
        return UNKNOWN;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Only the archive's directory and the tiny {@code mimetype} entry are read; nothing is unpacked. */
    private static String officeTypeOf(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                try (InputStream in = zip.getInputStream(mimetype)) {
                    String declared = new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip();
                    if (declared.equals(ODT)) return ODT;
                }
            }
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                if (entries.nextElement().getName().startsWith("word/")) return DOCX;
            }
            return ZIP;
        } catch (IOException | RuntimeException e) {
            // A damaged or hostile archive is simply not a document we recognise.
            return UNKNOWN;
        }
    }

    private static boolean isUtf8TextWithoutNul(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(8192);
        CharBuffer out = CharBuffer.allocate(8192);
        try (InputStream stream = Files.newInputStream(file)) {
            byte[] buffer = new byte[8192];
            int read;
            while ((read = stream.read(buffer, 0, in.remaining())) != -1) {
                for (int i = 0; i < read; i++) {
                    if (buffer[i] == 0) return false;
                }
                in.put(buffer, 0, read).flip();
                if (decoder.decode(in, out, false).isError()) return false;
                in.compact();
                out.clear();
            }
            in.flip();
            if (decoder.decode(in, out, true).isError() || decoder.flush(out).isError()) return false;
            return !in.hasRemaining();
        }
    }

    private static String markupTypeOf(byte[] head) {
        String start = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading()
                .toLowerCase(Locale.ROOT);
        for (String opening : HTML_OPENINGS) {
            if (start.startsWith(opening) && (start.length() == opening.length()
                    || isTagEnd(start.charAt(opening.length())) || opening.equals("<!--"))) {
                return HTML;
            }
        }
        if (start.startsWith("<?xml")) return start.contains("<svg") ? SVG : XML;
        if (start.startsWith("<svg")) return SVG;
        return TEXT;
    }

    private static boolean isTagEnd(char c) {
        return c == ' ' || c == '>' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '/';
    }
}
