package nl.plein.goodbusy.profile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;

/**
 * A form as a browser sends it, with repeated fields for checkbox groups ({@code skills=it&skills=legal}), which
 * core's {@link Browser#post} (a map) cannot send. It goes with the browser's cookies and CSRF token.
 */
public final class FormPost {

    private final Map<String, List<String>> fields = new LinkedHashMap<>();

    public static FormPost of(Map<String, String> single) {
        FormPost form = new FormPost();
        single.forEach(form::set);
        return form;
    }

    /** Sets one field (replacing what it had); an empty list of values leaves it out, as an unticked group. */
    public FormPost set(String name, String... values) {
        fields.put(name, List.of(values));
        return this;
    }

    public FormPost without(String name) {
        fields.remove(name);
        return this;
    }

    public FormPost copy() {
        FormPost copy = new FormPost();
        fields.forEach((k, v) -> copy.fields.put(k, new ArrayList<>(v)));
        return copy;
    }

    public Browser.Page post(PleinExtension plein, Browser browser, String path) {
        List<String> pairs = new ArrayList<>();
        pairs.add("_csrf=" + encode(browser.csrfToken()));
        fields.forEach((name, values) -> values.forEach(v -> pairs.add(encode(name) + "=" + encode(v))));
        String cookies = "plein_csrf=" + browser.csrfToken()
                + browser.cookie("plein_session").map(s -> "; plein_session=" + s).orElse("");
        HttpRequest request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + plein.testPlein().plein().port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .header("Accept-Language", "nl")
                .POST(HttpRequest.BodyPublishers.ofString(pairs.stream().collect(Collectors.joining("&")))).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            return new Browser.Page(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
