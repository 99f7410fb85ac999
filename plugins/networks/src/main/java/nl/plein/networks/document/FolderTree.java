package nl.plein.networks.document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The folders of a space, loaded once per page: the path to a folder and the choices of a folder picker. */
final class FolderTree {

    /** A folder as a picker offers it: its whole path as the label, e.g. "Vergaderingen / 2026". */
    record Choice(String id, String label) {
    }

    private final Map<String, Folder> byId = new LinkedHashMap<>();

    FolderTree(List<Folder> folders) {
        folders.forEach(f -> byId.put(f.id(), f));
    }

    boolean contains(String folderId) {
        return folderId != null && byId.containsKey(folderId);
    }

    /** The folder and those above it, from the top down; empty for null. */
    List<Folder> pathTo(String folderId) {
        List<Folder> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        // A parent that is missing or loops ends the path instead of the page.
        for (Folder f = folderId == null ? null : byId.get(folderId); f != null && seen.add(f.id());
             f = f.parentId() == null ? null : byId.get(f.parentId())) {
            path.add(0, f);
        }
        return path;
    }

    /** The folders directly in a folder (null: at the top), by name. */
    List<Folder> children(String folderId) {
        return byId.values().stream()
                .filter(f -> folderId == null ? f.parentId() == null || !byId.containsKey(f.parentId())
                        : folderId.equals(f.parentId()))
                .filter(f -> !f.id().equals(folderId))
                .toList();
    }

    List<Choice> choices() {
        return byId.values().stream()
                .map(f -> new Choice(f.id(), String.join(" / ", pathTo(f.id()).stream().map(Folder::name).toList())))
                .sorted(Comparator.comparing((Choice c) -> c.label().toLowerCase(java.util.Locale.ROOT)).thenComparing(Choice::id))
                .toList();
    }
}
