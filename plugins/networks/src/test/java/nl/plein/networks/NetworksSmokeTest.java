package nl.plein.networks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Set;
import nl.plein.api.Visitor;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.space.SpaceRole;
import nl.plein.networks.space.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

@OnBothDatabases
class NetworksSmokeTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();
    final NetworksFixture fixture = new NetworksFixture(plein);

    @Test
    void aSecretSpaceExistsOnlyForThoseInItAndARemovedMemberLosesItAtOnce() {
        String coordinator = fixture.person("coordinator@netwerk.test", "Coördinator");
        String member = fixture.person("lid@netwerk.test", "Lid");
        var space = fixture.space("Kring", Visibility.SECRET, coordinator);
        fixture.join(space, member, fixture.organisation("Zorgvrijwilligers", member), SpaceRole.MEMBER);

        Visitor outsider = new Visitor(fixture.person("buiten@netwerk.test", "Buiten"), "Buiten", Locale.ROOT,
                Set.of(), Set.of());
        Visitor insider = new Visitor(member, "Lid", Locale.ROOT, Set.of(), Set.of());
        assertTrue(fixture.spaces().standing(outsider, space.id()).isEmpty());
        assertTrue(fixture.spaces().standing(insider, space.id()).orElseThrow().mayRead());
        assertEquals(1, fixture.spaces().organisations(space.id()).size());

        fixture.spaces().remove(space.id(), member);
        assertTrue(fixture.spaces().standing(insider, space.id()).isEmpty());
        assertFalse(fixture.spaces().listed(insider).contains(space));
    }
}
