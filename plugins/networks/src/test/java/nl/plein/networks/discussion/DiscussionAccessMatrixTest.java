package nl.plein.networks.discussion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.plein.api.Role;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.NetworksFixture;
import nl.plein.networks.space.Space;
import nl.plein.networks.space.SpaceRole;
import nl.plein.networks.space.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every discussion route, asked by each kind of visitor, in an open, a members-only and a secret space: anonymous, a
 * signed-in outsider, a guest (invited to one meeting), a platform administrator who is not in the space, a member
 * and a coordinator.
 *
 * <p>The gate's answers: a secret space does not exist for anyone outside it (404); a members-only space is "sign in
 * first" for an anonymous GET (303 to the login page) and 403 for everyone else who may not; an open space is read by
 * anyone, but only members write in it. Forms are sent empty, so a visitor who gets through sees the form's errors
 * (422) and nothing changes; the few rows that change something come last. A refused page never names the thread.
 */
class DiscussionAccessMatrixTest {

    static final String[] WHO = {"anonymous", "outsider", "guest", "administrator", "member", "coordinator"};
    static final String TITLE = "Vertrouwelijk agendapunt";

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();

    /** Who may use a route: everyone who reads the space, its members, or its coordinators. */
    enum Needs { READ, MEMBER, COORDINATOR }

    /**
     * A route as asked. {@code ok}: the answer to those allowed; {@code ownOnly}: a member's own post (the coordinator,
     * who did not write it, is refused).
     */
    record Row(String method, String path, Map<String, String> form, Needs needs, int ok, boolean ownOnly) {
    }

