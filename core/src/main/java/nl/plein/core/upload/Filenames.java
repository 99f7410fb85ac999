package nl.plein.core.upload;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * The name a person's file had on their computer, made harmless. It is only ever shown and offered back as the
 * download name; on disk every file is named by its id, so no name can reach another directory or overwrite a file.
 * Still, names end up in pages, logs and headers: path parts, control characters and bidirectional overrides (which
 * make {@code "gpj.exe"} display as {@code "exe.jpg"}) are removed here, once.
 */
final class Filenames {

    static final String FALLBACK = "bestand";
    static final int MAX_LENGTH = 255;

    private Filenames() {
    }

    /** The base name only, without control or format characters, at most 255 characters; {@code bestand} if empty. */
    static String sanitise(String original) {
        if (original == null) return FALLBACK;
        String name = Normalizer.normalize(original, Normalizer.Form.NFC);
        // Browsers on Windows used to send the full path; either separator can appear whatever the server runs on.
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .filter(c -> Character.isDefined(c) && Character.getType(c) != Character.SURROGATE)
                .forEach(kept::appendCodePoint);
        String clean = kept.toString().strip();
        if (clean.isEmpty() || clean.chars().allMatch(c -> c == '.')) return FALLBACK;
        return shorten(clean);
    }

    /** Cuts a long name in the middle of its stem, so the extension that tells people what it is survives. */
    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) return name;
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
        return stem.substring(0, stem.offsetByCodePoints(0, keep)) + extension;
    }

    /**
     * A {@code Content-Disposition} header that makes the browser download instead of display, with the name in
     * UTF-8 ({@code filename*}, RFC 6266 and RFC 5987) and a plain ASCII {@code filename} for old clients.
     */
    static String attachment(String filename) {
        return "attachment; filename=\"" + asciiFallback(filename) + "\"; filename*=UTF-8''" + percentEncode(filename);
    }

    private static String asciiFallback(String filename) {
        StringBuilder out = new StringBuilder(filename.length());
        filename.codePoints().forEach(c -> out.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return out.toString();
    }

    private static String percentEncode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isAttrChar(c)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /** RFC 5987 attr-char: letters, digits and {@code !#$&+-.^_`|~}; everything else is percent-encoded. */
    private static boolean isAttrChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }
}
