package nl.plein.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plein.api.Role;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.TestPlein;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Whatever arrives in a form, the answer is a page with a message, never a 500. */
@nl.plein.core.testing.OnBothDatabases
class MalformedInputTest {

    static final String PASSWORD = "invoer-wachtwoord-lang";
    static TestPlein plein;
    static Browser admin;
    static String personId;

    static final List<String> NASTY = List.of("", " ", "x".repeat(100_000), "\u0000\u0001\u0002", "'; DROP TABLE plein_people; --",
            "<script>alert(1)</script>", "%00%ZZ", "\uD83D\uDE00\u202E\uFEFF", "../../../../etc/passwd", "null",
            "-1", "99999999999999999999", "a@b", "😀@😀.😀");

    @BeforeAll
    static void start() {
        plein = TestPlein.with().set("PLEIN_HOST", "127.0.0.1").start();
        var people = plein.plein().people();
        var bea = people.create("beheer@plein.test", "Bea", PASSWORD, "nl");
        people.grant(bea.id(), Role.ADMINISTRATOR);
        personId = people.create("lid@plein.test", "Lid", PASSWORD, "nl").id();
        admin = plein.browser();
        admin.signIn("beheer@plein.test", PASSWORD);
        admin.post("/organisations", Map.of("name", "Proef", "kind", "other"));
    }

    @AfterAll
    static void stop() {
        plein.close();
    }

    @Test
    void everyFormAnswersWithoutAServerError() throws Exception {
        String organisation = plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM plein_organisations")
                .mapTo(String.class).one());
        Map<String, List<String>> forms = new LinkedHashMap<>();
        forms.put("/register", List.of("name", "email", "password"));
        forms.put("/account/forgot", List.of("email"));
        forms.put("/account/reset/" + "A".repeat(43), List.of("password"));
        forms.put("/account/confirm/nonsense", List.of());
        forms.put("/account", List.of("name", "locale", "bio"));
        forms.put("/account/password", List.of("current", "password"));
        forms.put("/account/email", List.of("email", "password"));
        forms.put("/organisations", List.of("name", "kind", "municipality", "province", "website", "description"));
        forms.put("/organisations/" + organisation + "/edit", List.of("name", "kind", "municipality", "province", "website", "description"));
        forms.put("/organisations/" + organisation + "/invitations", List.of("email", "role"));
        forms.put("/organisations/" + organisation + "/members/" + personId + "/role", List.of("role"));
        forms.put("/invitations/" + "B".repeat(43), List.of());
        forms.put("/admin/people/" + personId + "/roles", List.of("role"));
        forms.put("/search", List.of("q"));
        forms.put("/login", List.of("email", "password", "next"));

        List<String> failures = new ArrayList<>();
        for (Map.Entry<String, List<String>> form : forms.entrySet()) {
            for (String value : NASTY) {
                Map<String, String> fields = new LinkedHashMap<>();
                form.getValue().forEach(field -> fields.put(field, value));
                int status = admin.post(form.getKey(), fields).status();
                if (status >= 500) failures.add("POST " + form.getKey() + " with " + value.length() + " chars: " + status);
            }
        }
        for (String value : NASTY) {
            String q = java.net.URLEncoder.encode(value.length() > 1000 ? value.substring(0, 1000) : value,
                    java.nio.charset.StandardCharsets.UTF_8);
            for (String path : List.of("/search?q=", "/organisations?q=", "/admin/people?q=", "/admin/audit?page=",
                    "/admin/outbox?page=", "/organisations?page=", "/login?next=", "/language/en?back=")) {
                int status = admin.get(path + q).status();
                if (status >= 500) failures.add("GET " + path + " with " + value.length() + " chars: " + status);
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(plein.browser().get("/health").body().contains("\"database\":\"UP\""));
        var head = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + plein.plein().port() + "/health"))
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertEquals(200, head.statusCode(), "a load balancer's HEAD health check");
    }

    @Test
    void aNulCharacterInAQueryOrAFormIsABadRequestOnEveryRoute() {
        // PostgreSQL refuses U+0000 in text; one guard in front of every route answers 400 before it gets there.
        Browser.Page query = admin.get("/organisations?q=a%00b");
        assertEquals(400, query.status());
        assertTrue(query.body().contains("<html"), "the error page, not a bare status");
        assertEquals(400, admin.post("/account", Map.of("name", "Bea\u0000", "bio", "")).status());
        assertEquals(200, admin.get("/organisations?q=ab").status(), "other text still passes");
    }

    @Test
    void cookiesAreSecureBehindHttps() {
        try (TestPlein https = TestPlein.with().set("PLEIN_BASE_URL", "https://plein.example.nl").start()) {
            Browser.Page page = https.browser().get("/login");
            assertTrue(page.headers().allValues("Set-Cookie").stream().allMatch(c -> c.contains("; Secure")),
                    page.headers().allValues("Set-Cookie").toString());
        }
    }
}
