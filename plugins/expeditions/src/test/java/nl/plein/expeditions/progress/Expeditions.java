package nl.plein.expeditions.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;

/**
 * Test data for the work pages: an expedition with an assignment, organisations that take part in it, and forms
 * with a file as a browser posts them (multipart, with the CSRF token).
 */
final class Expeditions {

    private final PleinExtension plein;

    Expeditions(PleinExtension plein) {
        this.plein = plein;
    }

    /** A file to attach. */
    record Upload(String filename, byte[] content) {

        static Upload pdf(String filename) {
            return new Upload(filename, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
                    .getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** The leader's expedition, 1 March to 30 June 2026 (the test clock says 2 March 2026), with its id. */
    /** The story most work tests start from: a leader's (unpublished) expedition, and Sanne's sportclub in it. */
    record Sportclub(Browser leader, Browser sanne, String expeditionId, String organisationId, String work) {
    }

    Sportclub sportclubTakesPart() {
        Browser leader = plein.signedInAs("expeditions.leader");
        String id = expedition(leader, "Jong geleerd in Lindeburg");
        plein.person("contact@sportclub.test", "Sanne Sport");
        Browser sanne = plein.signedIn("contact@sportclub.test");
        String sportclub = organisation(sanne, "Sportclub Vlietzicht");
        joins(id, sportclub);
        return new Sportclub(leader, sanne, id, sportclub, "/expeditions/" + id + "/organisations/" + sportclub);
    }

    String expedition(Browser leader, String title) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("region", "Lindeburg");
        form.put("province", "Gelderland");
        form.put("focus", "young-people");
        form.put("format", "mixed");
        form.put("startsOn", "2026-03-01");
        form.put("endsOn", "2026-06-30");
        Browser.Page created = leader.post("/expeditions", form);
        assertEquals(303, created.status(), created.body());
        return created.location().substring("/expeditions/".length());
    }

    /** An assignment due at the end of 20 March 2026; returns its id. */
    String assignment(Browser leader, String expeditionId, String title) {
        assertEquals(303, leader.post("/expeditions/" + expeditionId + "/assignments", Map.of("title", title,
                "description", "Hoeveel vrijwilligers heb je nu?", "dueOn", "2026-03-20")).status());
        return plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM expeditions_assignments "
                        + "WHERE expedition_id = :e AND title = :t").bind("e", expeditionId).bind("t", title)
                .mapTo(String.class).one());
    }

    /** A contact who made their organisation on Plein; returns the organisation's id. */
    String organisation(Browser contact, String name) {
        assertEquals(303, contact.post("/organisations", Map.of("name", name, "kind", "volunteer-organisation"))
                .status());
        return plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM plein_organisations WHERE name = :name")
                .bind("name", name).mapTo(String.class).one());
    }

    /** The organisation takes part, as after accepting the leader's invitation (see ExpeditionWorkflowTest). */
    void joins(String expeditionId, String organisationId) {
        plein.jdbi().useHandle(h -> h.createUpdate("INSERT INTO expeditions_participants (expedition_id, "
                        + "organisation_id, joined_at) VALUES (:e, :o, :now)")
                .bind("e", expeditionId).bind("o", organisationId).bind("now", plein.clock().millis()).execute());
    }

    /** Posts a form with an optional file as a browser does: multipart, with the browser's cookies and CSRF token. */
    Browser.Page postWithFile(Browser browser, String path, Map<String, String> fields, Upload upload) {
        String boundary = "----plein" + UUID.randomUUID();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", browser.csrfToken());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            for (var field : all.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                        + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            String filename = upload == null ? "" : upload.filename();
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\""
                    + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            if (upload != null) body.write(upload.content());
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            String cookies = "plein_csrf=" + browser.csrfToken()
                    + browser.cookie("plein_session").map(s -> "; plein_session=" + s).orElse("")
                    + browser.cookie("plein_lang").map(l -> "; plein_lang=" + l).orElse("");
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + plein.platform().port() + path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Cookie", cookies)
                    .header("Accept-Language", "nl")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            return new Browser.Page(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    int count(String sql, Object... args) {
        return plein.jdbi().withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) query.bind(i, args[i]);
            return query.mapTo(Integer.class).one();
        });
    }
}
