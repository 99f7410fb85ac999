package nl.plein.goodbusy.deal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.core.testing.TestPlein;
import nl.plein.goodbusy.GoodBusyFixture;
import nl.plein.goodbusy.offer.Offer;
import nl.plein.goodbusy.offer.OfferDraft;
import nl.plein.goodbusy.request.HelpRequest;
import nl.plein.goodbusy.request.RequestDraft;

/**
 * The cast of the deal tests: a social organisation (Buurthuis De Linde, coordinator Ilse) with a request, a company
 * (Bouwbedrijf Stevig, coordinator Bram) with an offer that fits it, and the steps of a deal as a person takes them
 * over HTTP, each asserting that it was accepted. Tests that are about one step post that step themselves.
 */
final class DealScene {

    static final String BASE_URL = "http://goodbusy.plein.test";
    static final String ILSE = "ilse@linde.test";
    static final String BRAM = "bram@stevig.test";

    /** The platform with real mail (GreenMail) and absolute links on {@link #BASE_URL}. */
    static PleinExtension plein(GreenMailExtension greenMail) {
        return plein(greenMail, b -> b);
    }

    static PleinExtension plein(GreenMailExtension greenMail, UnaryOperator<TestPlein.Builder> more) {
        return PleinExtension.forThisPlugin(b -> more.apply(b.set("PLEIN_BASE_URL", BASE_URL)
                .set("PLEIN_SMTP_HOST", "127.0.0.1").set("PLEIN_SMTP_PORT", String.valueOf(greenMail.getSmtp().getPort()))));
    }

    final PleinExtension plein;
    final GoodBusyFixture fixture;
    final String ilseId;
    final String bramId;
    final String organisationId;
    final String companyId;
    final HelpRequest request;
    final Offer offer;
    Browser ilse;
    Browser bram;

    DealScene(PleinExtension plein) {
        this(plein, GoodBusyFixture.requestDraft("Tuindag bij De Linde"), GoodBusyFixture.offerDraft("Teamdag Stevig"));
    }

    DealScene(PleinExtension plein, RequestDraft requestDraft, OfferDraft offerDraft) {
        this.plein = plein;
        this.fixture = new GoodBusyFixture(plein);
        ilseId = fixture.person(ILSE, "Ilse Tuinman");
        bramId = fixture.person(BRAM, "Bram Bouwer", "en");
        organisationId = fixture.socialOrganisation("Buurthuis De Linde", "Utrecht", "Utrecht", ilseId);
        companyId = fixture.company("Bouwbedrijf Stevig", bramId);
        request = fixture.request(organisationId, requestDraft);
        offer = fixture.offer(companyId, offerDraft);
        ilse = fixture.signedIn(ILSE);
        bram = fixture.signedIn(BRAM);
    }

    /** A new employee of the company (a member, not a coordinator), signed in. */
    Browser employee(String email, String name) {
        String id = fixture.person(email, name);
        fixture.join(companyId, id, "member");
        return fixture.signedIn(email);
    }

    /** Signs both coordinators in again, after the clock moved past the sign-in's idle time. */
    void signInAgain() {
        ilse = fixture.signedIn(ILSE);
        bram = fixture.signedIn(BRAM);
    }

    // ---- the steps, each as the page's form posts it

    /** Ilse proposes the offer for her request; returns the match id. */
    String propose() {
        return propose(ilse, "Jullie team lijkt ons perfect voor de tuin.");
    }

    String propose(Browser who, String text) {
        Browser.Page page = who.post("/goodbusy/matches",
                Map.of("request", request.id(), "offer", offer.id(), "proposal", text));
        assertEquals(303, page.status(), page.body());
        return page.location().replaceAll("^/goodbusy/matches/([^?#]+).*$", "$1");
    }

    void accept(String matchId) {
        assertEquals(303, bram.post("/goodbusy/matches/" + matchId + "/accept", Map.of()).status());
    }

    /** The agreement: 9 to 20 March 2026, Ilse and Bram as contacts. */
    void writeAgreement(String matchId, Browser who) {
        Browser.Page page = who.post("/goodbusy/matches/" + matchId + "/agreement", agreement(Map.of()));
        assertEquals(303, page.status(), page.body());
    }

    Map<String, String> agreement(Map<String, String> changes) {
        Map<String, String> form = new HashMap<>(Map.of("what", "Een tuindag: snoeien en bankjes schuren.",
                "startsOn", "2026-03-09", "endsOn", "2026-03-20", "organisationContact", ilseId,
                "companyContact", bramId, "vogArranged", "yes", "briefing", "Meld je om 9 uur bij de achteringang."));
        form.putAll(changes);
        return form;
    }

    int revision(String matchId) {
        return count("SELECT revision FROM goodbusy_agreements WHERE match_id = ?", matchId);
    }

    void confirm(String matchId, Browser who, String side) {
        Browser.Page page = who.post("/goodbusy/matches/" + matchId + "/confirm",
                Map.of("side", side, "revision", String.valueOf(revision(matchId))));
        assertEquals(303, page.status(), page.body());
    }

    /** Proposed, accepted, written and confirmed by both: an agreed match. */
    String agreedMatch() {
        return agree(propose());
    }

    /** Takes a proposed match (proposed by Ilse) to agreed. */
    String agree(String id) {
        accept(id);
        writeAgreement(id, ilse);
        confirm(id, ilse, "organisation");
        confirm(id, bram, "company");
        assertEquals("agreed", status(id));
        return id;
    }

    /** Adds a shift as Ilse; returns its id. */
    String shift(String matchId, String label, LocalDate date, String start, String end, int places) {
        Browser.Page page = ilse.post("/goodbusy/matches/" + matchId + "/shifts", Map.of("label", label,
                "date", date.toString(), "startTime", start, "endTime", end, "places", String.valueOf(places)));
        assertEquals(303, page.status(), page.body());
        return single("SELECT id FROM goodbusy_shifts WHERE match_id = ? AND label = ?", matchId, label);
    }

    // ---- the database

    String status(String matchId) {
        return single("SELECT status FROM goodbusy_matches WHERE id = ?", matchId);
    }

    int count(String sql, Object... args) {
        return plein.jdbi().withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) query.bind(i, args[i]);
            return query.mapTo(Integer.class).one();
        });
    }

    String single(String sql, Object... args) {
        return plein.jdbi().withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) query.bind(i, args[i]);
            return query.mapTo(String.class).one();
        });
    }

    List<String> list(String sql, Object... args) {
        return plein.jdbi().withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) query.bind(i, args[i]);
            return query.mapTo(String.class).list();
        });
    }

    /**
     * Posts a form with a field given more than once (the checkboxes of the hours list), as a browser does; the
     * test {@link Browser} takes a map, so this sends the request itself with that browser's cookies.
     */
    Browser.Page postRepeated(Browser who, String path, List<Map.Entry<String, String>> fields) {
        List<Map.Entry<String, String>> all = new ArrayList<>(fields);
        all.add(Map.entry("_csrf", who.csrfToken()));
        String body = all.stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        String cookies = "plein_session=" + who.cookie("plein_session").orElseThrow() + "; plein_csrf="
                + who.csrfToken();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + plein.platform().port() + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                .header("Accept-Language", "nl").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                    HttpResponse.BodyHandlers.ofString());
            return new Browser.Page(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
