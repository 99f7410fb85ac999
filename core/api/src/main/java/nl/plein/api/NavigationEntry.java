package nl.plein.api;

/**
 * An entry in the main navigation.
 *
 * @param labelKey   message key of the label
 * @param path       where it leads, e.g. {@code /webinars/}
 * @param permission who sees it
 * @param order      position; lower comes first
 */
public record NavigationEntry(String labelKey, String path, Permission permission, int order) {
}
