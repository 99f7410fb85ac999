package nl.plein.core.web;

/** Where a "back" or "next" parameter may send someone: only to a path on this site, never to another host. */
public final class LocalRedirects {

    private LocalRedirects() {
    }

    public static String safe(String target, String fallback) {
        if (target == null || target.isBlank() || target.length() > 2000) return fallback;
        if (!target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return fallback;
        for (char c : target.toCharArray()) {
            if (c < 0x20 || c == 0x7f) return fallback;
        }
        return target;
    }
}
