package nl.plein.networks.meeting;

import static nl.plein.networks.meeting.MeetingFixture.BASE_URL;
import static nl.plein.networks.meeting.MeetingFixture.meeting;
import static nl.plein.networks.meeting.MeetingFixture.meetingForm;
import static nl.plein.networks.meeting.MeetingFixture.meetings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.Mailbox;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.NetworksFixture;
import nl.plein.networks.space.Space;
import nl.plein.networks.space.SpaceRole;
import nl.plein.networks.space.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A guest, invited by a coordinator for one meeting: mailed the link, sees that meeting (its documents, its approved
 * minutes) and answers whether they come; every other meeting, and everything else of the space, stays closed.
 */
class MeetingGuestTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin(b -> b.set("PLEIN_BASE_URL", BASE_URL)
            .set("PLEIN_SMTP_HOST", "127.0.0.1").set("PLEIN_SMTP_PORT", String.valueOf(greenMail.getSmtp().getPort())));

    MeetingFixture fixture = new MeetingFixture(plein);
    NetworksFixture networks = fixture.networks;
    Mailbox mailbox = new Mailbox(greenMail);

    @Test
    void aGuestIsMailedTheLinkAndSeesOnlyTheirOwnMeeting() {
        String cora = networks.person("cora@lovz.test", "Cora Coördinator");
        String mila = networks.person("mila@lovz.test", "Mila Meulenbelt");
        networks.person("gijs@gast.test", "Gijs Gastspreker");
        Space space = networks.space("Landelijk Overleg Zorgvrijwilligers", Visibility.SECRET, cora);
        networks.join(space, mila, null, SpaceRole.MEMBER);
        Browser coordinator = networks.signedIn("cora@lovz.test");
        String voorjaar = fixture.plan(coordinator, space, meetingForm("Voorjaarsoverleg", "2026-03-10", "14:00",
                "16:00"));
        String najaar = fixture.plan(coordinator, space, meetingForm("Najaarsoverleg", "2026-10-06", "14:00",
                "16:00"));
        String guests = meeting(space, voorjaar) + "/guests";

        Browser.Page unknown = coordinator.post(guests, Map.of("guestEmail", "niemand@gast.test"));
        assertEquals(422, unknown.status());
        assertTrue(unknown.body().contains("Er is geen account met dit e-mailadres."), unknown.body());
        assertTrue(unknown.body().contains("value=\"niemand@gast.test\""));
        assertTrue(coordinator.post(guests, Map.of("guestEmail", "geen adres")).body()
                .contains("Vul een geldig e-mailadres in"));
        Browser.Page member = coordinator.post(guests, Map.of("guestEmail", "MILA@lovz.test"));
        assertEquals(422, member.status());
        assertTrue(member.body().contains("al lid van deze ruimte"));
        assertEquals("member", fixture.single("SELECT role FROM networks_members WHERE person_id = ?", mila),
                "a member is never turned into a guest");
        assertEquals(403, networks.signedIn("mila@lovz.test").post(guests, Map.of("guestEmail", "gijs@gast.test"))
                .status(), "coordinators invite");

        assertEquals(303, coordinator.post(guests, Map.of("guestEmail", " Gijs@Gast.test ")).status());
        String gijsId = networks.personId("gijs@gast.test");
        assertEquals(voorjaar, fixture.single(
                "SELECT guest_meeting_id FROM networks_members WHERE person_id = ? AND role = 'guest'", gijsId));
        assertTrue(coordinator.get(meeting(space, voorjaar)).body().contains("Gijs Gastspreker"), "the guest list");
        plein.platform().sendMail();
        Mailbox.Mail mail = mailbox.last("gijs@gast.test");
        assertEquals("Je bent uitgenodigd als gast bij een vergadering", mail.subject());
        assertTrue(mail.text().contains(
                        "„Voorjaarsoverleg” van Landelijk Overleg Zorgvrijwilligers op 10 maart 2026 14:00"),
                mail.text());
        assertEquals(meeting(space, voorjaar), mail.linkPath());
        assertFalse(mail.text().contains("Najaarsoverleg"));
        assertEquals(303, coordinator.post(guests, Map.of("guestEmail", "gijs@gast.test")).status());
        plein.platform().sendMail();
        assertEquals(1, mailbox.to("gijs@gast.test").size(), "invited once, mailed once");

        fixture.document(space, voorjaar, "Presentatie gastspreker", "members", cora);
        fixture.document(space, voorjaar, "Begroting (bestuur)", "coordinators", cora);
        Browser gijs = networks.signedIn("gijs@gast.test");
        Browser.Page own = gijs.get(meeting(space, voorjaar));
        assertEquals(200, own.status());
        assertTrue(own.body().contains("Voorjaarsoverleg"));
        assertTrue(own.body().contains("Presentatie gastspreker"));
        assertFalse(own.body().contains("Begroting (bestuur)"));
        assertFalse(own.body().contains("Najaarsoverleg"), "no link to the space's other meetings");
        assertFalse(own.body().contains("/documents/new"), "guests do not upload");
        assertEquals(200, gijs.get(meeting(space, voorjaar) + "/calendar.ics").status());
        assertEquals(303, gijs.post(meeting(space, voorjaar) + "/rsvp", Map.of("answer", "yes")).status());
        assertEquals("yes", fixture.single("SELECT answer FROM networks_rsvps WHERE person_id = ?", gijsId));
        assertFalse(gijs.get(meeting(space, voorjaar)).body().contains("Mila Meulenbelt"),
                "who else comes is for members");

        // Everything else: refused, as for anyone in the space who may not read it (the space exists for a guest).
        assertEquals(403, gijs.get(meeting(space, najaar)).status());
        assertEquals(403, gijs.get(meeting(space, najaar) + "/calendar.ics").status());
        assertEquals(403, gijs.get(meeting(space, najaar) + "/minutes").status());
        assertEquals(403, gijs.get(meeting(space, "0000-geraden")).status(), "existing or not: the same answer");
        assertEquals(403, gijs.get(meetings(space)).status());
        assertEquals(403, gijs.get("/networks/spaces/" + space.id() + "/actions").status());
        assertEquals(403, gijs.get("/networks/spaces/" + space.id() + "/decisions").status());
        assertEquals(403, gijs.post(meeting(space, najaar) + "/rsvp", Map.of("answer", "yes")).status());
        assertEquals(403, gijs.post(meeting(space, voorjaar) + "/agenda", Map.of("agendaTitle", "Mijn punt")).status());
        assertEquals(403, gijs.post(meeting(space, voorjaar) + "/minutes/comments", Map.of("comment", "Hoi")).status());

        // Draft minutes are for members; approved ones the guest reads.
        String chris = networks.person("chris@lovz.test", "Chris Voorzitter");
        networks.join(space, chris, null, SpaceRole.CHAIR);
        assertEquals(303, coordinator.post(meeting(space, voorjaar) + "/minutes",
                Map.of("body", "De gastspreker vertelde over **buurtzorg**.", "revision", "0")).status());
        Browser.Page draft = gijs.get(meeting(space, voorjaar) + "/minutes");
        assertEquals(200, draft.status());
        assertFalse(draft.body().contains("buurtzorg"));
        assertTrue(draft.body().contains("De notulen zijn nog niet vastgesteld."));
        assertEquals(303, networks.signedIn("chris@lovz.test").post(meeting(space, voorjaar) + "/minutes/approve",
                Map.of("revision", "1")).status());
        assertTrue(gijs.get(meeting(space, voorjaar) + "/minutes").body().contains("<strong>buurtzorg</strong>"));

        // Invited to the next meeting instead: the first one closes for them.
        assertEquals(303, coordinator.post(meeting(space, najaar) + "/guests", Map.of("guestEmail", "gijs@gast.test"))
                .status());
        assertEquals(200, gijs.get(meeting(space, najaar)).status());
        assertEquals(403, gijs.get(meeting(space, voorjaar)).status());
    }
}
