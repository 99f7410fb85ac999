package nl.plein.networks.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A demo shows a members-only network with a year of meetings, a programme with trajectories across the provinces, an
 * open and a secret space, and an outsider who sees none of what is inside.
 */
@OnBothDatabases
class NetworksDemoDataTest {

    private static final String DEMO_PASSWORD = "plein-demo-2026";

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin(s -> s.set("PLEIN_DEMO", "true"));

    @Test
    void theDemoHasANetworkWithAYearOfMeetingsAProgrammeAndAnOutsiderWhoSeesNothingInside() {
        ContentRows rows = new ContentRows(plein);
        assertEquals(4, rows.count("SELECT COUNT(*) FROM networks_spaces"));
        String network = rows.single("SELECT id FROM networks_spaces WHERE name = 'Landelijk Netwerk Zorgvrijwilligers' "
                + "AND visibility = 'members' AND kind = 'network'");
        assertEquals(12, rows.count("SELECT COUNT(*) FROM networks_organisations WHERE space_id = ?", network));
        assertEquals(13, rows.count("SELECT COUNT(*) FROM networks_members WHERE space_id = ? AND role <> 'guest'", network));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM networks_members WHERE space_id = ? AND role = 'guest'", network));
        assertEquals(4, rows.count("SELECT COUNT(*) FROM networks_meetings WHERE space_id = ?", network));
        long now = plein.clock().millis();
        assertEquals(2, rows.count("SELECT COUNT(*) FROM networks_meetings m JOIN networks_minutes n ON n.meeting_id = m.id "
                + "WHERE m.space_id = ? AND m.ends_at < ? AND n.status = 'approved'", network, now));
        assertTrue(rows.count("SELECT COUNT(*) FROM networks_rsvps r JOIN networks_meetings m ON m.id = r.meeting_id "
                + "WHERE m.ends_at < ? AND r.attended = ?", now, true) > 15, "attendance of the past meetings");
        String coming = rows.single("SELECT id FROM networks_meetings WHERE space_id = ? AND starts_at > ? "
                + "ORDER BY starts_at LIMIT 1", network, now);
        assertTrue(rows.count("SELECT COUNT(*) FROM networks_agenda_items WHERE meeting_id = ?", coming) >= 3);
        assertEquals(1, rows.count("SELECT COUNT(*) FROM networks_agenda_items WHERE meeting_id = ? AND status = 'proposed'",
                coming));
        assertTrue(rows.count("SELECT COUNT(*) FROM networks_rsvps WHERE meeting_id = ? AND attended IS NULL", coming) > 5);
        assertTrue(rows.count("SELECT COUNT(*) FROM networks_actions WHERE space_id = ? AND status = 'open'", network) >= 2);
        assertTrue(rows.count("SELECT COUNT(*) FROM networks_actions WHERE space_id = ? AND status = 'done'", network) >= 2);
        assertTrue(rows.count("SELECT COUNT(*) FROM networks_decisions WHERE space_id = ?", network) >= 3);
        assertEquals(3, rows.count("SELECT COUNT(*) FROM networks_folders WHERE space_id = ?", network));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM networks_documents WHERE space_id = ? AND version = 2", network));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM networks_documents WHERE space_id = ? AND access = 'coordinators'",
                network));
        // Every version's file is stored by core.
        assertEquals(rows.count("SELECT COUNT(*) FROM networks_document_versions"), rows.count(
                "SELECT COUNT(*) FROM networks_document_versions v JOIN plein_uploads u ON u.id = v.upload_id"));
        assertTrue(rows.count("SELECT COUNT(*) FROM networks_threads WHERE space_id = ? AND pinned = ?", network, true) >= 1);
        assertTrue(rows.count("SELECT COUNT(*) FROM networks_posts WHERE space_id = ?", network) >= 9);

        String programme = rows.single("SELECT id FROM networks_spaces WHERE kind = 'programme'");
        assertEquals(20, rows.count("SELECT COUNT(*) FROM networks_trajectories WHERE space_id = ?", programme));
        assertTrue(rows.count("SELECT COUNT(DISTINCT province) FROM networks_trajectories") >= 10);
        assertEquals(4, rows.count("SELECT COUNT(DISTINCT status) FROM networks_trajectories"));
        assertTrue(rows.count("SELECT COUNT(*) FROM networks_monitoring_notes") >= 20);
        assertEquals(1, rows.count("SELECT COUNT(*) FROM networks_spaces WHERE visibility = 'open'"));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM networks_spaces WHERE visibility = 'secret'"));
        assertEquals(0, rows.count("SELECT COUNT(*) FROM networks_members m JOIN plein_people p ON p.id = m.person_id "
                + "WHERE p.email = 'networks-outsider@demo.plein.nl'"));
        assertEquals(4, rows.count("SELECT COUNT(*) FROM networks_members m JOIN plein_people p ON p.id = m.person_id "
                + "WHERE p.email = 'networks-coordinator@demo.plein.nl' AND m.role = 'coordinator'"));

        // The officer sees the programme's overview and keeps their own trajectories up to date.
        Browser officer = signedIn("networks-officer@demo.plein.nl");
        String overview = officer.get("/networks/spaces/" + programme + "/trajectories").body();
        assertTrue(overview.contains("<tfoot><tr><th scope=\"row\">Totaal</th><td>4</td><td>10</td><td>4</td><td>2</td><td>20</td></tr></tfoot>"),
                overview);
        String own = rows.single("SELECT t.id FROM networks_trajectories t JOIN plein_people p ON p.id = t.officer_id "
                + "WHERE p.email = 'networks-officer@demo.plein.nl' AND t.municipality = 'Lindeburg'");
        assertEquals(200, officer.get("/networks/spaces/" + programme + "/trajectories/" + own + "/edit").status());

        Browser member = signedIn("networks-member@demo.plein.nl");
        String home = member.get("/").body();
        assertTrue(home.contains(">Landelijk Netwerk Zorgvrijwilligers</a>"));
        assertTrue(home.contains("wijzigingen sinds je laatste bezoek"), "news since the member's last visit");
        assertTrue(member.get("/search?q=netwerkoverleg").body().contains("Netwerkoverleg: werven en behouden"));
        assertFalse(member.get("/search?q=begroting").body().contains("Begroting netwerksecretariaat"),
                "for coordinators only");
        assertTrue(signedIn("networks-guest@demo.plein.nl").get("/").body().contains("Gast bij één vergadering"));

        Browser outsider = signedIn("networks-outsider@demo.plein.nl");
        assertTrue(outsider.get("/").body().contains("Je bent nog in geen enkele netwerkruimte"));
        for (String q : new String[] {"netwerkoverleg", "manifest", "lindeburg", "samengaan", "werving"}) {
            String found = outsider.get("/search?q=" + q).body();
            assertFalse(found.contains("/networks/spaces/"), "nothing of a closed space for an outsider: " + q);
        }
        assertTrue(outsider.get("/search?q=inwerken").body().contains("Checklist inwerken nieuwe vrijwilligers"),
                "the open space is found by anyone");
        assertEquals(403, outsider.get("/networks/spaces/" + programme + "/trajectories").status());

        // Loaded once: a restart in demo mode adds nothing.
        int posts = rows.count("SELECT COUNT(*) FROM networks_posts");
        plein.testPlein().restart();
        rows = new ContentRows(plein);
        assertEquals(4, rows.count("SELECT COUNT(*) FROM networks_spaces"));
        assertEquals(20, rows.count("SELECT COUNT(*) FROM networks_trajectories"));
        assertEquals(posts, rows.count("SELECT COUNT(*) FROM networks_posts"));
        assertEquals(18, rows.count("SELECT COUNT(*) FROM plein_organisations WHERE name <> 'Vrijwilligerscentrale Lindeburg'"),
                "twelve network members and six more programme partners, made once");
    }

    private Browser signedIn(String email) {
        Browser browser = plein.browser();
        browser.signIn(email, DEMO_PASSWORD);
        return browser;
    }

    @Test
    void everyPageOfTheDemoOpensForEveryDemoAccountWithoutAServerErrorAndEveryActivityLinkWorks() {
        NetworksDemoWalk walk = new NetworksDemoWalk(plein.jdbi());
        List<String> paths = walk.paths();
        Map<String, Browser> accounts = new LinkedHashMap<>();
        for (String who : new String[] {"coordinator", "member", "chair", "officer", "guest", "outsider", "kees",
                "anton"}) {
            accounts.put(who, signedIn("networks-" + who + "@demo.plein.nl"));
        }
        accounts.put("administrator", signedIn("beheerder@demo.plein.nl"));
        accounts.put("anonymous", plein.browser());
        // What changed since the last visit (before the walk below marks every space visited): every line leads
        // somewhere the reader may go.
        for (String who : new String[] {"coordinator", "member", "chair", "officer", "anton"}) {
            walk.assertActivityLinksOpen(accounts.get(who), who, who.equals("member") || who.equals("anton"));
        }
        // The guest of the coming meeting opens its documents and their files through the documents part — and no
        // other document of the space.
        ContentRows rows = new ContentRows(plein);
        Browser guest = accounts.get("guest");
        String guestMeeting = rows.single("SELECT m.guest_meeting_id FROM networks_members m JOIN plein_people p "
                + "ON p.id = m.person_id WHERE p.email = 'networks-guest@demo.plein.nl'");
        String space = rows.single("SELECT space_id FROM networks_meetings WHERE id = ?", guestMeeting);
        String ownDocument = rows.single("SELECT id FROM networks_documents WHERE meeting_id = ?", guestMeeting);
        String meetingPage = guest.get("/networks/spaces/" + space + "/meetings/" + guestMeeting).body();
        assertTrue(meetingPage.contains("Voorstel telmethode vrijwilligersuren"), meetingPage);
        assertTrue(meetingPage.contains("/documents/" + ownDocument + "/file\""), "with the link to its file");
        Browser.Page documentPage = guest.get("/networks/spaces/" + space + "/documents/" + ownDocument);
        assertEquals(200, documentPage.status());
        assertFalse(documentPage.body().contains("Merel Meedenker"), "who uploaded it is for the members");
        assertTrue(accounts.get("chair").get("/networks/spaces/" + space + "/documents/" + ownDocument).body()
                .contains("Merel Meedenker"));
        Browser.Page file = guest.get("/networks/spaces/" + space + "/documents/" + ownDocument + "/file");
        assertEquals(200, file.status());
        assertTrue(file.body().contains("Voorstel telmethode"));
        for (String other : new String[] {"Notitie impact optellen", "Jaarplanning netwerkoverleg",
                "Begroting netwerksecretariaat"}) {
            String id = rows.single("SELECT id FROM networks_documents WHERE title = ?", other);
            assertEquals(403, guest.get("/networks/spaces/" + space + "/documents/" + id).status(), other);
            assertEquals(403, guest.get("/networks/spaces/" + space + "/documents/" + id + "/file").status(), other);
        }
        assertEquals(403, guest.get("/networks/spaces/" + space + "/documents").status(), "no list for a guest");

        Map<String, List<String>> failures = new LinkedHashMap<>();
        accounts.forEach((who, browser) -> {
            List<String> failed = walk.serverErrors(browser, paths);
            if (!failed.isEmpty()) failures.put(who, failed);
        });
        assertTrue(failures.isEmpty(), "server errors:\n" + NetworksDemoWalk.list(failures));

    }

    @Test
    void noOddLinkOrOddFormInputGivesAServerError() {
        NetworksDemoWalk walk = new NetworksDemoWalk(plein.jdbi());
        List<String> links = walk.oddLinks();
        List<String> posts = walk.formPosts();
        Map<String, List<String>> failures = new LinkedHashMap<>();
        for (String who : new String[] {"member", "chair", "guest", "outsider", "coordinator"}) {
            Browser browser = signedIn("networks-" + who + "@demo.plein.nl");
            List<String> failed = new java.util.ArrayList<>(walk.serverErrors(browser, links));
            // Forms: those who get past the doors, and an outsider (asking to join); the guest is refused before any
            // field is read.
            if (!who.equals("guest") && !who.equals("chair")) failed.addAll(walk.serverErrorsOnPost(browser, posts));
            if (!failed.isEmpty()) failures.put(who, failed);
        }
        List<String> anonymous = walk.serverErrors(plein.browser(), links);
        if (!anonymous.isEmpty()) failures.put("anonymous", anonymous);
        assertTrue(failures.isEmpty(), "server errors:\n" + NetworksDemoWalk.list(failures));
    }
}
