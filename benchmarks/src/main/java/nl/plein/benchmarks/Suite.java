package nl.plein.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The benchmark suite, run by {@code benchmarks/national.sh} after it has built Plein and generated the data:
 * <pre>java -jar benchmarks/target/plein-benchmarks.jar [--data target/benchmark-data] [--root .]</pre>
 * Starts Plein three times on the generated data (start-up time), signs in the people the manifest names, measures
 * the bare Javalin ceiling and every page the plugins named with wrk, runs the webinar registration burst and every
 * digest job, reads the memory of the Plein process, and prints one table; the same figures go to
 * {@code target/benchmark-results.json} and {@code .csv}. Settings from the environment: {@code DURATION} (seconds
 * per measurement, default 15), {@code WARMUP} (seconds of warm-up before each, default 10),
 * {@code BENCHMARK_JAVA_OPTS} (JVM options for Plein and the ceiling, default none).
 */
public final class Suite {

    static final int STARTS = 3;
    static final double STARTUP_TARGET_MS = 3_000;
    static final double P99_TARGET_MS = 100;
    static final double RPS_TARGET = 1_000;
    static final double RSS_TARGET_MB = 512;
    static final double BURST_TARGET_MS = 5_000;
    static final double DIGEST_TARGET_MS = 30_000;

    private final Path root;
    private final Path dataDir;
    private final Path target;
    private final int seconds;
    private final int warmUp;
    private final PrintStream out = System.out;
    private final Report report = new Report();
    private final List<AutoCloseable> running = new ArrayList<>();

    private Suite(Path root, Path dataDir, int seconds, int warmUp) {
        this.root = root;
        this.dataDir = dataDir;
        this.target = root.resolve("target");
        this.seconds = seconds;
        this.warmUp = warmUp;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(option(args, "--root", ".")).toAbsolutePath().normalize();
        Path data = root.resolve(option(args, "--data", "target/benchmark-data")).normalize();
        Suite suite = new Suite(root, data, positive("DURATION", 15), positive("WARMUP", 10));
        Runtime.getRuntime().addShutdownHook(new Thread(suite::stopAll, "benchmark-cleanup"));
        try {
            System.exit(suite.run());
        } finally {
            suite.stopAll();
        }
    }

    private int run() throws Exception {
        Files.createDirectories(target);
        Path manifestFile = dataDir.resolve("generated.json");
        if (!Files.exists(manifestFile)) {
            System.err.println("No " + manifestFile + ": generate the data first (benchmarks/national.sh does).");
            return 2;
        }
        if (!Files.exists(root.resolve("core/target/plein.jar"))) {
            System.err.println("No core/target/plein.jar under " + root + ": build first (mvn -B -q -DskipTests package).");
            return 2;
        }
        Manifest manifest = Manifest.read(manifestFile);
        Map<String, Object> machine = Machine.describe(root);
        String loadBefore = Machine.loadAverage();
        out.println("machine:    " + Machine.summary(machine));
        out.println("load:       " + loadBefore + " (1, 5, 15 min) before the run; figures from a busy machine are not comparable");
        out.printf(Locale.ROOT, "data:       %s, scale %s (factor %s), seed %d, day %s, generated in %.1f s (%s)%n", dataDir,
                manifest.scale(), manifest.factor(), manifest.seed(), manifest.today(), manifest.seconds(), parts(manifest));
        out.printf("load:       wrk -t%d -c%d, %d s warm-up and %d s measured per page%n%n", Wrk.THREADS,
                Wrk.CONNECTIONS, warmUp, seconds);
        context(manifest, machine, loadBefore);
        Wrk wrk = new Wrk(target);
        Path pleinLog = target.resolve("benchmark-plein.log");
        Files.deleteIfExists(pleinLog);

        JavaProcess plein = startUp(pleinLog);
        if (plein == null) {
            finish();
            return 1;
        }
        String signInPath = signInPath(plein);
        Map<String, Browser> browsers = signIn(plein, manifest, signInPath);
        Ceiling.Result ceiling = ceiling(wrk);
        for (Manifest.Page page : manifest.pages()) page(wrk, plein, page, browsers, ceiling);
        burst(plein, manifest, signInPath);
        digests(manifest, browsers.get(manifest.administrator()));
        memory(plein, ceiling);
        plein.close();
        report.context("load_after", Machine.loadAverage());
        finish();
        return 0;
    }

