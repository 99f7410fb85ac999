package nl.plein.core.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.Mailbox;
import nl.plein.core.testing.TestPlein;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import nl.plein.core.testing.OnBothDatabases;

/** A coordinator creates her organisation, invites a colleague, and they manage it together. */
@OnBothDatabases
class OrganisationsTest {

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    static final String PASSWORD = "organisatie-wachtwoord";
    TestPlein plein;
    Mailbox mailbox;

    @BeforeEach
    void start() {
        plein = TestPlein.with().set("PLEIN_SMTP_HOST", "127.0.0.1")
                .set("PLEIN_SMTP_PORT", String.valueOf(greenMail.getSmtp().getPort())).start();
        mailbox = new Mailbox(greenMail);
        plein.plein().people().create("ilse@plein.test", "Ilse de Coördinator", PASSWORD, "nl");
        plein.plein().people().create("wim@plein.test", "Wim Collega", PASSWORD, "nl");
        plein.plein().people().create("buiten@plein.test", "Bo Buitenstaander", PASSWORD, "nl");
    }

    @AfterEach
    void stop() {
        plein.close();
    }

    private String createOrganisation(Browser browser) {
        Browser.Page created = browser.post("/organisations", Map.of("name", "Buurtkracht Lindeburg",
                "kind", "volunteer-organisation", "municipality", "Lindeburg", "province", "Gelderland",
                "website", "https://buurtkracht.example", "description", "Buren helpen buren."));
        assertEquals(303, created.status());
        return created.location().substring("/organisations/".length());
    }

    @Test
    void createInviteAcceptAndManageMembers() {
        Browser ilse = plein.browser();
        ilse.signIn("ilse@plein.test", PASSWORD);
        String id = createOrganisation(ilse);
        assertTrue(ilse.get("/organisations/" + id).body().contains("Buurtkracht Lindeburg"));
        assertTrue(plein.browser().get("/organisations?q=lindeburg").body().contains("Buurtkracht Lindeburg"));

        ilse.post("/organisations/" + id + "/invitations", Map.of("email", "wim@plein.test", "role", "member"));
        plein.plein().sendMail();
        Mailbox.Mail invitation = mailbox.last("wim@plein.test");
        assertEquals("Uitnodiging voor Buurtkracht Lindeburg op Plein", invitation.subject());

        Browser.Page signedOut = plein.browser().get(invitation.linkPath());
        assertEquals(200, signedOut.status());
        assertTrue(signedOut.body().contains("/login?next=%2Finvitations%2F"), "asks to sign in first and comes back");

        Browser bo = plein.browser();
        bo.signIn("buiten@plein.test", PASSWORD);
        assertEquals(403, bo.post(invitation.linkPath(), Map.of()).status(), "the link is for Wim's address only");

        Browser wim = plein.browser();
        wim.signIn("wim@plein.test", PASSWORD);
        assertTrue(wim.get(invitation.linkPath()).body().contains("Je bent uitgenodigd om lid te worden van Buurtkracht Lindeburg."));
        assertEquals("/organisations/" + id, wim.post(invitation.linkPath(), Map.of()).location());
        assertTrue(wim.get("/account").body().contains("Buurtkracht Lindeburg</a> — Lid"));
        assertEquals(404, wim.get(invitation.linkPath()).status(), "used");

        assertEquals(403, wim.get("/organisations/" + id + "/members").status(), "members do not manage");
        assertEquals(403, wim.post("/organisations/" + id + "/edit", Map.of("name", "Overgenomen", "kind", "other")).status());
        String wimId = plein.plein().people().byEmail("wim@plein.test").orElseThrow().id();
        ilse.post("/organisations/" + id + "/members/" + wimId + "/role", Map.of("role", "admin"));
        assertEquals(200, wim.get("/organisations/" + id + "/members").status(), "now an administrator");
    }

    @Test
    void membersAreShownOnlyToMembers() {
        Browser ilse = plein.browser();
        ilse.signIn("ilse@plein.test", PASSWORD);
        String id = createOrganisation(ilse);
        assertTrue(ilse.get("/organisations/" + id).body().contains("Ilse de Coördinator"));
        assertFalse(plein.browser().get("/organisations/" + id).body().contains("Ilse de Coördinator"));
        Browser bo = plein.browser();
        bo.signIn("buiten@plein.test", PASSWORD);
        assertFalse(bo.get("/organisations/" + id).body().contains("Ilse de Coördinator"));
    }

    @Test
    void lastAdministratorCannotLeaveOrBeDemoted() {
        Browser ilse = plein.browser();
        ilse.signIn("ilse@plein.test", PASSWORD);
        String id = createOrganisation(ilse);
        assertEquals(409, ilse.post("/organisations/" + id + "/leave", Map.of()).status());
        String ilseId = plein.plein().people().byEmail("ilse@plein.test").orElseThrow().id();
        Browser.Page demoted = ilse.post("/organisations/" + id + "/members/" + ilseId + "/role", Map.of("role", "member"));
        assertTrue(demoted.location().endsWith("done=last-admin"));
        assertTrue(ilse.get(demoted.location()).body().contains("altijd minstens één beheerder"));
    }

    @Test
    void badOrganisationFormKeepsWhatWasTyped() {
        Browser ilse = plein.browser();
        ilse.signIn("ilse@plein.test", PASSWORD);
        Browser.Page page = ilse.post("/organisations", Map.of("name", "", "kind", "sekte", "municipality", "Lindeburg",
                "province", "Atlantis", "website", "javascript:alert(1)", "description", "<script>x</script>"));
        assertEquals(422, page.status());
        assertTrue(page.body().contains("Vul de naam van de organisatie in."));
        assertTrue(page.body().contains("Kies de soort organisatie."));
        assertTrue(page.body().contains("Kies een provincie uit de lijst."));
        assertTrue(page.body().contains("Vul een volledig webadres in"));
        assertTrue(page.body().contains("value=\"Lindeburg\""));
        assertTrue(page.body().contains("&lt;script&gt;x&lt;/script&gt;</textarea>"));
        assertEquals(404, plein.browser().get("/organisations/bestaat-niet").status());
    }
}
