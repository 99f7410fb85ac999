package nl.plein.goodbusy.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.goodbusy.GoodBusyFixture;
import nl.plein.goodbusy.ItemStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProfileAndStartPageTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();
    final GoodBusyFixture fixture = new GoodBusyFixture(plein);

    String company;
    String organisation;

    @BeforeEach
    void people() {
        company = fixture.company("Bouwbedrijf Stevig", fixture.person("csr@stevig.test", "Mira MVO"));
        fixture.join(company, fixture.person("werknemer@stevig.test", "Wout Werknemer"), "member");
        organisation = fixture.socialOrganisation("Buurthuis De Linde", "Amersfoort", "Utrecht",
                fixture.person("coord@linde.test", "Lotte Linde"));
        fixture.person("ander@plein.test", "Anton Ander");
    }

    FormPost goodCompanyProfile() {
        return FormPost.of(Map.of("sector", "ict", "sizeBand", "50-249", "hoursBudget", "1200",
                        "description", "Wij **bouwen** graag mee."))
                .set("provinces", "Utrecht", "Gelderland").set("causes", "elderly", "youth")
                .set("skills", "it", "legal").set("forms", "service-day", "pro-bono");
    }

    @Test
    void companyCoordinatorFillsInTheProfileAndOnlyCoordinatorsSeeTheBudget() {
        Browser csr = fixture.signedIn("csr@stevig.test");
        Browser.Page form = csr.get("/goodbusy/companies/" + company + "/profile");
        assertEquals(200, form.status());
        assertTrue(form.body().contains("value=\"Utrecht\" checked"), "a first profile starts at the company's province");

        FormPost wrong = goodCompanyProfile().set("sector", "banking").set("sizeBand", "")
                .set("provinces", "Utrecht", "Atlantis").set("hoursBudget", "veel")
                .set("description", "x".repeat(5001));
        Browser.Page refused = wrong.post(plein, csr, "/goodbusy/companies/" + company + "/profile");
        assertEquals(422, refused.status());
        String body = refused.body();
        assertTrue(body.contains("Kies uit de lijst."));
        assertTrue(body.contains("Kies het aantal medewerkers."));
        assertTrue(body.contains("Vul een heel getal in, zonder punten of letters."));
        assertTrue(body.contains("Dit mag hoogstens 5.000 tekens lang zijn."));
        assertTrue(body.contains("value=\"legal\" checked"), "ticked skills are kept");
        assertTrue(body.contains("value=\"pro-bono\" checked"), "ticked forms are kept");
        assertTrue(body.contains("value=\"veel\""), "the typed budget is kept");
        assertEquals(0, companyProfiles());

        Browser.Page tooMuch = goodCompanyProfile().set("hoursBudget", "1000001")
                .post(plein, csr, "/goodbusy/companies/" + company + "/profile");
        assertEquals(422, tooMuch.status());
        assertTrue(tooMuch.body().contains("Vul een getal van 0 tot en met 1.000.000 in."));
        Browser.Page noProvince = goodCompanyProfile().without("provinces")
                .post(plein, csr, "/goodbusy/companies/" + company + "/profile");
        assertTrue(noProvince.body().contains("Kies minstens één provincie."));

        Browser.Page saved = goodCompanyProfile().post(plein, csr, "/goodbusy/companies/" + company + "/profile");
        assertEquals(303, saved.status());
        assertEquals("/goodbusy/companies/" + company + "?saved=1", saved.location());
        CompanyProfile profile = fixture.profiles().company(company).orElseThrow();
        assertEquals(List.of("Gelderland", "Utrecht"), profile.provinces());
        assertEquals(List.of("it", "legal"), profile.skills());
        assertEquals(1200, profile.hoursBudget());

        String own = csr.get("/goodbusy/companies/" + company + "?saved=1").body();
        assertTrue(own.contains("Het profiel is opgeslagen."));
        assertTrue(own.contains("ICT") && own.contains("Ouderen, Jeugd") && own.contains("Juridisch"));
        assertTrue(own.contains("<strong>bouwen</strong>"), "the description is Markdown");
        assertTrue(own.contains("1.200 uur per jaar"));

        Browser employee = fixture.signedIn("werknemer@stevig.test");
        Browser.Page seen = employee.get("/goodbusy/companies/" + company);
        assertEquals(200, seen.status());
        assertTrue(seen.body().contains("Ouderen, Jeugd"));
        assertFalse(seen.body().contains("uur per jaar"), "employees do not see the budget");
        assertFalse(fixture.signedIn("ander@plein.test").get("/goodbusy/companies/" + company).body()
                .contains("uur per jaar"));
    }

    int companyProfiles() {
        return plein.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM goodbusy_companies")
                .mapTo(Integer.class).one());
    }

    @Test
    void onlyTheCompanysCoordinatorsEditItsProfile() {
        String path = "/goodbusy/companies/" + company + "/profile";
        assertEquals(403, fixture.signedIn("werknemer@stevig.test").get(path).status());
        assertEquals(403, goodCompanyProfile().post(plein, fixture.signedIn("werknemer@stevig.test"), path).status());
        assertEquals(403, fixture.signedIn("coord@linde.test").get(path).status());
        assertEquals(403, fixture.signedIn("ander@plein.test").get(path).status());
        Browser anonymous = fixture.anonymous();
        assertEquals(303, anonymous.get(path).status());
        assertTrue(anonymous.get(path).location().startsWith("/login"));
        assertEquals(303, anonymous.get("/goodbusy/companies/" + company).status());
        assertEquals(403, anonymous.post(path, Map.of("sector", "ict")).status());
        assertEquals(0, companyProfiles());

        Browser csr = fixture.signedIn("csr@stevig.test");
        assertEquals(404, csr.get("/goodbusy/companies/" + organisation + "/profile").status(),
                "a social organisation is not a company");
        assertEquals(404, csr.get("/goodbusy/companies/" + organisation).status());
        assertEquals(404, csr.get("/goodbusy/companies/nope/profile").status());
        assertEquals(404, csr.get("/goodbusy/companies/00000000-0000-0000-0000-000000000000").status());
        assertEquals(404, csr.get("/goodbusy/organisations/" + company).status(), "a company is not a social organisation");
        assertEquals(404, csr.get("/goodbusy/organisations/" + company + "/profile").status());
    }

    @Test
    void organisationProfileStartsWhereTheOrganisationIsAndShowsItsOpenRequests() {
        Browser coordinator = fixture.signedIn("coord@linde.test");
        String path = "/goodbusy/organisations/" + organisation + "/profile";
        Browser.Page form = coordinator.get(path);
        assertEquals(200, form.status());
        assertTrue(form.body().contains("value=\"Amersfoort\""));
        assertTrue(form.body().contains("<option value=\"Utrecht\" selected>"));

        FormPost good = FormPost.of(Map.of("mission", "Samen **koken** in de wijk.<script>alert(1)</script>", "targetGroups", "ouderen",
                "province", "Utrecht", "municipality", "Amersfoort", "supervisionCapacity", "12"));
        Browser.Page refused = good.copy().set("mission", "").set("province", "Atlantis")
                .set("supervisionCapacity", "0").set("municipality", "Leusden").post(plein, coordinator, path);
        assertEquals(422, refused.status());
        assertTrue(refused.body().contains("Vul de missie in."));
        assertTrue(refused.body().contains("Kies uit de lijst."));
        assertTrue(refused.body().contains("Vul een getal van 1 tot en met 500 in."));
        assertTrue(refused.body().contains("value=\"Leusden\""));
        assertTrue(good.copy().set("supervisionCapacity", "501").post(plein, coordinator, path).body()
                .contains("Vul een getal van 1 tot en met 500 in."));
        assertTrue(good.copy().set("municipality", "x".repeat(81)).post(plein, coordinator, path).body()
                .contains("Dit mag hoogstens 80 tekens lang zijn."));

        assertEquals(403, good.post(plein, fixture.signedIn("csr@stevig.test"), path).status());
        assertEquals(403, fixture.signedIn("ander@plein.test").get(path).status());
        assertEquals(303, fixture.anonymous().get(path).status());
        assertEquals(303, fixture.anonymous().get("/goodbusy/organisations/" + organisation).status());
        assertEquals(403, fixture.anonymous().post(path, Map.of("mission", "x")).status());
        assertEquals(404, coordinator.get("/goodbusy/organisations/nope/profile").status());
        assertEquals(403, fixture.signedIn("werknemer@stevig.test").get(path).status());

        Browser.Page saved = good.post(plein, coordinator, path);
        assertEquals(303, saved.status());
        assertEquals(12, fixture.profiles().organisation(organisation).orElseThrow().supervisionCapacity());

        fixture.request(organisation, GoodBusyFixture.requestDraft("Moestuin aanleggen"));
        String paused = fixture.request(organisation, GoodBusyFixture.requestDraft("Schilderen gepauzeerd")).id();
        fixture.requests().setStatus(paused, ItemStatus.PAUSED);

        String own = coordinator.get("/goodbusy/organisations/" + organisation).body();
        assertTrue(own.contains("<strong>koken</strong>"));
        assertFalse(own.contains("<script>alert"), "Markdown from people is sanitised");
        assertTrue(own.contains("12 vrijwilligers tegelijk"));
        assertTrue(own.contains("Moestuin aanleggen") && own.contains("Schilderen gepauzeerd"));
        String others = fixture.signedIn("csr@stevig.test").get("/goodbusy/organisations/" + organisation).body();
        assertTrue(others.contains("Moestuin aanleggen"));
        assertFalse(others.contains("Schilderen gepauzeerd"), "a paused request is not shown to outsiders");
        assertFalse(others.contains("/profile\""), "no edit link for others");
    }

    @Test
    void englishCoordinatorReadsTheRefusalsInEnglish() {
        String english = fixture.socialOrganisation("Food Bank East", "Zwolle", "Overijssel",
                fixture.person("coord@foodbank.test", "Fenna Food", "en"));
        Browser.Page refused = FormPost.of(Map.of("mission", "", "province", "Overijssel", "municipality", "",
                        "supervisionCapacity", "veel"))
                .post(plein, fixture.signedIn("coord@foodbank.test"), "/goodbusy/organisations/" + english + "/profile");
        assertEquals(422, refused.status());
        assertTrue(refused.body().contains("Enter the mission."));
        assertTrue(refused.body().contains("Enter the municipality."));
        assertTrue(refused.body().contains("Enter a whole number, without points or letters."));
    }

    @Test
    void startPageShowsEachVisitorTheirWayIn() {
        String anonymous = fixture.anonymous().get("/goodbusy").body();
        assertTrue(anonymous.contains("href=\"/goodbusy/requests\""));
        assertTrue(anonymous.contains("50 tot 100"));
        assertTrue(anonymous.contains("Zo begin je"));
        assertFalse(anonymous.contains("/goodbusy/matches"));

        String csr = fixture.signedIn("csr@stevig.test").get("/goodbusy").body();
        assertTrue(csr.contains("Bouwbedrijf Stevig"));
        assertTrue(csr.contains("/goodbusy/companies/" + company + "/profile"));
        assertTrue(csr.contains("/goodbusy/offers/new?company=" + company));
        assertTrue(csr.contains("/goodbusy/companies/" + company + "/impact"));
        assertTrue(csr.contains("href=\"/goodbusy/matches\""));
        assertTrue(csr.contains("Dit bedrijf heeft nog geen profiel."));
        assertFalse(csr.contains("Zo begin je"));

        fixture.profiles().saveOrganisation(organisation, "Samen koken.", "", "Utrecht", "Amersfoort", 10);
        String coordinator = fixture.signedIn("coord@linde.test").get("/goodbusy").body();
        assertFalse(coordinator.contains("Deze organisatie heeft nog geen profiel."));
        assertTrue(coordinator.contains("Buurthuis De Linde"));
        assertTrue(coordinator.contains("/goodbusy/requests/new?organisation=" + organisation));
        assertTrue(coordinator.contains("/goodbusy/organisations/" + organisation + "/received"));
        assertFalse(coordinator.contains("Bouwbedrijf Stevig"));

        String employee = fixture.signedIn("werknemer@stevig.test").get("/goodbusy").body();
        assertTrue(employee.contains("Je werkt bij") && employee.contains("Bouwbedrijf Stevig"));
        assertTrue(employee.contains("href=\"/goodbusy/matches\""));
        assertFalse(employee.contains("/goodbusy/companies/" + company + "/profile"));
        assertTrue(employee.contains("href=\"/organisations/new\""));

        String other = fixture.signedIn("ander@plein.test").get("/goodbusy").body();
        assertTrue(other.contains("Zo begin je") && other.contains("href=\"/organisations/new\""));
        assertFalse(other.contains("/goodbusy/matches"));
    }
}
