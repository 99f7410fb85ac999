package nl.plein.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The webinar registration burst: the people the webinars generator chose (1,000 at national scale) press
 * "register" for one session at the same moment, from {@link #CLIENTS} client threads released together by a latch.
 * Each is signed in through the sign-in form and has loaded the session page first (untimed), so every timed request
 * is exactly what a signed-in browser sends: its session and CSRF cookies and the form's {@code _csrf} field. The
 * answers are told apart as in {@code WebinarsBenchmark}: a redirect to {@code ?registered=1} is a seat, to
 * {@code ?waiting=1} a waiting place, anything else (or no answer) an error.
 */
final class RegistrationBurst {

    static final int CLIENTS = 100;
    private static final int PREPARING_THREADS = 4;

    /** What the burst gave; times in milliseconds. */
    record Result(int people, int seats, int waiting, int errors, long wallMillis, double p50, double p95,
                  long signInMillis, long pagesMillis, List<String> oddAnswers) {
    }

    private final URI base;
    private final String signInPath;
    private final String password;
    private final PrintStream out;

    RegistrationBurst(URI base, String signInPath, String password, PrintStream out) {
        this.base = base;
        this.signInPath = signInPath;
        this.password = password;
        this.out = out;
    }

    /**
     * @param session    the session's id, or the path of its page
     * @param postPath   where "register" posts to; null for the session page's path + {@code /register}
     */
    Result run(String session, String postPath, List<String> emails) throws Exception {
        String page = session.startsWith("/") ? session : "/webinars/sessions/" + session;
        String register = postPath != null ? postPath : page + "/register";
        HttpClient preparing = Browser.client();
        List<Browser> browsers = new ArrayList<>();
        for (int i = 0; i < emails.size(); i++) browsers.add(new Browser(preparing, base));

        long started = System.nanoTime();
        inParallel(emails.size(), i -> browsers.get(i).signIn(signInPath, emails.get(i), password));
        long signIn = (System.nanoTime() - started) / 1_000_000;
        out.printf("  signed in %,d people in %.1f s (untimed: password hashing is deliberately slow)%n",
                emails.size(), signIn / 1000.0);

        started = System.nanoTime();
        String[] csrf = new String[emails.size()];
        inParallel(emails.size(), i -> {
            Browser.Page answer = browsers.get(i).get(page);
            if (answer.status() != 200) throw new IOException(page + " answered " + answer.status() + " for " + emails.get(i));
            csrf[i] = answer.csrfField().or(() -> browsers.get(i).cookie(Browser.CSRF_COOKIE))
                    .orElseThrow(() -> new IOException(page + " has no CSRF field"));
        });
        long pages = (System.nanoTime() - started) / 1_000_000;
        out.printf("  loaded the session page for each in %.1f s%n", pages / 1000.0);

        return burst(register, browsers, csrf, signIn, pages);
    }

    private Result burst(String path, List<Browser> browsers, String[] csrf, long signIn, long pages) throws Exception {
        URI uri = base.resolve(path);
        // A client of its own, with no connections open yet: 1,000 browsers arrive on connections of their own.
        HttpClient http = Browser.client();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger seats = new AtomicInteger();
        AtomicInteger waiting = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        Set<String> odd = ConcurrentHashMap.newKeySet();
        List<Future<Long>> answers = new ArrayList<>();
        for (int i = 0; i < browsers.size(); i++) {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                    .header("Cookie", browsers.get(i).cookieHeader())
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + csrf[i])).build();
            answers.add(pool.submit(() -> {
                start.await();
                long begin = System.nanoTime();
                try {
                    HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                    String location = response.headers().firstValue("Location").orElse("");
                    if (response.statusCode() == 303 && location.endsWith("?registered=1")) seats.incrementAndGet();
                    else if (response.statusCode() == 303 && location.endsWith("?waiting=1")) waiting.incrementAndGet();
                    else {
                        errors.incrementAndGet();
                        if (odd.size() < 5) odd.add(response.statusCode() + " " + location);
                    }
                } catch (IOException e) {
                    errors.incrementAndGet();
                    if (odd.size() < 5) odd.add(e.toString());
                }
                return System.nanoTime() - begin;
            }));
        }
        long begin = System.nanoTime();
        start.countDown();
        long[] micros = new long[answers.size()];
        for (int i = 0; i < answers.size(); i++) micros[i] = answers.get(i).get() / 1_000;
        long wall = (System.nanoTime() - begin) / 1_000_000;
        pool.shutdown();
        Arrays.sort(micros);
        return new Result(browsers.size(), seats.get(), waiting.get(), errors.get(), wall,
                percentile(micros, 50) / 1000.0, percentile(micros, 95) / 1000.0, signIn, pages, List.copyOf(odd));
    }

    /** The nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(sorted.length * p / 100.0);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    interface Step {
        void run(int index) throws Exception;
    }

    /** Runs {@code step} for 0..n-1 on a few threads; the first failure stops it. */
    static void inParallel(int n, Step step) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PREPARING_THREADS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                done.add(pool.submit(() -> {
                    step.run(index);
                    return null;
                }));
            }
            for (Future<?> f : done) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The expected split: the note's seat count (else half, the 500 of 1,000), the rest waiting, no errors. */
    static Map<String, Integer> expected(int people, Integer seatsNote) {
        int seats = Math.min(people, seatsNote != null ? seatsNote : people / 2);
        return Map.of("seats", seats, "waiting", people - seats);
    }
}