    @Test
    void everyRouteAnswersEachVisitorInEachKindOfSpaceAsTheGateSays() {
        NetworksFixture fixture = new NetworksFixture(plein);
        String cor = fixture.person("cor@netwerk.test", "Cor Coördinator");
        String mila = fixture.person("mila@zorgkring.test", "Mila Lid");
        String gijs = fixture.person("gijs@gast.test", "Gijs Gast");
        fixture.person("olaf@elders.test", "Olaf Buiten");
        Map<String, Browser> who = new LinkedHashMap<>();
        who.put("anonymous", fixture.anonymous());
        who.put("outsider", fixture.signedIn("olaf@elders.test"));
        who.put("guest", fixture.signedIn("gijs@gast.test"));
        who.put("administrator", fixture.withRole("ada@beheer.test", "Ada Beheer", Role.ADMINISTRATOR));
        who.put("member", fixture.signedIn("mila@zorgkring.test"));
        who.put("coordinator", fixture.signedIn("cor@netwerk.test"));

        List<String> wrong = new ArrayList<>();
        int asked = 0;
        for (Visibility visibility : Visibility.values()) {
            Space space = fixture.space("Ruimte " + visibility.code(), visibility, cor);
            fixture.join(space, mila, fixture.organisation("Zorgkring " + visibility.code(), mila), SpaceRole.MEMBER);
            fixture.guest(space, gijs, UUID.randomUUID().toString());
            String base = DiscussionScene.base(space);
            String thread = DiscussionScene.start(who.get("coordinator"), space, TITLE, "Alleen voor leden.");
            String corPost = firstPost(thread);
            Browser.Page reply = who.get("member").post(base + "/threads/" + thread + "/posts",
                    Map.of("body", "Mijn reactie."));
            String milaPost = DiscussionScene.group(DiscussionScene.POST, reply.location());
            assertEquals(303, who.get("member").post(base + "/threads/" + thread + "/posts/" + corPost + "/report",
                    Map.of("reason", "Test")).status());
            String report = plein.jdbi().withHandle(h -> h.createQuery(
                    "SELECT id FROM networks_reports WHERE space_id = :s").bind("s", space.id()).mapTo(String.class).one());

            String t = base + "/threads/" + thread;
            List<Row> rows = List.of(
                    new Row("GET", base + "/threads", Map.of(), Needs.READ, 200, false),
                    new Row("GET", t, Map.of(), Needs.READ, 200, false),
                    new Row("GET", t + "?page=2", Map.of(), Needs.READ, 200, false),
                    new Row("GET", base + "/threads/new", Map.of(), Needs.MEMBER, 200, false),
                    new Row("POST", base + "/threads", Map.of(), Needs.MEMBER, 422, false),
                    new Row("POST", t + "/posts", Map.of(), Needs.MEMBER, 422, false),
                    new Row("GET", t + "/posts/" + milaPost + "/edit", Map.of(), Needs.MEMBER, 200, true),
                    new Row("POST", t + "/posts/" + milaPost + "/edit", Map.of(), Needs.MEMBER, 422, true),
                    new Row("GET", t + "/posts/" + corPost + "/report", Map.of(), Needs.MEMBER, 200, false),
                    new Row("POST", t + "/posts/" + corPost + "/report", Map.of(), Needs.MEMBER, 422, false),
                    new Row("GET", base + "/notifications", Map.of(), Needs.MEMBER, 200, false),
                    new Row("POST", base + "/notifications", Map.of(), Needs.MEMBER, 422, false),
                    new Row("GET", base + "/reports", Map.of(), Needs.COORDINATOR, 200, false),
                    new Row("POST", t + "/follow", Map.of(), Needs.MEMBER, 303, false),
                    new Row("POST", t + "/unfollow", Map.of(), Needs.MEMBER, 303, false),
                    new Row("POST", t + "/pin", Map.of(), Needs.COORDINATOR, 303, false),
                    new Row("POST", t + "/unpin", Map.of(), Needs.COORDINATOR, 303, false),
                    new Row("POST", base + "/reports/" + report + "/handled", Map.of(), Needs.COORDINATOR, 303, false),
                    new Row("POST", t + "/posts/" + milaPost + "/delete", Map.of(), Needs.MEMBER, 303, false));
            for (Row row : rows) {
                for (String visitor : WHO) {
                    int expected = expected(row, visitor, visibility);
                    Browser browser = who.get(visitor);
                    Browser.Page page = row.method().equals("GET") ? browser.get(row.path())
                            : browser.post(row.path(), row.form());
                    asked++;
                    String at = visibility.code() + " " + row.method() + " " + row.path().substring(base.length())
                            + " as " + visitor;
                    if (page.status() != expected) wrong.add(at + ": " + page.status() + " instead of " + expected);
                    if (expected == 303 && row.method().equals("GET") && !page.location().startsWith("/login?next=")) {
                        wrong.add(at + ": not sent to sign in but to " + page.location());
                    }
                    boolean refused = expected != row.ok();
                    if (refused && page.body().contains(TITLE)) wrong.add(at + ": the refusal names the thread");
                }
            }
        }
        assertEquals(List.of(), wrong, wrong.size() + " of " + asked + " answers differ");
    }

    /** What the gate answers: 404 to those a secret space does not exist for, sign in, or 403. */
    static int expected(Row row, String visitor, Visibility visibility) {
        boolean inSpace = visitor.equals("member") || visitor.equals("coordinator") || visitor.equals("guest");
        boolean allowed = switch (row.needs()) {
            case READ -> visitor.equals("member") || visitor.equals("coordinator") || visibility == Visibility.OPEN;
            case MEMBER -> visitor.equals("member") || (visitor.equals("coordinator") && !row.ownOnly());
            case COORDINATOR -> visitor.equals("coordinator");
        };
        if (allowed) return row.ok();
        if (visibility == Visibility.SECRET && !inSpace && !visitor.equals("administrator")) return 404;
        if (visitor.equals("anonymous") && row.method().equals("GET")) return 303;
        return 403;
    }

    private String firstPost(String thread) {
        return plein.jdbi().withHandle(h -> h.createQuery(
                        "SELECT id FROM networks_posts WHERE thread_id = :t ORDER BY created_at, id LIMIT 1")
                .bind("t", thread).mapTo(String.class).one());
    }
}
