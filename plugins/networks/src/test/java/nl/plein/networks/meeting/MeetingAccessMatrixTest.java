package nl.plein.networks.meeting;

import static nl.plein.networks.meeting.MeetingFixture.meeting;
import static nl.plein.networks.meeting.MeetingFixture.meetingForm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import nl.plein.api.Role;
import nl.plein.api.SecretTokens;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.NetworksFixture;
import nl.plein.networks.space.Space;
import nl.plein.networks.space.SpaceRole;
import nl.plein.networks.space.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every route of this part, asked by each kind of visitor, in an open, a members-only and a secret space: anonymous,
 * a signed-in outsider, the guest of meeting M, a member (who owns action A), the chair, a coordinator and a platform
 * administrator who is not in the space.
 *
 * <p>404: the space does not exist for the visitor (secret, and they are not in it). 303: sign in first (an anonymous
 * GET). 403: not for you. Otherwise the route's own answer: 200 for a page; for a POST sent empty, the form's 422, or
 * 409 where the empty form is stale (the minutes' revision) or 303 where no field is needed (calling a meeting off).
 * Nothing refused ever names the meeting.
 */
class MeetingAccessMatrixTest {

    static final List<String> WHO = List.of("anonymous", "outsider", "guest", "member", "chair", "coordinator",
            "administrator");
    static final Set<String> INSIDE = Set.of("member", "chair", "coordinator");

    /** What a route asks of the visitor. */
    enum Need {
        READ((who, open) -> INSIDE.contains(who) || open),
        MEETING((who, open) -> INSIDE.contains(who) || open || who.equals("guest")),
        MEMBER((who, open) -> INSIDE.contains(who)),
        ANSWER((who, open) -> INSIDE.contains(who) || who.equals("guest")),
        RECORDS((who, open) -> who.equals("coordinator") || who.equals("chair")),
        CHAIR((who, open) -> who.equals("chair")),
        OWNER((who, open) -> who.equals("coordinator") || who.equals("member")),
        COORDINATOR((who, open) -> who.equals("coordinator"));

        final BiPredicate<String, Boolean> allows;

        Need(BiPredicate<String, Boolean> allows) {
            this.allows = allows;
        }
    }

    record Row(String method, String path, Need need, int allowed) {
    }

    static final List<Row> ROWS = List.of(
            new Row("GET", "/meetings", Need.READ, 200),
            new Row("GET", "/meetings?year=2027", Need.READ, 200),
            new Row("GET", "/meetings/new", Need.COORDINATOR, 200),
            new Row("GET", "/meetings/{m}", Need.MEETING, 200),
            new Row("GET", "/meetings/{m}/calendar.ics", Need.MEETING, 200),
            new Row("GET", "/meetings/{m}/minutes", Need.MEETING, 200),
            new Row("GET", "/meetings/{m}/edit", Need.COORDINATOR, 200),
            new Row("GET", "/meetings/{o}", Need.READ, 200),
            new Row("GET", "/meetings/{o}/calendar.ics", Need.READ, 200),
            new Row("GET", "/meetings/{o}/minutes", Need.READ, 200),
            new Row("GET", "/actions", Need.READ, 200),
            new Row("GET", "/actions?filter=mine", Need.READ, 200),
            new Row("GET", "/actions/{a}/edit", Need.RECORDS, 200),
            new Row("GET", "/decisions", Need.READ, 200),
            new Row("POST", "/meetings", Need.COORDINATOR, 422),
            new Row("POST", "/meetings/{m}/edit", Need.COORDINATOR, 422),
            new Row("POST", "/meetings/{m}/agenda", Need.MEMBER, 422),
            new Row("POST", "/meetings/{m}/agenda/{i}/status", Need.COORDINATOR, 422),
            new Row("POST", "/meetings/{m}/agenda/{i}/move", Need.COORDINATOR, 422),
            new Row("POST", "/meetings/{m}/rsvp", Need.ANSWER, 422),
            new Row("POST", "/meetings/{o}/rsvp", Need.MEMBER, 422),
            new Row("POST", "/meetings/{m}/attendance", Need.RECORDS, 422),
            new Row("POST", "/meetings/{m}/guests", Need.COORDINATOR, 422),
            new Row("POST", "/meetings/{m}/minutes", Need.RECORDS, 409),
            new Row("POST", "/meetings/{m}/minutes/comments", Need.MEMBER, 422),
            new Row("POST", "/meetings/{m}/minutes/approve", Need.CHAIR, 409),
            new Row("POST", "/actions", Need.RECORDS, 422),
            new Row("POST", "/actions/{a}/edit", Need.RECORDS, 422),
            new Row("POST", "/actions/{a}/status", Need.OWNER, 422),
            new Row("POST", "/decisions", Need.RECORDS, 422),
            new Row("POST", "/meetings/{c}/cancel", Need.COORDINATOR, 303));

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    MeetingFixture fixture = new MeetingFixture(plein);
    NetworksFixture networks = fixture.networks;

    /** One space's ids, to fill in the paths. */
    record Scene(Space space, String title, Map<String, String> ids) {
        String path(String template) {
            String path = template;
            for (var id : ids.entrySet()) path = path.replace("{" + id.getKey() + "}", id.getValue());
            return "/networks/spaces/" + space.id() + path;
        }
    }

    @Test
    void everyRouteAnswersEachKindOfVisitorInEachKindOfSpaceAsTheRulesSay() {
        String coordinator = networks.person("cora@lovz.test", "Cora Coördinator");
        String chair = networks.person("chris@lovz.test", "Chris Voorzitter");
        String member = networks.person("mila@lovz.test", "Mila Meulenbelt");
        String guest = networks.person("gijs@gast.test", "Gijs Gast");
        networks.person("otto@buiten.test", "Otto Buiten");
        Map<String, Browser> who = new LinkedHashMap<>();
        who.put("anonymous", networks.anonymous());
        who.put("outsider", networks.signedIn("otto@buiten.test"));
        who.put("guest", networks.signedIn("gijs@gast.test"));
        who.put("member", networks.signedIn("mila@lovz.test"));
        who.put("chair", networks.signedIn("chris@lovz.test"));
        who.put("coordinator", networks.signedIn("cora@lovz.test"));
        who.put("administrator", networks.withRole("admin@plein.test", "Ada Beheer", Role.ADMINISTRATOR));

        List<Scene> scenes = new ArrayList<>();
        for (Visibility visibility : Visibility.values()) {
            Space space = networks.space("Ruimte " + visibility.code(), visibility, coordinator);
            networks.join(space, chair, null, SpaceRole.CHAIR);
            networks.join(space, member, null, SpaceRole.MEMBER);
            Browser cora = who.get("coordinator");
            String title = "Vergadering-" + visibility.code() + "-M";
            String m = fixture.plan(cora, space, meetingForm(title, "2026-03-10", "14:00", "16:00"));
            String o = fixture.plan(cora, space, meetingForm("Andere-" + visibility.code(), "2026-03-12", "14:00",
                    "16:00"));
            String c = fixture.plan(cora, space, meetingForm("Af-" + visibility.code(), "2026-03-14", "14:00",
                    "16:00"));
            networks.guest(space, guest, m);
            assertEquals(303, cora.post(meeting(space, m) + "/agenda", Map.of("agendaTitle", "Opening")).status());
            assertEquals(303, cora.post(meeting(space, m) + "/minutes", Map.of("body", "Concept", "revision", "0"))
                    .status());
            assertEquals(303, cora.post("/networks/spaces/" + space.id() + "/actions", Map.of("title", "Actie",
                    "owner", member, "dueOn", "2026-03-20", "meeting", m)).status());
            String item = fixture.single("SELECT id FROM networks_agenda_items WHERE meeting_id = ?", m);
            String action = fixture.single("SELECT id FROM networks_actions WHERE space_id = ?", space.id());
            scenes.add(new Scene(space, title, Map.of("m", m, "o", o, "c", c, "i", item, "a", action)));
        }

        List<String> wrong = new ArrayList<>();
        for (Row row : ROWS) {
            for (Scene scene : scenes) {
                Visibility visibility = scene.space().visibility();
                for (String visitor : WHO) {
                    boolean knows = visibility != Visibility.SECRET || INSIDE.contains(visitor)
                            || visitor.equals("guest") || visitor.equals("administrator");
                    boolean allowed = row.need().allows.test(visitor, visibility == Visibility.OPEN);
                    int expected = !knows ? 404 : allowed ? row.allowed()
                            : visitor.equals("anonymous") && row.method().equals("GET") ? 303 : 403;
                    String path = scene.path(row.path());
                    Browser browser = who.get(visitor);
                    Browser.Page page = row.method().equals("GET") ? browser.get(path) : browser.post(path, Map.of());
                    String cell = row.method() + " " + row.path() + " [" + visibility.code() + "] as " + visitor;
                    if (page.status() != expected) wrong.add(cell + ": " + page.status() + ", expected " + expected);
                    if (!allowed && page.body().contains(scene.title())) wrong.add(cell + ": names the meeting");
                    if (expected == 303 && !allowed && !page.location().startsWith("/login?next=")) {
                        wrong.add(cell + ": redirected to " + page.location());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, String.join("\n", wrong));

        // Outside any space: the feed's page needs an account, the feed only its (secret) token.
        for (String visitor : WHO) {
            Browser browser = who.get(visitor);
            assertEquals(visitor.equals("anonymous") ? 303 : 200, browser.get("/networks/calendar").status(), visitor);
            assertEquals(404, browser.get("/networks/feed/" + SecretTokens.newToken() + ".ics").status(), visitor);
        }
        assertEquals(403, who.get("anonymous").post("/networks/calendar", Map.of()).status());
        assertTrue(fixture.count("SELECT COUNT(*) FROM networks_meetings WHERE status = 'cancelled'") == 3);
    }
}