    // ---- 1. start-up

    /** Three starts on the generated data; the third keeps running for the rest of the run. */
    private JavaProcess startUp(Path log) {
        List<Long> times = new ArrayList<>();
        JavaProcess kept = null;
        try {
            for (int i = 1; i <= STARTS; i++) {
                out.printf("start-up %d of %d … ", i, STARTS);
                PleinProcess.Started started = PleinProcess.start(root, dataDir, log);
                running.add(started.process());
                times.add(started.startupMillis());
                out.printf("%,d ms%n", started.startupMillis());
                if (i < STARTS) started.process().close();
                else kept = started.process();
            }
        } catch (Exception e) {
            out.println("failed: " + e.getMessage());
            report.skipped("start-up", e.getMessage());
            return null;
        }
        List<Long> sorted = times.stream().sorted().toList();
        double median = sorted.get(sorted.size() / 2);
        for (int i = 0; i < times.size(); i++) report.figure("start-up", "run " + (i + 1), times.get(i), "ms");
        report.figure("start-up", "median", median, "ms");
        report.add(new Report.Row("start-up (java -jar to first 200 on /health)", median, null, null, null, "ms",
                "< 3 s", Report.under("start-up", median, STARTUP_TARGET_MS, "ms"),
                "the " + STARTS + " starts: " + String.join(", ", times.stream().map(String::valueOf).toList()) + " ms"));
        out.println();
        return kept;
    }

    // ---- 2. signing in

    /** Plein's sign-in form: {@code /sign-in} where there is one, else {@code /login}. */
    private String signInPath(JavaProcess plein) throws IOException, InterruptedException {
        Browser probe = new Browser(Browser.client(), plein.base());
        return probe.get("/sign-in").status() == 200 ? "/sign-in" : "/login";
    }

    /** Every person a page names, and the administrator, signed in through the form; "" is the anonymous visitor. */
    private Map<String, Browser> signIn(JavaProcess plein, Manifest manifest, String signInPath) {
        HttpClient http = Browser.client();
        Set<String> people = new LinkedHashSet<>();
        for (Manifest.Page page : manifest.pages()) if (page.email() != null) people.add(page.email());
        if (manifest.administrator() != null) people.add(manifest.administrator());
        Map<String, Browser> browsers = new LinkedHashMap<>();
        long started = System.nanoTime();
        for (String email : people) {
            Browser browser = new Browser(http, plein.base());
            try {
                browser.signIn(signInPath, email, manifest.password());
                browsers.put(email, browser);
            } catch (Exception e) {
                out.println("  could not sign in " + email + ": " + e.getMessage());
            }
        }
        Browser anonymous = new Browser(http, plein.base());
        try {
            anonymous.get("/");  // a visitor's browser has the CSRF cookie from its first page on
        } catch (Exception e) {
            out.println("  the front page did not answer: " + e.getMessage());
        }
        browsers.put("", anonymous);
        out.printf("signed in %d of %d people through %s in %.1f s%n%n", browsers.size() - 1, people.size(), signInPath,
                (System.nanoTime() - started) / 1e9);
        return browsers;
    }

    // ---- 3. the ceiling

    private Ceiling.Result ceiling(Wrk wrk) {
        out.printf("ceiling: bare Javalin, %d s warm-up, %d s measured … ", warmUp, seconds);
        try {
            Ceiling.Result ceiling = Ceiling.measure(root, target.resolve("benchmark-ceiling.log"), wrk, warmUp, seconds);
            out.printf("%,.0f req/s%n", ceiling.wrk().rps());
            wrkFigures("ceiling", ceiling.wrk());
            report.add(new Report.Row("ceiling: bare Javalin, fixed 1 KB page", ceiling.wrk().p50(), ceiling.wrk().p99(),
                    ceiling.wrk().rps(), 1.0, "ms", "", "", errors(ceiling.wrk())));
            return ceiling;
        } catch (Exception e) {
            out.println("failed: " + e.getMessage());
            report.skipped("ceiling: bare Javalin", e.getMessage());
            return null;
        }
    }

