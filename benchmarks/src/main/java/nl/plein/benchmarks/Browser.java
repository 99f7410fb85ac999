package nl.plein.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One visitor's browser: its cookies, and requests made as a browser makes them (forms posted with the CSRF field
 * from the page, redirects not followed so their target can be read). Plein is only ever reached over HTTP, so what is
 * measured is the shipped jar, not a test double.
 */
public final class Browser {

    static final String SESSION_COOKIE = "plein_session";
    static final String CSRF_COOKIE = "plein_csrf";
    private static final Pattern CSRF_FIELD = Pattern.compile(
            "<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http;
    private final URI base;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    public Browser(HttpClient http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** HTTP/1.1 (what wrk and browsers on loopback use), redirects left to the caller. */
    public static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    public record Page(int status, String body, Optional<String> location, Optional<String> contentType) {

        public boolean isHtml() {
            return status == 200 && contentType.map(t -> t.startsWith("text/html")).orElse(false);
        }

        /** The hidden {@code _csrf} field of the page's first form. */
        public Optional<String> csrfField() {
            Matcher m = CSRF_FIELD.matcher(body);
            if (!m.find()) return Optional.empty();
            return Optional.of(m.group(1) != null ? m.group(1) : m.group(2));
        }
    }

    public Page get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    public Page post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * Signs in through the form, as a person does: the sign-in page sets the CSRF cookie and repeats it in the form;
     * the post answers with a redirect and a fresh session (and CSRF) cookie.
     */
    public void signIn(String signInPath, String email, String password) throws IOException, InterruptedException {
        Page form = get(signInPath);
        String csrf = form.csrfField().or(() -> Optional.ofNullable(cookies.get(CSRF_COOKIE)))
                .orElseThrow(() -> new IOException(signInPath + " has no CSRF field (answered " + form.status() + ")"));
        Page answer = post(signInPath, Map.of("email", email, "password", password, "_csrf", csrf));
        if (answer.status() != 303 || !cookies.containsKey(SESSION_COOKIE)) {
            throw new IOException("signing in " + email + " answered " + answer.status()
                    + answer.location().map(l -> " to " + l).orElse("") + ", not a redirect with a session");
        }
    }

    public boolean signedIn() {
        return cookies.containsKey(SESSION_COOKIE);
    }

    /** The {@code Cookie} header this browser sends (for wrk), empty if it has none. */
    public String cookieHeader() {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    public Optional<String> cookie(String name) {
        return Optional.ofNullable(cookies.get(name));
    }

    public URI base() {
        return base;
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        if (!cookies.isEmpty()) builder.header("Cookie", cookieHeader());
        return builder;
    }

    private Page send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        for (String header : response.headers().allValues("Set-Cookie")) keep(header);
        return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location"),
                response.headers().firstValue("Content-Type"));
    }

    private void keep(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq <= 0) return;
        String name = pair.substring(0, eq).strip();
        String value = pair.substring(eq + 1).strip();
        boolean expired = setCookie.toLowerCase(java.util.Locale.ROOT).contains("max-age=0");
        if (value.isEmpty() || expired) cookies.remove(name);
        else cookies.put(name, value);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
