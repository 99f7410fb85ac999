package nl.plein.goodbusy.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import nl.plein.goodbusy.GoodBusyFixture;
import nl.plein.goodbusy.ItemStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@OnBothDatabases
class RequestListTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();
    final GoodBusyFixture fixture = new GoodBusyFixture(plein);

    static int cards(String body) {
        return body.split("class=\"card\"", -1).length - 1;
    }

    @Test
    void anyoneFiltersTheOpenRequestsAndPagesThroughThem() {
        String linde = fixture.socialOrganisation("Buurthuis De Linde", "Amersfoort", "Utrecht",
                fixture.person("coord@linde.test", "Lotte Linde"));
        String tafel = fixture.socialOrganisation("Stichting De Tafel", "Maastricht", "Limburg",
                fixture.person("coord@tafel.test", "Tom Tafel"));
        for (int i = 1; i <= 22; i++) fixture.request(linde, GoodBusyFixture.requestDraft("Tuindag " + i));
        RequestDraft base = GoodBusyFixture.requestDraft("x");
        fixture.request(tafel, new RequestDraft("Moestuin aanleggen", "Een moestuin voor de buurt.", "service-day",
                "youth", List.of("gardening"), 4, 8, DateKind.ONE_DAY, base.startsOn(), base.startsOn(), "", false,
                "Maastricht", "Limburg", false, ""));
        fixture.request(tafel, new RequestDraft("Juridisch advies", "Hulp bij statuten.", "pro-bono", "poverty",
                List.of("legal"), 1, 2, DateKind.PERIOD, base.startsOn(), base.endsOn(), "", true, "", "", false, ""));
        fixture.requests().setStatus(fixture.request(linde, GoodBusyFixture.requestDraft("Gepauzeerde vraag")).id(),
                ItemStatus.PAUSED);
        fixture.requests().setStatus(fixture.request(linde, GoodBusyFixture.requestDraft("Gesloten vraag")).id(),
                ItemStatus.CLOSED);
        fixture.request(linde, new RequestDraft("Voorbije vraag", "Al geweest.", "service-day", "elderly", List.of(),
                1, 5, DateKind.ONE_DAY, GoodBusyFixture.TODAY.minusDays(1), GoodBusyFixture.TODAY.minusDays(1), "",
                false, "Amersfoort", "Utrecht", false, ""));

        Browser anonymous = fixture.anonymous();
        Browser.Page first = anonymous.get("/goodbusy/requests");
        assertEquals(200, first.status());
        assertEquals(20, cards(first.body()));
        assertTrue(first.body().contains("href=\"/goodbusy/requests?page=2\""));
        assertFalse(first.body().contains("Vorige pagina"));
        String second = anonymous.get("/goodbusy/requests?page=2").body();
        assertEquals(4, cards(second));
        assertTrue(second.contains("Vorige pagina") && !second.contains("Volgende pagina"));
        String both = first.body() + second;
        for (String hidden : List.of("Gepauzeerde vraag", "Gesloten vraag", "Voorbije vraag")) {
            assertFalse(both.contains(hidden), hidden);
        }
        assertTrue(both.contains("Moestuin aanleggen") && both.contains("Stichting De Tafel"));
        assertTrue(both.contains("Buurthuis De Linde"));
        assertEquals(0, cards(anonymous.get("/goodbusy/requests?page=3").body()));

        String elderly = anonymous.get("/goodbusy/requests?cause=elderly").body();
        assertEquals(20, cards(elderly));
        assertTrue(elderly.contains("href=\"/goodbusy/requests?cause=elderly&amp;page=2\""));
        assertTrue(elderly.contains("<option value=\"elderly\" selected>"), "the chosen filter stays chosen");
        assertEquals(2, cards(anonymous.get("/goodbusy/requests?cause=elderly&page=2").body()));

        String youth = anonymous.get("/goodbusy/requests?cause=youth").body();
        assertEquals(1, cards(youth));
        assertTrue(youth.contains("Moestuin aanleggen"));
        String limburg = anonymous.get("/goodbusy/requests?province=Limburg").body();
        assertEquals(2, cards(limburg), "remote help counts in every province");
        assertTrue(limburg.contains("Moestuin aanleggen") && limburg.contains("Juridisch advies"));
        assertEquals(1, cards(anonymous.get("/goodbusy/requests?form=pro-bono").body()));
        assertEquals(1, cards(anonymous.get("/goodbusy/requests?text=MOESTUIN").body()));
        assertEquals(1, cards(anonymous.get("/goodbusy/requests?text=statuten").body()), "the description counts");
        assertEquals(0, cards(anonymous.get("/goodbusy/requests?cause=youth&form=pro-bono").body()));
        String percent = anonymous.get("/goodbusy/requests?text=%25").body();
        assertEquals(0, cards(percent), "a wildcard typed is taken literally");
        assertTrue(percent.contains("Geen open hulpvragen gevonden met deze filters."));

        assertEquals(20, cards(anonymous.get("/goodbusy/requests?cause=bogus&province=Atlantis&page=abc").body()));
        assertEquals(200, anonymous.get("/goodbusy/requests?text=" + "a".repeat(3000)).status());
        assertFalse(first.body().contains("href=\"/goodbusy/requests/new\""), "anonymous visitors cannot post");
        assertTrue(fixture.signedIn("coord@linde.test").get("/goodbusy/requests").body()
                .contains("href=\"/goodbusy/requests/new\""));
    }
}
