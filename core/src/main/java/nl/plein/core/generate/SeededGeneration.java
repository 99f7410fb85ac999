package nl.plein.core.generate;

import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.plein.api.hooks.ScaleData;
import org.jdbi.v3.core.Jdbi;

/**
 * One owner's view of a generation. Its random stream and ids are derived from the seed and the owner's id only, so a
 * plugin's data does not change when another plugin is added or draws more numbers.
 */
final class SeededGeneration implements ScaleData.Generation {

    private final String owner;
    private final ScaleData.Scale scale;
    private final Instant now;
    private final Random random;
    private final SeededIds ids;
    private final Jdbi jdbi;
    private final Set<String> roles;
    private final PrintStream out;
    private final Core core;
    private final List<Manifest.Page> pages;
    private final Map<String, Object> notes;

    /** What the generation shares between owners: core's people and organisations, once they are made. */
    static final class Core {
        List<ScaleData.Person> people = List.of();
        List<ScaleData.Organisation> organisations = List.of();
    }

    SeededGeneration(String owner, ScaleData.Scale scale, long seed, Instant now, Jdbi jdbi, Set<String> roles,
                     PrintStream out, Core core, List<Manifest.Page> pages, Map<String, Object> notes) {
        this.owner = owner;
        this.scale = scale;
        this.now = now;
        this.random = new Random(mix(seed, owner));
        this.ids = new SeededIds(mix(seed, owner + "#ids"), now);
        this.jdbi = jdbi;
        this.roles = roles;
        this.out = out;
        this.core = core;
        this.pages = pages;
        this.notes = notes;
    }

    @Override
    public ScaleData.Scale scale() {
        return scale;
    }

    @Override
    public Random random() {
        return random;
    }

    @Override
    public String id() {
        return ids.next();
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public List<ScaleData.Person> people() {
        return core.people;
    }

    @Override
    public List<ScaleData.Organisation> organisations() {
        return core.organisations;
    }

    @Override
    public void grant(String personId, String roleId) {
        if (!roles.contains(roleId)) throw new IllegalArgumentException("no plugin declares the role " + roleId);
        jdbi.useHandle(h -> h.createUpdate("""
                INSERT INTO plein_person_roles (person_id, role_id, granted_at) VALUES (:person, :role, :now)
                ON CONFLICT (person_id, role_id) DO NOTHING
                """).bind("person", personId).bind("role", roleId).bind("now", now).execute());
    }

    @Override
    public ScaleData.Progress progress(String what, long total) {
        return new ProgressLines(out, owner, what, total);
    }

    @Override
    public void benchmarkPage(String name, String path, String personId) {
        if (!path.startsWith("/")) throw new IllegalArgumentException("a path on this server, from /: " + path);
        String email = personId == null ? null : jdbi.withHandle(h -> h.createQuery(
                "SELECT email FROM plein_people WHERE id = :id").bind("id", personId).mapTo(String.class).findOne()
                .orElseThrow(() -> new IllegalArgumentException("no person " + personId)));
        pages.add(new Manifest.Page(owner, name, path, email));
    }

    @Override
    public void note(String key, Object value) {
        boolean allowed = value instanceof String || value instanceof Number || value instanceof Boolean
                || value instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
        if (!allowed) throw new IllegalArgumentException("a note is a String, Number, Boolean or List of String");
        notes.put(owner + "." + key, value instanceof List<?> list ? List.copyOf(list) : value);
    }

    private static long mix(long seed, String salt) {
        long h = seed * 0x9E3779B97F4A7C15L + salt.hashCode();
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        return h ^ (h >>> 33);
    }
}
