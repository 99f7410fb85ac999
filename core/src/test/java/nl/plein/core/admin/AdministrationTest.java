package nl.plein.core.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import nl.plein.api.Role;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.TestPlein;
import nl.plein.core.testing.TestPlugins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An administrator finds people, grants a plugin's role, blocks an account and reads the audit log and outbox. */
class AdministrationTest {

    static final String PASSWORD = "beheer-wachtwoord-lang";
    @TempDir
    Path plugins;
    TestPlein plein;
    Browser admin;
    String lotteId;

    @BeforeEach
    void start() {
        TestPlugins.greeter().writeTo(plugins);
        plein = TestPlein.with().pluginsDir(plugins).start();
        var people = plein.plein().people();
        people.grant(people.create("beheer@plein.test", "Bea Beheer", PASSWORD, "nl").id(), Role.ADMINISTRATOR);
        lotteId = people.create("lotte@plein.test", "Lotte Lid", PASSWORD, "nl").id();
        admin = plein.browser();
        admin.signIn("beheer@plein.test", PASSWORD);
    }

    @AfterEach
    void stop() {
        plein.close();
    }

    @Test
    void grantingAPluginRoleOpensItsRoutesAndIsAudited() {
        Browser lotte = plein.browser();
        lotte.signIn("lotte@plein.test", PASSWORD);
        assertEquals(403, lotte.get("/greeter/secret").status());

        Browser.Page list = admin.get("/admin/people?q=lotte");
        assertTrue(list.body().contains("<a href=\"/admin/people/" + lotteId + "\">Lotte Lid</a>"), list.body());
        Browser.Page person = admin.get("/admin/people/" + lotteId);
        assertTrue(person.body().contains("value=\"greeter.keeper\""));
        assertTrue(person.body().contains("Hoeder van het geheim"), "the role's label from the plugin's bundle");

        admin.post("/admin/people/" + lotteId + "/roles", Map.of("role", "greeter.keeper"));
        assertEquals(200, lotte.get("/greeter/secret").status());
        assertTrue(admin.get("/admin/audit").body().contains("role.granted"));

        admin.post("/admin/people/" + lotteId + "/roles", Map.of());
        assertEquals(403, lotte.get("/greeter/secret").status());
        assertTrue(admin.get("/admin/audit").body().contains("role.revoked"));
    }

    @Test
    void blockingSignsThePersonOutAndKeepsThemOut() {
        Browser lotte = plein.browser();
        lotte.signIn("lotte@plein.test", PASSWORD);
        admin.post("/admin/people/" + lotteId + "/block", Map.of());
        assertEquals(303, lotte.get("/account").status());
        assertEquals(403, plein.browser().post("/login", Map.of("email", "lotte@plein.test", "password", PASSWORD)).status());
        admin.post("/admin/people/" + lotteId + "/unblock", Map.of());
        plein.browser().signIn("lotte@plein.test", PASSWORD);
        assertTrue(admin.get("/admin/audit").body().contains("person.blocked"));
    }

    @Test
    void administratorCannotLockThemselvesOut() {
        String beaId = plein.plein().people().byEmail("beheer@plein.test").orElseThrow().id();
        admin.post("/admin/people/" + beaId + "/roles", Map.of());
        admin.post("/admin/people/" + beaId + "/block", Map.of());
        assertEquals(200, admin.get("/admin").status());
    }

    @Test
    void longListsArePagedAndTheAuditLogNamesPeople() {
        for (int i = 0; i < 60; i++) {
            plein.plein().people().create("persoon" + i + "@plein.test", "Persoon " + i, PASSWORD, "nl");
            plein.jdbi().useHandle(h -> h.execute("INSERT INTO plein_organisations (id, name, kind, created_at) "
                    + "VALUES ('org-" + System.nanoTime() + "', 'Organisatie', 'other', 0)"));
        }
        for (int i = 0; i < 55; i++) admin.post("/admin/people/" + lotteId + "/block", Map.of());
        for (String path : new String[] {"/admin/people?page=2", "/admin/organisations?page=2", "/organisations?page=2",
                "/admin/audit?page=2", "/organisations?q=organ&page=3"}) {
            Browser.Page page = admin.get(path);
            assertEquals(200, page.status(), path);
            assertTrue(page.body().contains("Vorige pagina"), path);
        }
        String audit = admin.get("/admin/audit").body();
        assertTrue(audit.contains(">Bea Beheer</a>") && audit.contains(">Lotte Lid</a>"), audit);
    }

    @Test
    void withoutSmtpMailIsHeldAndShownOnTheOutboxPage() {
        plein.browser().post("/account/forgot", Map.of("email", "lotte@plein.test"));
        Browser.Page outbox = admin.get("/admin/outbox");
        assertEquals(200, outbox.status());
        assertTrue(outbox.body().contains("lotte@plein.test"));
        assertTrue(outbox.body().contains("Een nieuw wachtwoord voor Plein"));
        String id = plein.jdbi().withHandle(h -> h.createQuery("SELECT id FROM plein_outbox").mapTo(String.class).one());
        Browser.Page message = admin.get("/admin/outbox/" + id);
        assertTrue(message.body().contains("/account/reset/"), "the link can be followed from the outbox in a demo");
        assertEquals(0, plein.plein().sendMail(), "held mail is never sent");
    }
}
