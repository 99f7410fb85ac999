package nl.plein.networks.document;

import java.text.Normalizer;

/**
 * The name a file had on the uploader's computer, made fit to show: it is kept only as a display name (and as the
 * default title). Files are stored by core under their id, so a name is never a path; still it ends up in pages,
 * headers and logs, so path parts, control characters and bidirectional overrides (which make {@code "fdp.exe"} look
 * like {@code "exe.pdf"}) are removed, and it is cut to the column's length keeping its extension.
 */
final class DisplayNames {

    static final int MAX_LENGTH = 200;
    static final String FALLBACK = "document";

    private DisplayNames() {
    }

    static String of(String original) {
        if (original == null) return FALLBACK;
        String name = Normalizer.normalize(original, Normalizer.Form.NFC);
        // Old browsers on Windows send the whole path, and "../" is a classic: only the last part is a name.
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .filter(c -> Character.isDefined(c) && Character.getType(c) != Character.SURROGATE)
                .forEach(kept::appendCodePoint);
        String clean = kept.toString().strip();
        if (clean.isEmpty() || clean.chars().allMatch(c -> c == '.')) return FALLBACK;
        return shorten(clean, MAX_LENGTH);
    }

    /** Cuts a long name in the middle of its stem, so the extension that tells people what it is survives. */
    static String shorten(String name, int max) {
        if (name.codePointCount(0, name.length()) <= max) return name;
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 16 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        int keep = max - extension.codePointCount(0, extension.length());
        return stem.substring(0, stem.offsetByCodePoints(0, keep)).strip() + extension;
    }
}
