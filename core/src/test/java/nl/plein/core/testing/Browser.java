package nl.plein.core.testing;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One person's browser against a running Plein: it keeps cookies, does not follow redirects (tests assert them), and
 * fills in the CSRF field on forms the way our pages do.
 */
public final class Browser {

    private final URI base;
    private final CookieManager cookies;
    private final HttpClient client;
    private String acceptLanguage = "nl";

    public Browser(URI base) {
        this(base, new CookieManager());
    }

    private Browser(URI base, CookieManager cookies) {
        this.base = base;
        this.cookies = cookies;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * The same person with the same cookies at another instance, as a load balancer would send their next request
     * (cookies belong to the host name, not the port, so both instances see them).
     */
    public Browser at(TestPlein other) {
        return new Browser(other.browser().base, cookies);
    }

    /** What came back. */
    public record Page(int status, String body, java.net.http.HttpHeaders headers) {
        public String location() {
            return headers.firstValue("Location").orElse("");
        }

        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }
    }

    public Browser acceptLanguage(String value) {
        this.acceptLanguage = value;
        return this;
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    public Page get(String path, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        headers.forEach(request::header);
        return send(request);
    }

    /** Posts a form as our pages do, with the CSRF token from this browser's cookie. */
    public Page post(String path, Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.putIfAbsent("_csrf", csrfToken());
        return postRaw(path, withToken);
    }

    /** Posts a form with extra request headers (e.g. what a reverse proxy adds). */
    public Page post(String path, Map<String, String> form, Map<String, String> headers) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.putIfAbsent("_csrf", csrfToken());
        HttpRequest.Builder request = formRequest(path, withToken);
        headers.forEach(request::header);
        return send(request);
    }

    /** Posts exactly this form, e.g. without a CSRF token, as another site could. */
    public Page postRaw(String path, Map<String, String> form) {
        return send(formRequest(path, form));
    }

    private HttpRequest.Builder formRequest(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    public Page signIn(String email, String password) {
        Page page = post("/login", Map.of("email", email, "password", password));
        if (page.status() != 303) throw new AssertionError("sign-in failed for " + email + ": " + page.status());
        return page;
    }

    public String csrfToken() {
        Optional<String> token = cookie("plein_csrf");
        if (token.isEmpty()) {
            get("/");
            token = cookie("plein_csrf");
        }
        return token.orElseThrow(() -> new AssertionError("no CSRF cookie was set"));
    }

    public Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst();
    }

    private Page send(HttpRequest.Builder request) {
        request.header("Accept-Language", acceptLanguage);
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