    // ---- 4. the pages

    private void page(Wrk wrk, JavaProcess plein, Manifest.Page page, Map<String, Browser> browsers,
                      Ceiling.Result ceiling) {
        String what = page.title();
        Browser browser = browsers.get(page.email() == null ? "" : page.email());
        if (browser == null) {
            report.skipped(what, page.email() + " could not be signed in");
            return;
        }
        try {
            Browser.Page first = browser.get(page.path());
            if (!first.isHtml()) {
                report.skipped(what, page.path() + " answered " + first.status()
                        + first.location().map(l -> " to " + l).orElse("") + " " + first.contentType().orElse("")
                        + ", not a 200 with HTML");
                out.println(what + ": " + page.path() + " answered " + first.status() + "; not measured");
                return;
            }
            out.printf("%s (%s%s) … ", what, page.path(), page.email() == null ? ", anonymous" : ", as " + page.email());
            String url = plein.base() + page.path();
            wrk.run(url, browser.cookieHeader(), warmUp);
            Wrk.Result result = wrk.run(url, browser.cookieHeader(), seconds);
            Double ratio = ceiling == null ? null : result.rps() / ceiling.wrk().rps();
            out.printf("%,.0f req/s, p99 %s ms%n", result.rps(), Report.number(result.p99()));
            wrkFigures(what, result);
            if (ratio != null) report.figure(what, "ratio_to_ceiling", ratio, "");
            report.add(new Report.Row(what, result.p50(), result.p99(), result.rps(), ratio, "ms",
                    "p99 < 100 ms, >= 1,000 req/s",
                    Report.combine(Report.under("p99", result.p99(), P99_TARGET_MS, "ms"),
                            Report.atLeast("req/s", result.rps(), RPS_TARGET, "req/s")),
                    errors(result)));
        } catch (Exception e) {
            out.println(what + ": failed: " + e.getMessage());
            report.skipped(what, e.getMessage());
        }
    }

    private void wrkFigures(String what, Wrk.Result r) {
        report.figure(what, "requests", r.requests(), "");
        report.figure(what, "duration", r.durationMs(), "ms");
        report.figure(what, "rps", r.rps(), "req/s");
        report.figure(what, "p50", r.p50(), "ms");
        report.figure(what, "p90", r.p90(), "ms");
        report.figure(what, "p99", r.p99(), "ms");
        report.figure(what, "max", r.max(), "ms");
        report.figure(what, "mean", r.mean(), "ms");
        report.figure(what, "errors", r.errors(), "");
        report.figure(what, "non_2xx_3xx", r.statusErrors(), "");
        report.figure(what, "timeouts", r.timeouts(), "");
    }

    private static String errors(Wrk.Result r) {
        if (r.errors() == 0) return "";
        return String.format("%,d errors in %,d requests (%,d answers not 2xx/3xx, %,d timeouts)", r.errors(),
                r.requests(), r.statusErrors(), r.timeouts());
    }

    // ---- 5. the registration burst

