package nl.plein.goodbusy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import nl.plein.goodbusy.matching.Facts;
import nl.plein.goodbusy.matching.Scorer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@OnBothDatabases
class GoodBusySmokeTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();
    final GoodBusyFixture fixture = new GoodBusyFixture(plein);

    @Test
    void theSchemaHoldsARequestAndAnOfferThatFit() {
        String coordinator = fixture.person("coordinator@goodbusy.test", "Coördinator");
        String organisation = fixture.socialOrganisation("Buurthuis De Linde", "Utrecht", "Utrecht", coordinator);
        String company = fixture.company("Bouwbedrijf Vastgoed", fixture.person("csr@goodbusy.test", "MVO"));
        var request = fixture.request(organisation, GoodBusyFixture.requestDraft("Tuindag"));
        var offer = fixture.offer(company, GoodBusyFixture.offerDraft("Teamdag"));

        assertEquals(request, fixture.requests().find(request.id()).orElseThrow());
        assertEquals(offer, fixture.offers().find(offer.id()).orElseThrow());
        var score = Scorer.score(Facts.of(request, null), Facts.of(offer));
        assertTrue(score.passes());
        assertEquals(100, score.score());
    }
}
