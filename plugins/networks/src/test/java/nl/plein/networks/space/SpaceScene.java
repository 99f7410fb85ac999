package nl.plein.networks.space;

import nl.plein.api.Role;
import nl.plein.core.testing.Browser;
import nl.plein.networks.NetworksFixture;

/**
 * The people of the space tests, one of each kind of visitor, and an open, a members-only and a secret space run by
 * the same coordinator. Everyone in a space is in all three.
 */
final class SpaceScene {

    static final String GUEST_MEETING = "01900000-0000-7000-8000-000000000042";

    final NetworksFixture fixture;
    final String coordinatorId;
    final String memberId;
    final String guestId;
    final String outsiderId;
    final String organisationId;
    final Space open;
    final Space closed;
    final Space secret;

    SpaceScene(NetworksFixture fixture) {
        this.fixture = fixture;
        coordinatorId = fixture.person("coordinator@netwerk.test", "Coby Coördinator");
        memberId = fixture.person("lid@netwerk.test", "Lotte Lid");
        guestId = fixture.person("gast@netwerk.test", "Gijs Gast");
        outsiderId = fixture.person("buiten@netwerk.test", "Bas Buitenstaander");
        organisationId = fixture.organisation("Stichting Zorgzaam", memberId);
        open = fixture.space("Open Kring", Visibility.OPEN, coordinatorId);
        closed = fixture.space("Besloten Beraad", Visibility.MEMBERS, coordinatorId);
        secret = fixture.space("Geheime Groep", Visibility.SECRET, coordinatorId);
        for (Space space : new Space[] {open, closed, secret}) {
            fixture.join(space, memberId, organisationId, SpaceRole.MEMBER);
            fixture.guest(space, guestId, GUEST_MEETING);
        }
    }

    Browser coordinator() {
        return fixture.signedIn("coordinator@netwerk.test");
    }

    Browser member() {
        return fixture.signedIn("lid@netwerk.test");
    }

    Browser guest() {
        return fixture.signedIn("gast@netwerk.test");
    }

    Browser outsider() {
        return fixture.signedIn("buiten@netwerk.test");
    }

    Browser administrator() {
        return fixture.withRole("beheer@netwerk.test", "Bea Beheerder", Role.ADMINISTRATOR);
    }

    static String front(Space space) {
        return "/networks/spaces/" + space.id();
    }
}