    private void burst(JavaProcess plein, Manifest manifest, String signInPath) {
        String what = "webinars: registration burst";
        var session = manifest.noteText("webinars.burst.session");
        List<String> people = manifest.noteList("webinars.burst.people");
        if (session.isEmpty() || people.isEmpty()) {
            out.println("webinars: no burst in the manifest (notes webinars.burst.session and .people); skipped");
            report.skipped(what, "no webinars.burst.session / webinars.burst.people in the manifest");
            return;
        }
        out.printf("%n%s: %,d people, %d client threads%n", what, people.size(), RegistrationBurst.CLIENTS);
        try {
            RegistrationBurst.Result r = new RegistrationBurst(plein.base(), signInPath, manifest.password(), out)
                    .run(session.get(), manifest.noteText("webinars.burst.path").orElse(null), people);
            Map<String, Integer> expected = RegistrationBurst.expected(people.size(),
                    manifest.noteNumber("webinars.burst.seats").orElse(null));
            out.printf("  %,d ms wall, p50 %s ms, p95 %s ms: %d seats, %d waiting, %d errors%n%n", r.wallMillis(),
                    Report.number(r.p50()), Report.number(r.p95()), r.seats(), r.waiting(), r.errors());
            report.figure(what, "people", r.people(), "");
            report.figure(what, "wall", r.wallMillis(), "ms");
            report.figure(what, "p50", r.p50(), "ms");
            report.figure(what, "p95", r.p95(), "ms");
            report.figure(what, "seats", r.seats(), "");
            report.figure(what, "waiting", r.waiting(), "");
            report.figure(what, "errors", r.errors(), "");
            report.figure(what, "sign_in_untimed", r.signInMillis(), "ms");
            String split = expected.get("seats") + "/" + expected.get("waiting") + "/0";
            String answered = r.seats() + "/" + r.waiting() + "/" + r.errors();
            String verdict = Report.combine(Report.under("wall", r.wallMillis(), BURST_TARGET_MS, "ms"),
                    answered.equals(split) ? "met" : "answers " + answered + " instead of " + split);
            report.add(new Report.Row(what + " (whole burst)", (double) r.wallMillis(), null, null, null,
                    "ms", "< 5 s, " + split + " seats/waiting/errors", verdict,
                    String.format("%,d people from %d threads: %s seats/waiting/errors; per request p50 %s ms, p95 %s ms",
                            r.people(), RegistrationBurst.CLIENTS, answered, Report.number(r.p50()),
                            Report.number(r.p95()))
                            + (r.oddAnswers().isEmpty() ? "" : "; other answers: " + r.oddAnswers())));
        } catch (Exception e) {
            out.println("  failed: " + e);
            report.skipped(what, e.toString());
        }
    }

    // ---- 6. the digests

    private void digests(Manifest manifest, Browser administrator) {
        List<String> keys = manifest.notesEndingIn(".digest.kind");
        if (keys.isEmpty()) {
            out.println("digests: none in the manifest (notes <plugin>.digest.kind); skipped");
            return;
        }
        for (String key : keys) {
            String kind = manifest.noteText(key).orElse("");
            String what = "digest " + kind;
            if (administrator == null) {
                report.skipped(what, "the administrator could not be signed in");
                continue;
            }
            out.printf("%s: run now as administrator … ", what);
            try {
                Digests.Result r = new Digests(administrator).run(kind);
                out.printf("%s, job %s ms, wall %,d ms%n", r.status(), r.jobMillis(), r.wallMillis());
                if (r.jobMillis() != null) report.figure(what, "job_duration", r.jobMillis(), "ms");
                report.figure(what, "wall", r.wallMillis(), "ms");
                double measured = r.jobMillis() != null ? r.jobMillis() : r.wallMillis();
                String verdict = "done".equals(r.status())
                        ? Report.under("duration", measured, DIGEST_TARGET_MS, "ms") : "the job " + r.status();
                report.add(new Report.Row(what + " (job's duration)", measured, null, null, null, "ms", "< 30 s",
                        verdict, String.format("wall time from \"run now\" to seeing it %s: %,d ms (polled every %d ms)",
                                r.status(), r.wallMillis(), Digests.POLL_MILLIS)));
            } catch (Exception e) {
                out.println("failed: " + e.getMessage());
                report.skipped(what, e.getMessage());
            }
        }
        out.println();
    }

    // ---- 7. memory

