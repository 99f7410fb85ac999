package nl.plein.benchmarks;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A digest job run now, as an administrator would from the jobs pages: find the pending job of the kind on
 * {@code /admin/jobs?kind=…}, open it and press "run now" ({@code POST /admin/jobs/{id}/run}), and watch
 * {@code /admin/jobs/{id}}
 * until it is done or failed. Reports the job's own duration (what the server measured) and the wall time from the
 * press to seeing it finished (which includes up to one poll interval).
 */
final class Digests {

    static final long POLL_MILLIS = 100;
    private static final long LIMIT_MILLIS = 15 * 60 * 1000;
    private static final Pattern ROW = Pattern.compile("<tr\\b[^>]*\\bdata-job-id=[^>]*>");
    private static final Pattern JOB = Pattern.compile("<[a-zA-Z]+\\b[^>]*\\bid=\"job\"[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z_:][-a-zA-Z0-9_:.]*)=\"([^\"]*)\"");

    /** A finished job: its status, its own duration (null if the page does not say) and the wall time, in ms. */
    record Result(String kind, String jobId, String status, Long jobMillis, long wallMillis) {
    }

    private final Browser administrator;

    Digests(Browser administrator) {
        this.administrator = administrator;
    }

    Result run(String kind) throws IOException, InterruptedException {
        String list = "/admin/jobs?kind=" + URLEncoder.encode(kind, StandardCharsets.UTF_8);
        Browser.Page jobs = administrator.get(list);
        if (jobs.status() != 200) throw new IOException(list + " answered " + jobs.status());
        Map<String, String> job = rows(jobs.body()).stream()
                .filter(r -> kind.equals(r.get("data-kind")) && "pending".equals(r.get("data-status")))
                .findFirst().orElseThrow(() -> new IOException("no pending job of kind " + kind + " on " + list));
        String id = job.get("data-job-id");
        // The "run now" form is on the job's own page, with the CSRF field a browser would send.
        Browser.Page before = administrator.get("/admin/jobs/" + id);
        String csrf = before.csrfField().or(() -> administrator.cookie(Browser.CSRF_COOKIE))
                .orElseThrow(() -> new IOException("/admin/jobs/" + id + " has no CSRF field"));

        long started = System.nanoTime();
        Browser.Page pressed = administrator.post("/admin/jobs/" + id + "/run", Map.of("_csrf", csrf));
        if (pressed.status() >= 400) throw new IOException("running job " + id + " answered " + pressed.status());
        while (true) {
            Browser.Page page = administrator.get("/admin/jobs/" + id);
            Map<String, String> shown = job(page.body())
                    .orElseThrow(() -> new IOException("/admin/jobs/" + id + " has no element with id=\"job\" (answered "
                            + page.status() + ")"));
            String status = shown.getOrDefault("data-status", "");
            long wall = (System.nanoTime() - started) / 1_000_000;
            if (status.equals("done") || status.equals("failed")) {
                String duration = shown.get("data-duration-ms");
                Long jobMillis = duration == null || duration.isBlank() ? null : Long.valueOf(duration.strip());
                return new Result(kind, id, status, jobMillis, wall);
            }
            if (wall > LIMIT_MILLIS) throw new IOException("job " + id + " still " + status + " after " + wall + " ms");
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** Every {@code <tr data-job-id=…>} of the list, as its attributes. */
    static List<Map<String, String>> rows(String html) {
        List<Map<String, String>> rows = new ArrayList<>();
        Matcher m = ROW.matcher(html);
        while (m.find()) rows.add(attributes(m.group()));
        return rows;
    }

    /** The attributes of the element with {@code id="job"}. */
    static Optional<Map<String, String>> job(String html) {
        Matcher m = JOB.matcher(html);
        return m.find() ? Optional.of(attributes(m.group())) : Optional.empty();
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> attributes = new LinkedHashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            attributes.put(m.group(1), m.group(2).replace("&quot;", "\"").replace("&#39;", "'")
                    .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"));
        }
        return attributes;
    }
}
