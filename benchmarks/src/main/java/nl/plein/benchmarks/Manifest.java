package nl.plein.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code plein.jar generate} wrote into {@code <data dir>/generated.json}: the scale, the time each part took, the
 * pages to measure (with who sees them) and the plugins' notes (the burst, the digests, row counts).
 *
 * @param notes every note under {@code <plugin>.<key>}, as JSON values (text, number, boolean or a list of text)
 */
public record Manifest(String scale, double factor, long seed, String today, double seconds, String revision,
                       String password, String administrator, List<Part> parts, List<Page> pages,
                       Map<String, JsonNode> notes) {

    /** One generator's share of the generation time. */
    public record Part(String owner, double seconds) {
    }

    /** A page a plugin named as its busiest; {@code email} is who sees it, or null for an anonymous visitor. */
    public record Page(String owner, String name, String path, String email) {

        public String title() {
            return owner + ": " + name;
        }
    }

    public static Manifest read(Path file) throws IOException {
        return parse(new ObjectMapper().readTree(file.toFile()));
    }

    static Manifest parse(JsonNode root) {
        List<Part> parts = new ArrayList<>();
        for (JsonNode part : root.path("parts")) {
            parts.add(new Part(part.path("owner").asText(), part.path("seconds").asDouble()));
        }
        List<Page> pages = new ArrayList<>();
        for (JsonNode page : root.path("pages")) {
            pages.add(new Page(page.path("owner").asText(), page.path("name").asText(), page.path("path").asText(),
                    text(page.get("email"))));
        }
        Map<String, JsonNode> notes = new LinkedHashMap<>();
        root.path("notes").fields().forEachRemaining(e -> notes.put(e.getKey(), e.getValue()));
        return new Manifest(root.path("scale").asText("?"), root.path("factor").asDouble(),
                root.path("seed").asLong(), text(root.get("today")), root.path("seconds").asDouble(),
                text(root.get("revision")), root.path("password").asText("plein-schaal-2026"),
                text(root.get("administrator")), List.copyOf(parts), List.copyOf(pages), notes);
    }

    public Optional<String> noteText(String key) {
        return Optional.ofNullable(text(notes.get(key)));
    }

    public Optional<Integer> noteNumber(String key) {
        JsonNode value = notes.get(key);
        return value != null && value.canConvertToInt() ? Optional.of(value.asInt()) : Optional.empty();
    }

    public List<String> noteList(String key) {
        List<String> list = new ArrayList<>();
        JsonNode value = notes.get(key);
        if (value != null && value.isArray()) value.forEach(v -> list.add(v.asText()));
        return list;
    }

    /** The keys of notes ending in {@code suffix}, in the manifest's order. */
    public List<String> notesEndingIn(String suffix) {
        return notes.keySet().stream().filter(k -> k.endsWith(suffix)).toList();
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
