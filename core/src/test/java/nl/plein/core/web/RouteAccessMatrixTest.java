package nl.plein.core.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plein.api.Role;
import nl.plein.core.organisation.Membership;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.TestPlein;
import nl.plein.core.testing.TestPlugins;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every core route, asked by every kind of visitor: anonymous, a member, an organisation's administrator, the
 * holder of a plugin's role, and a platform administrator. 303 means "sent to sign in" (or, for sign-in pages,
 * "already signed in"); 403 refused; 401 needs a token.
 */
class RouteAccessMatrixTest {

    static final String PASSWORD = "matrix-wachtwoord-lang";
    static final String[] WHO = {"anonymous", "member", "org-admin", "plugin-role", "administrator"};

    @TempDir
    static Path plugins;
    static TestPlein plein;
    static Map<String, Browser> browsers = new LinkedHashMap<>();
    static String organisation;

    @BeforeAll
    static void start() {
        TestPlugins.greeter().writeTo(plugins);
        plein = TestPlein.with().pluginsDir(plugins).start();
        var people = plein.plein().people();
        people.create("lid@plein.test", "Lid", PASSWORD, "nl");
        var orgAdmin = people.create("org@plein.test", "Org Beheerder", PASSWORD, "nl");
        people.grant(people.create("rol@plein.test", "Rolhouder", PASSWORD, "nl").id(), "greeter.keeper");
        people.grant(people.create("beheer@plein.test", "Platformbeheerder", PASSWORD, "nl").id(), Role.ADMINISTRATOR);
        organisation = plein.jdbi().withHandle(h -> {
            h.execute("INSERT INTO plein_organisations (id, name, kind, created_at) VALUES ('org-1', 'Matrix', 'other', 0)");
            return "org-1";
        });
        plein.jdbi().useHandle(h -> h.createUpdate("INSERT INTO plein_memberships (organisation_id, person_id, role, "
                + "joined_at) VALUES ('org-1', :p, :role, 0)").bind("p", orgAdmin.id()).bind("role", Membership.ADMIN).execute());

        browsers.put("anonymous", plein.browser());
        String[] emails = {"lid@plein.test", "org@plein.test", "rol@plein.test", "beheer@plein.test"};
        for (int i = 0; i < emails.length; i++) {
            Browser browser = plein.browser();
            browser.signIn(emails[i], PASSWORD);
            browsers.put(WHO[i + 1], browser);
        }
    }

    @AfterAll
    static void stop() {
        plein.close();
    }

    @Test
    void everyCoreRouteAnswersEachVisitorAsDeclared() {
        Map<String, int[]> gets = new LinkedHashMap<>();
        //                                      anonymous member org-admin plugin-role administrator
        gets.put("/",                               new int[] {200, 200, 200, 200, 200});
        gets.put("/search?q=plein",                 new int[] {200, 200, 200, 200, 200});
        gets.put("/health",                         new int[] {200, 200, 200, 200, 200});
        gets.put("/metrics",                        new int[] {401, 401, 401, 401, 200});
        gets.put("/organisations",                  new int[] {200, 200, 200, 200, 200});
        gets.put("/organisations/org-1",            new int[] {200, 200, 200, 200, 200});
        gets.put("/login",                          new int[] {200, 303, 303, 303, 303});
        gets.put("/register",                       new int[] {200, 303, 303, 303, 303});
        gets.put("/account/forgot",                 new int[] {200, 200, 200, 200, 200});
        gets.put("/dashboard",                      new int[] {303, 200, 200, 200, 200});
        gets.put("/account",                        new int[] {303, 200, 200, 200, 200});
        gets.put("/account/password",               new int[] {303, 200, 200, 200, 200});
        gets.put("/account/email",                  new int[] {303, 200, 200, 200, 200});
        gets.put("/account/privacy",                new int[] {303, 200, 200, 200, 200});
        gets.put("/account/export",                 new int[] {303, 200, 200, 200, 200});
        gets.put("/organisations/new",              new int[] {303, 200, 200, 200, 200});
        gets.put("/organisations/org-1/edit",       new int[] {303, 403, 200, 403, 200});
        gets.put("/organisations/org-1/members",    new int[] {303, 403, 200, 403, 200});
        gets.put("/greeter/secret",                 new int[] {303, 403, 403, 200, 200});
        gets.put("/admin",                          new int[] {303, 403, 403, 403, 200});
        gets.put("/admin/plugins",                  new int[] {303, 403, 403, 403, 200});
        gets.put("/admin/people",                   new int[] {303, 403, 403, 403, 200});
        gets.put("/admin/organisations",            new int[] {303, 403, 403, 403, 200});
        gets.put("/admin/audit",                    new int[] {303, 403, 403, 403, 200});
        gets.put("/admin/outbox",                   new int[] {303, 403, 403, 403, 200});
        gets.put("/admin/jobs",                     new int[] {303, 403, 403, 403, 200});
        gets.put("/admin/jobs?status=failed",       new int[] {303, 403, 403, 403, 200});
        gets.put("/admin/jobs/nobody",              new int[] {303, 403, 403, 403, 404});

        Map<String, int[]> posts = new LinkedHashMap<>();
        posts.put("/logout",                        new int[] {403, 303, 303, 303, 303});
        posts.put("/organisations/org-1/edit",      new int[] {403, 403, 422, 403, 422});
        posts.put("/organisations/org-1/invitations", new int[] {403, 403, 422, 403, 422});
        posts.put("/admin/people/nobody/block",     new int[] {403, 403, 403, 403, 404});
        posts.put("/admin/people/nobody/roles",     new int[] {403, 403, 403, 403, 404});
        posts.put("/admin/jobs/nobody/run",         new int[] {403, 403, 403, 403, 404});
        posts.put("/greeter/echo",                  new int[] {403, 200, 200, 200, 200});

        List<String> wrong = new ArrayList<>();
        gets.forEach((path, expected) -> check("GET", path, expected, wrong));
        // Logout last: it ends the sessions the other rows need.
        posts.forEach((path, expected) -> { if (!path.equals("/logout")) check("POST", path, expected, wrong); });
        check("POST", "/logout", posts.get("/logout"), wrong);
        assertEquals(List.of(), wrong);
    }

    private static void check(String method, String path, int[] expected, List<String> wrong) {
        for (int i = 0; i < WHO.length; i++) {
            Browser browser = browsers.get(WHO[i]);
            int status = method.equals("GET") ? browser.get(path).status() : browser.post(path, Map.of()).status();
            if (status != expected[i]) wrong.add(method + " " + path + " as " + WHO[i] + ": " + status + ", expected " + expected[i]);
        }
    }
}