    private void memory(JavaProcess plein, Ceiling.Result ceiling) {
        try {
            ProcStatus.Memory memory = ProcStatus.memory(plein.pid());
            report.figure("Plein memory", "rss", memory.rssMb(), "MB");
            report.figure("Plein memory", "peak_rss", memory.peakMb(), "MB");
            report.add(new Report.Row("Plein RSS after the run (VmRSS)", memory.rssMb(), null, null, null, "MB",
                    "< 512 MB", Report.under("RSS", memory.rssMb(), RSS_TARGET_MB, "MB"),
                    String.format("peak RSS over the run (VmHWM) %s MB; JVM options: %s", Report.number(memory.peakMb()),
                            JavaProcess.javaOptions().isEmpty()
                                    ? "none (the JVM's default maximum heap here: " + Machine.defaultMaxHeapMb() + " MB)"
                                    : String.join(" ", JavaProcess.javaOptions()))));
            report.add(new Report.Row("Plein peak RSS (VmHWM)", memory.peakMb(), null, null, null, "MB", "", "", ""));
        } catch (IOException e) {
            report.skipped("Plein memory", e.getMessage());
        }
        if (ceiling != null) {
            report.figure("ceiling memory", "rss", ceiling.memory().rssMb(), "MB");
            report.figure("ceiling memory", "peak_rss", ceiling.memory().peakMb(), "MB");
            report.add(new Report.Row("ceiling JVM RSS after its run (for reference)", ceiling.memory().rssMb(), null,
                    null, null, "MB", "", "", String.format("peak %s MB", Report.number(ceiling.memory().peakMb()))));
        }
    }

    // ---- output

    private void context(Manifest manifest, Map<String, Object> machine, String load) {
        report.context("machine", machine);
        report.context("load_before", load);
        Map<String, Object> generation = new LinkedHashMap<>();
        generation.put("scale", manifest.scale());
        generation.put("factor", manifest.factor());
        generation.put("seed", manifest.seed());
        generation.put("today", manifest.today());
        generation.put("seconds", manifest.seconds());
        generation.put("revision", manifest.revision());
        generation.put("parts", manifest.parts());
        generation.put("data_dir", dataDir.toString());
        Map<String, Object> rows = new LinkedHashMap<>();
        manifest.notes().forEach((key, value) -> {
            if (key.contains(".rows.") && value.isNumber()) rows.put(key.substring(key.indexOf(".rows.") + 6), value.asLong());
        });
        generation.put("rows", rows);
        report.context("generation", generation);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("wrk_threads", Wrk.THREADS);
        settings.put("wrk_connections", Wrk.CONNECTIONS);
        settings.put("warm_up_seconds", warmUp);
        settings.put("measured_seconds", seconds);
        settings.put("burst_clients", RegistrationBurst.CLIENTS);
        settings.put("java_options", JavaProcess.javaOptions());
        report.context("settings", settings);
    }

    private void finish() throws IOException {
        out.println();
        report.print(out);
        Path json = target.resolve("benchmark-results.json");
        Path csv = target.resolve("benchmark-results.csv");
        Path markdown = target.resolve("benchmark-results.md");
        report.writeJson(json);
        report.writeCsv(csv);
        try (PrintStream md = new PrintStream(Files.newOutputStream(markdown), true, "UTF-8")) {
            report.printMarkdown(md);
        }
        out.println();
        out.println("written: " + root.relativize(json) + ", " + root.relativize(csv) + ", " + root.relativize(markdown)
                + "; Plein's log: target/benchmark-plein.log; wrk's reports: target/benchmark-wrk.log");
    }

    private static String parts(Manifest manifest) {
        List<String> parts = new ArrayList<>();
        for (Manifest.Part part : manifest.parts()) {
            parts.add(String.format(Locale.ROOT, "%s %.1f s", part.owner(), part.seconds()));
        }
        return String.join(", ", parts);
    }

    private void stopAll() {
        for (AutoCloseable process : running) {
            try {
                process.close();
            } catch (Exception ignored) {
                // stopping on the way out: nothing left to report to
            }
        }
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) if (args[i].equals(name)) return args[i + 1];
        return fallback;
    }

    private static int positive(String variable, int fallback) {
        String value = System.getenv(variable);
        if (value == null || value.isBlank()) return fallback;
        int n = Integer.parseInt(value.strip());
        if (n <= 0) throw new IllegalArgumentException(variable + " must be a positive number of seconds: " + value);
        return n;
    }
}
