package nl.plein.api.hooks;

import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Fills a fresh installation with invented data at a chosen scale, for the benchmark suite and for capacity planning:
 * {@code java -jar plein.jar generate --scale national --seed 1}. Core makes the people and organisations first; then
 * each installed plugin's generator adds its own content, referring to them. Unlike {@link DemoData} this is bulk
 * data: write it with batched inserts straight into the plugin's tables (one transaction per few thousand rows), not
 * through the pages' one-row-at-a-time code.
 *
 * <p>The same seed, scale and day give the same rows: take every random choice from {@link Generation#random()},
 * every id from {@link Generation#id()} and every time from {@link Generation#now()} — never {@code ids().next()},
 * {@code clock()} or {@code new Random()}. Never use names of real people.
 *
 * <pre>{@code
 * context.scaleData(generation -> {
 *     int weeks = generation.scale().of(20);
 *     try (ScaleData.Progress progress = generation.progress("weeks", weeks)) {
 *         for (int i = 0; i < weeks; i++) { ...; progress.advance(1); }
 *     }
 *     generation.benchmarkPage("programme of a week", "/webinars/weeks/" + busiestWeek, null);
 * });
 * }</pre>
 */
@FunctionalInterface
public interface ScaleData {

    void generate(Generation generation) throws Exception;

    /** What a generator works with. Made by core for each plugin; not thread-safe. */
    interface Generation {

        /** How much to make. */
        Scale scale();

        /** This plugin's own random stream, derived from the seed (independent of the other plugins' use). */
        Random random();

        /** A new id, derived from the seed: the same on every run with that seed. Same form as {@code Ids}. */
        String id();

        /**
         * The moment the data is generated "at": noon (Amsterdam) of the day given on the command line (default
         * today). Put past activity before it and coming sessions after it.
         */
        Instant now();

        /** Every generated person, in a fixed order; all share the password {@link #PASSWORD}. */
        List<Person> people();

        /** Every generated organisation, in a fixed order; each has one administrator among {@link #people()}. */
        List<Organisation> organisations();

        /** Gives a person a role (one of the roles some plugin declares). */
        void grant(String personId, String roleId);

        /** Reports progress on a part of the work; printed at most once a second, and the total when closed. */
        Progress progress(String what, long total);

        /**
         * Names a page the benchmark suite measures: the busiest page this plugin has, at this data. The suite signs
         * in as the person (or stays anonymous when {@code personId} is null) and loads {@code path} under load.
         */
        void benchmarkPage(String name, String path, String personId);

        /**
         * Writes a fact into the generation's manifest ({@code generated.json} in the data directory) under
         * {@code <plugin>.<key>}: what the suite needs beyond pages (e.g. the session of the registration burst and
         * who presses "register"), and the row counts a reader wants to see.
         */
        void note(String key, Object value);
    }

    /** The shared password of every generated account (the data is invented; never use it on a real server). */
    String PASSWORD = "plein-schaal-2026";

    /**
     * A scale: a name and a factor of the national figures. Generators state their national figures and ask
     * {@link #of(int)} for the number to make: {@code national} is 1, {@code small} (one programme) 0.02.
     */
    record Scale(String name, double factor) {

        public static final Scale SMALL = new Scale("small", 0.02);
        public static final Scale NATIONAL = new Scale("national", 1.0);

        public Scale {
            if (!(factor > 0 && factor <= 10)) throw new IllegalArgumentException("factor must be in (0, 10]: " + factor);
        }

        /** The national figure at this scale, at least 1. */
        public int of(int national) {
            return (int) Math.max(1, Math.round(national * factor));
        }
    }

    /**
     * A generated person.
     *
     * @param organisationIndex index into {@link Generation#organisations()} of the one organisation they belong to
     */
    record Person(String id, String email, String displayName, String locale, int organisationIndex) {
    }

    /**
     * A generated organisation.
     *
     * @param kind              {@code volunteer-organisation}, {@code employer}, {@code umbrella},
     *                          {@code volunteer-centre}, {@code municipality} or {@code other}
     * @param administratorId   its one administrator
     * @param firstPerson       index into {@link Generation#people()} of its first member (the administrator); its
     *                          members are the people from there on, {@code members} of them
     */
    record Organisation(String id, String name, String kind, String municipality, String province,
                        String administratorId, int firstPerson, int members) {
    }

    /** Progress of one part of the work. */
    interface Progress extends AutoCloseable {

        void advance(long done);

        /** Prints the total and the time the part took. */
        @Override
        void close();
    }
}
