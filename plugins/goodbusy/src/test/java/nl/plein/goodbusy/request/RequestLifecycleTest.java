package nl.plein.goodbusy.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.goodbusy.GoodBusyFixture;
import nl.plein.goodbusy.ItemStatus;
import nl.plein.goodbusy.profile.FormPost;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RequestLifecycleTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();
    final GoodBusyFixture fixture = new GoodBusyFixture(plein);

    String company;
    String organisation;
    String otherOrganisation;

    @BeforeEach
    void people() {
        company = fixture.company("Bouwbedrijf Stevig", fixture.person("csr@stevig.test", "Mira MVO"));
        fixture.join(company, fixture.person("werknemer@stevig.test", "Wout Werknemer"), "member");
        organisation = fixture.socialOrganisation("Buurthuis De Linde", "Amersfoort", "Utrecht",
                fixture.person("coord@linde.test", "Lotte Linde"));
        otherOrganisation = fixture.socialOrganisation("Voedselbank Oost", "Zwolle", "Overijssel",
                fixture.person("coord@voedselbank.test", "Vera Voedsel"));
        fixture.person("ander@plein.test", "Anton Ander");
    }

    /** A recurring on-site request from a week after today for three months, coaching and IT. */
    static FormPost goodRequest() {
        return FormPost.of(Map.ofEntries(Map.entry("title", "Huiswerkbegeleiding"),
                        Map.entry("description", "Help **kinderen** met hun huiswerk."), Map.entry("form", "skills-based"),
                        Map.entry("cause", "youth"), Map.entry("minGroup", "2"), Map.entry("maxGroup", "6"),
                        Map.entry("dateKind", "recurring"), Map.entry("startsOn", "2026-03-09"),
                        Map.entry("endsOn", "2026-06-09"), Map.entry("recurrence", "elke woensdagmiddag"),
                        Map.entry("place", "on-site"), Map.entry("municipality", "Amersfoort"),
                        Map.entry("province", "Utrecht"), Map.entry("vogRequired", "yes"),
                        Map.entry("accessibility", "Rolstoeltoegankelijk")))
                .set("skills", "coaching", "teaching");
    }

    String onlyRequestId() {
        return plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM goodbusy_requests").mapTo(String.class)
                .one());
    }

    @Test
    void coordinatorPostsEditsPausesReopensAndClosesARequest() {
        Browser coordinator = fixture.signedIn("coord@linde.test");
        Browser.Page form = coordinator.get("/goodbusy/requests/new");
        assertEquals(200, form.status());
        assertTrue(form.body().contains("value=\"Amersfoort\""), "a new request starts where the organisation is");
        assertTrue(form.body().contains("Buurthuis De Linde"));

        Browser.Page created = goodRequest().post(plein, coordinator, "/goodbusy/requests");
        assertEquals(303, created.status());
        String id = onlyRequestId();
        assertEquals("/goodbusy/requests/" + id + "?created=1", created.location());
        HelpRequest stored = fixture.requests().find(id).orElseThrow();
        assertEquals(organisation, stored.organisationId());
        assertEquals(List.of("coaching", "teaching"), stored.skills());
        assertEquals(DateKind.RECURRING, stored.dateKind());
        assertEquals("elke woensdagmiddag", stored.recurrence());
        assertTrue(stored.vogRequired());
        assertEquals(fixture.personId("coord@linde.test"), stored.createdBy());

        Browser.Page publicPage = fixture.anonymous().get("/goodbusy/requests/" + id);
        assertEquals(200, publicPage.status());
        String body = publicPage.body();
        assertTrue(body.contains("Huiswerkbegeleiding") && body.contains("Buurthuis De Linde"));
        assertTrue(body.contains("<strong>kinderen</strong>"));
        assertTrue(body.contains("Coachen, Lesgeven en begeleiden"));
        assertTrue(body.contains("2 tot 6 mensen") && body.contains("VOG nodig"));
        assertTrue(body.contains("elke woensdagmiddag") && body.contains("Amersfoort, Utrecht"));
        assertFalse(body.contains("/suggestions"), "only coordinators get the suggestions link");

        String own = coordinator.get("/goodbusy/requests/" + id + "?created=1").body();
        assertTrue(own.contains("De hulpvraag is geplaatst."));
        assertTrue(own.contains("href=\"/goodbusy/requests/" + id + "/suggestions\""));
        assertTrue(own.contains("Bekijk voorgestelde matches"));
        assertTrue(own.contains("href=\"/goodbusy/requests/" + id + "/edit\""));

        Browser.Page editForm = coordinator.get("/goodbusy/requests/" + id + "/edit");
        assertEquals(200, editForm.status());
        assertTrue(editForm.body().contains("value=\"teaching\" checked"));
        Browser.Page edited = goodRequest().set("title", "Huiswerkclub").set("dateKind", "one-day")
                .set("place", "remote").set("municipality", "").set("province", "")
                .post(plein, coordinator, "/goodbusy/requests/" + id + "/edit");
        assertEquals(303, edited.status());
        assertEquals("/goodbusy/requests/" + id + "?saved=1", edited.location());
        HelpRequest changed = fixture.requests().find(id).orElseThrow();
        assertEquals("Huiswerkclub", changed.title());
        assertEquals(changed.startsOn(), changed.endsOn(), "one day ends when it starts");
        assertEquals("", changed.recurrence());
        assertTrue(changed.remote());

        Browser.Page paused = coordinator.post("/goodbusy/requests/" + id + "/status", Map.of("status", "paused"));
        assertEquals(303, paused.status());
        assertEquals(ItemStatus.PAUSED, fixture.requests().find(id).orElseThrow().status());
        assertTrue(coordinator.get(paused.location()).body().contains("gepauzeerd"));
        assertEquals(303, coordinator.post("/goodbusy/requests/" + id + "/status", Map.of("status", "open")).status());
        assertEquals(ItemStatus.OPEN, fixture.requests().find(id).orElseThrow().status());
        assertEquals(303, coordinator.post("/goodbusy/requests/" + id + "/status", Map.of("status", "closed")).status());

        Browser.Page reopen = coordinator.post("/goodbusy/requests/" + id + "/status", Map.of("status", "open"));
        assertEquals(409, reopen.status());
        assertTrue(reopen.body().contains("Sluiten is definitief"));
        assertEquals(ItemStatus.CLOSED, fixture.requests().find(id).orElseThrow().status());
        Browser.Page editClosed = coordinator.get("/goodbusy/requests/" + id + "/edit");
        assertEquals(409, editClosed.status());
        assertTrue(editClosed.body().contains("kan niet meer worden bewerkt"));
        assertEquals(409, goodRequest().post(plein, coordinator, "/goodbusy/requests/" + id + "/edit").status());
        Browser.Page bogus = coordinator.post("/goodbusy/requests/" + id + "/status", Map.of("status", "weg"));
        assertEquals(422, bogus.status());
        assertTrue(bogus.body().contains("Kies openen, pauzeren of sluiten."));
    }

    @Test
    void pausedAndClosedRequestsAreSeenOnlyByThoseWhoActOnThemOrOverseeThem() {
        String id = fixture.request(organisation, GoodBusyFixture.requestDraft("Tuindag")).id();
        fixture.requests().setStatus(id, ItemStatus.PAUSED);
        String path = "/goodbusy/requests/" + id;

        Browser utrechtBroker = fixture.withRole("makelaar@utrecht.test", "Bram Makelaar", GoodBusyFixture.BROKER_ROLE);
        fixture.socialOrganisation("Vrijwilligerscentrale Utrecht", "Utrecht", "Utrecht",
                fixture.personId("makelaar@utrecht.test"));
        Browser limburgBroker = fixture.withRole("makelaar@limburg.test", "Lies Makelaar", GoodBusyFixture.BROKER_ROLE);
        fixture.socialOrganisation("Vrijwilligerscentrale Maastricht", "Maastricht", "Limburg",
                fixture.personId("makelaar@limburg.test"));
        Browser manager = fixture.withRole("manager@plein.test", "Mo Manager", GoodBusyFixture.MANAGER_ROLE);

        assertEquals(404, fixture.anonymous().get(path).status());
        assertEquals(404, fixture.signedIn("ander@plein.test").get(path).status());
        assertEquals(404, fixture.signedIn("csr@stevig.test").get(path).status());
        assertEquals(404, fixture.signedIn("coord@voedselbank.test").get(path).status());
        assertEquals(404, limburgBroker.get(path).status());
        assertEquals(200, utrechtBroker.get(path).status());
        assertEquals(200, manager.get(path).status());
        assertEquals(200, fixture.signedIn("coord@linde.test").get(path).status());
        assertFalse(manager.get(path).body().contains("/edit\""), "overseeing is not acting for it");
        assertEquals(403, manager.post(path + "/status", Map.of("status", "open")).status());
        assertEquals(403, manager.get(path + "/edit").status());

        fixture.requests().setStatus(id, ItemStatus.CLOSED);
        assertEquals(404, fixture.anonymous().get(path).status());
        assertEquals(200, utrechtBroker.get(path).status());
    }

    @Test
    void onlyTheOrganisationsCoordinatorsActForItsRequests() {
        String id = fixture.request(organisation, GoodBusyFixture.requestDraft("Tuindag")).id();
        String path = "/goodbusy/requests/" + id;
        Browser anonymous = fixture.anonymous();
        assertEquals(200, anonymous.get(path).status());
        assertEquals(303, anonymous.get("/goodbusy/requests/new").status());
        assertEquals(303, anonymous.get(path + "/edit").status());
        assertEquals(403, anonymous.post("/goodbusy/requests", Map.of("title", "x")).status());
        assertEquals(403, anonymous.post(path + "/status", Map.of("status", "closed")).status());

        for (String email : List.of("ander@plein.test", "werknemer@stevig.test", "csr@stevig.test",
                "coord@voedselbank.test")) {
            Browser someone = fixture.signedIn(email);
            assertEquals(200, someone.get(path).status(), email);
            assertEquals(403, someone.get(path + "/edit").status(), email);
            assertEquals(403, goodRequest().post(plein, someone, path + "/edit").status(), email);
            assertEquals(403, someone.post(path + "/status", Map.of("status", "closed")).status(), email);
        }
        assertEquals(ItemStatus.OPEN, fixture.requests().find(id).orElseThrow().status());
        assertEquals("Tuindag", fixture.requests().find(id).orElseThrow().title());

        // A company cannot post a request, also not by naming itself; nor can one organisation post for another.
        Browser csr = fixture.signedIn("csr@stevig.test");
        Browser.Page none = csr.get("/goodbusy/requests/new");
        assertEquals(200, none.status());
        assertTrue(none.body().contains("namens een maatschappelijke organisatie waarvan je coördinator"));
        assertTrue(none.body().contains("href=\"/organisations/new\""));
        assertEquals(403, goodRequest().set("organisation", company).post(plein, csr, "/goodbusy/requests").status());
        assertEquals(403, goodRequest().set("organisation", organisation)
                .post(plein, fixture.signedIn("coord@voedselbank.test"), "/goodbusy/requests").status());
        assertEquals(1, plein.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM goodbusy_requests")
                .mapTo(Integer.class).one()).intValue());

        Browser coordinator = fixture.signedIn("coord@linde.test");
        for (String bad : List.of("nope", "00000000-0000-0000-0000-000000000000")) {
            assertEquals(404, coordinator.get("/goodbusy/requests/" + bad).status());
            assertEquals(404, coordinator.get("/goodbusy/requests/" + bad + "/edit").status());
            assertEquals(404, coordinator.post("/goodbusy/requests/" + bad + "/status", Map.of("status", "open"))
                    .status());
        }
    }

    @Test
    void coordinatorOfSeveralOrganisationsChoosesOne() {
        String coordinatorId = fixture.personId("coord@linde.test");
        fixture.join(otherOrganisation, coordinatorId, "admin");
        Browser coordinator = fixture.signedIn("coord@linde.test");
        Browser.Page form = coordinator.get("/goodbusy/requests/new?organisation=" + otherOrganisation);
        assertTrue(form.body().contains("<select id=\"f-organisation\""));
        assertTrue(form.body().contains("<option value=\"" + otherOrganisation + "\" selected>"));
        assertTrue(form.body().contains("value=\"Zwolle\""), "defaults follow the chosen organisation");

        Browser.Page unchosen = goodRequest().post(plein, coordinator, "/goodbusy/requests");
        assertEquals(422, unchosen.status());
        assertTrue(unchosen.body().contains("Kies voor welke organisatie je de hulpvraag plaatst."));
        Browser.Page posted = goodRequest().set("organisation", otherOrganisation)
                .post(plein, coordinator, "/goodbusy/requests");
        assertEquals(303, posted.status());
        assertEquals(otherOrganisation, fixture.requests().find(onlyRequestId()).orElseThrow().organisationId());
    }

    @Test
    void everyRefusalSaysWhatIsWrongAndKeepsWhatWasTyped() {
        Browser coordinator = fixture.signedIn("coord@linde.test");
        Browser.Page empty = FormPost.of(Map.of()).post(plein, coordinator, "/goodbusy/requests");
        assertEquals(422, empty.status());
        for (String message : List.of("Vul een titel in.", "Beschrijf wat er nodig is.", "Kies de vorm van inzet.",
                "Kies het doel.", "Vul het minimale aantal mensen in.", "Vul het maximale aantal mensen in.",
                "Kies of het om één dag, een periode of terugkerende hulp gaat.", "Vul de begindatum in.",
                "Kies of de hulp ter plekke of op afstand is.")) {
            assertTrue(empty.body().contains(message), message);
        }

        refused(coordinator, goodRequest().set("minGroup", "0"), "Vul een getal van 1 tot en met 500 in.");
        refused(coordinator, goodRequest().set("maxGroup", "501"), "Vul een getal van 1 tot en met 500 in.");
        refused(coordinator, goodRequest().set("maxGroup", "99999999999999999999"),
                "Vul een getal van 1 tot en met 500 in.");
        refused(coordinator, goodRequest().set("minGroup", "zes"), "Vul een heel getal in, zonder punten of letters.");
        refused(coordinator, goodRequest().set("minGroup", "10").set("maxGroup", "5"),
                "Het maximale aantal mag niet kleiner zijn dan het minimale.");
        refused(coordinator, goodRequest().set("form", "hackathon"), "Kies uit de lijst.");
        refused(coordinator, goodRequest().set("cause", "<script>"), "Kies uit de lijst.");
        refused(coordinator, goodRequest().set("skills", "coaching", "juggling"), "Kies uit de lijst.");
        refused(coordinator, goodRequest().set("dateKind", "sometimes"), "Kies uit de lijst.");
        refused(coordinator, goodRequest().set("startsOn", "2026-02-30"), "Vul een bestaande datum in, als jjjj-mm-dd.");
        refused(coordinator, goodRequest().set("endsOn", "+12026-01-01"), "Vul een bestaande datum in, als jjjj-mm-dd.");
        refused(coordinator, goodRequest().set("endsOn", "2026-03-08"),
                "De einddatum mag niet voor de begindatum liggen.");
        refused(coordinator, goodRequest().set("endsOn", "2028-03-10"),
                "Een hulpvraag loopt hoogstens twee jaar. Plaats daarna een nieuwe.");
        refused(coordinator, goodRequest().set("dateKind", "period").set("startsOn", "2026-01-01")
                .set("endsOn", "2026-03-01"), "Deze datum is al voorbij. Kies een datum vanaf vandaag.");
        refused(coordinator, goodRequest().set("dateKind", "one-day").set("startsOn", "2026-03-01"),
                "Deze datum is al voorbij. Kies een datum vanaf vandaag.");
        refused(coordinator, goodRequest().set("startsOn", "2029-01-01").set("endsOn", "2029-02-01"),
                "De begindatum mag hoogstens twee jaar vooruit liggen.");
        refused(coordinator, goodRequest().set("recurrence", ""), "Vul in hoe vaak de hulp terugkomt.");
        refused(coordinator, goodRequest().set("municipality", ""), "Vul de gemeente in waar de hulp nodig is.");
        refused(coordinator, goodRequest().set("province", ""), "Kies de provincie waar de hulp nodig is.");
        refused(coordinator, goodRequest().set("province", "Atlantis"), "Kies uit de lijst.");
        refused(coordinator, goodRequest().set("title", "t".repeat(20_000)), "Dit mag hoogstens 160 tekens lang zijn.");
        refused(coordinator, goodRequest().set("description", "d".repeat(60_000)),
                "Dit mag hoogstens 10.000 tekens lang zijn.");
        refused(coordinator, goodRequest().set("recurrence", "r".repeat(201)), "Dit mag hoogstens 200 tekens lang zijn.");

        Browser.Page kept = refused(coordinator, goodRequest().set("minGroup", "10").set("maxGroup", "5"),
                "Het maximale aantal");
        String body = kept.body();
        assertTrue(body.contains("value=\"Huiswerkbegeleiding\""));
        assertTrue(body.contains("value=\"coaching\" checked") && body.contains("value=\"teaching\" checked"));
        assertFalse(body.contains("value=\"it\" checked"));
        assertTrue(body.contains("<option value=\"youth\" selected>"));
        assertTrue(body.contains("<option value=\"skills-based\" selected>"));
        assertTrue(body.contains("value=\"recurring\" checked"));
        assertTrue(body.contains("name=\"vogRequired\" value=\"yes\" checked"));
        assertTrue(body.contains("elke woensdagmiddag") && body.contains("Rolstoeltoegankelijk"));
        assertEquals(0, plein.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM goodbusy_requests")
                .mapTo(Integer.class).one()).intValue());

        // Remote help needs no place; an end date in the past is fine on an old request that keeps it.
        assertEquals(303, goodRequest().set("place", "remote").set("municipality", "").set("province", "")
                .post(plein, coordinator, "/goodbusy/requests").status());
        String old = fixture.request(organisation, new RequestDraft("Oud", "Oud verzoek", "service-day", "elderly",
                List.of(), 1, 5, DateKind.PERIOD, GoodBusyFixture.TODAY.minusDays(60),
                GoodBusyFixture.TODAY.minusDays(30), "", false, "Amersfoort", "Utrecht", false, "")).id();
        assertEquals(303, goodRequest().set("dateKind", "period").set("startsOn", "2026-01-01").set("endsOn", "2026-01-31")
                .post(plein, coordinator, "/goodbusy/requests/" + old + "/edit").status());
    }

    @Test
    void englishCoordinatorReadsTheRefusalsInEnglish() {
        String english = fixture.socialOrganisation("Food Bank East", "Zwolle", "Overijssel",
                fixture.person("coord@foodbank.test", "Fenna Food", "en"));
        Browser coordinator = fixture.signedIn("coord@foodbank.test");
        Browser.Page page = goodRequest().set("organisation", english).set("title", "").set("minGroup", "10")
                .set("maxGroup", "5").set("endsOn", "2026-03-01").post(plein, coordinator, "/goodbusy/requests");
        assertEquals(422, page.status());
        assertTrue(page.body().contains("Enter a title."));
        assertTrue(page.body().contains("The maximum cannot be smaller than the minimum."));
        assertTrue(page.body().contains("The end date cannot be before the start date."));
        assertTrue(page.body().contains("value=\"coaching\" checked"));
    }

    private Browser.Page refused(Browser browser, FormPost form, String message) {
        Browser.Page page = form.post(plein, browser, "/goodbusy/requests");
        assertEquals(422, page.status(), message);
        assertTrue(page.body().contains(message), "page should say: " + message);
        return page;
    }
}
