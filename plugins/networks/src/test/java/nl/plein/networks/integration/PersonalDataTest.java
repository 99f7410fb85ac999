package nl.plein.networks.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.UUID;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.NetworksFixture;
import nl.plein.networks.space.Space;
import nl.plein.networks.space.SpaceRole;
import nl.plein.networks.space.Visibility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Download my data" holds what is Ann's in the networks — and nothing of Bob, who answered in her thread; deleting
 * her account takes her out of every space, erases her own words and leaves the group's record without her name.
 */
@OnBothDatabases
class PersonalDataTest {

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();
    final NetworksFixture fixture = new NetworksFixture(plein);

    String annId;
    String bobId;
    Space space;
    Space other;
    String annThread;
    String annPost;
    String bobPost;
    String meeting;
    String document;
    String trajectory;
    ContentRows rows;

    @BeforeEach
    void annAndBobWorkTogetherInAProgramme() {
        String coordinatorId = fixture.person("coordinator@netwerk.test", "Cora Coördinator");
        annId = fixture.person("ann@netwerk.test", "Ann Aandacht");
        bobId = fixture.person("bob@netwerk.test", "Bob Bijstand");
        space = fixture.programme("Kring van Ann en Bob", Visibility.MEMBERS, coordinatorId);
        other = fixture.space("Een ander netwerk", Visibility.MEMBERS, coordinatorId);
        String annOrganisation = fixture.organisation("Stichting van Ann", annId);
        fixture.join(space, annId, annOrganisation, SpaceRole.MEMBER);
        fixture.join(space, bobId, fixture.organisation("Stichting van Bob", bobId), SpaceRole.MEMBER);
        rows = new ContentRows(plein);
        annThread = rows.thread(space.id(), annId, "Anns vraag over werving");
        annPost = rows.post(space.id(), annThread, annId, "Ann schreef deze vraag");
        bobPost = rows.post(space.id(), annThread, bobId, "Bob antwoordde met zijn eigen verhaal");
        String bobThread = rows.thread(space.id(), bobId, "Bobs eigen draad");
        rows.post(space.id(), bobThread, bobId, "Bob begon hier");
        rows.execute("INSERT INTO networks_follows (thread_id, person_id) VALUES (?, ?)", annThread, annId);
        rows.execute("INSERT INTO networks_follows (thread_id, person_id) VALUES (?, ?)", annThread, bobId);
        rows.execute("INSERT INTO networks_notification_settings (space_id, person_id, mode) VALUES (?, ?, 'digest')",
                space.id(), annId);
        rows.execute("INSERT INTO networks_reports (id, post_id, space_id, reporter_id, reason, created_at) "
                + "VALUES (?, ?, ?, ?, 'Ann meldt dit', 0)", UUID.randomUUID().toString(), bobPost, space.id(), annId);
        document = rows.document(space.id(), annId, "Anns notitie", "members");
        meeting = rows.meeting(space.id(), "Voorjaarsoverleg");
        rows.execute("INSERT INTO networks_rsvps (meeting_id, person_id, answer, attended, updated_at) "
                + "VALUES (?, ?, 'yes', ?, 0)", meeting, annId, true);
        rows.execute("INSERT INTO networks_rsvps (meeting_id, person_id, answer, updated_at) VALUES (?, ?, 'no', 0)",
                meeting, bobId);
        rows.execute("INSERT INTO networks_agenda_items (id, meeting_id, space_id, title, description, proposed_by, "
                + "status, position, created_at) VALUES (?, ?, ?, 'Anns agendapunt', '', ?, 'proposed', 1, 0)",
                UUID.randomUUID().toString(), meeting, space.id(), annId);
        rows.execute("INSERT INTO networks_minutes (meeting_id, space_id, body, status, revision, updated_by, "
                + "updated_at, approved_by, approved_at) VALUES (?, ?, 'Notulen', 'approved', 1, ?, 0, ?, 0)",
                meeting, space.id(), annId, annId);
        rows.execute("INSERT INTO networks_minute_comments (id, meeting_id, author_id, body, created_at) "
                + "VALUES (?, ?, ?, 'Ann vult de notulen aan', 0)", UUID.randomUUID().toString(), meeting, annId);
        rows.execute("INSERT INTO networks_minute_comments (id, meeting_id, author_id, body, created_at) "
                + "VALUES (?, ?, ?, 'Bob is het ermee eens', 1)", UUID.randomUUID().toString(), meeting, bobId);
        rows.execute("INSERT INTO networks_actions (id, space_id, meeting_id, title, owner_id, due_on, status, "
                + "created_at, updated_at) VALUES (?, ?, ?, 'Ann belt de gemeente', ?, '2026-04-01', 'open', 0, 0)",
                UUID.randomUUID().toString(), space.id(), meeting, annId);
        trajectory = UUID.randomUUID().toString();
        rows.execute("INSERT INTO networks_trajectories (id, space_id, municipality, province, lead_organisation_id, "
                + "officer_id, theme, partners, status, created_at, updated_at) VALUES (?, ?, 'Lindeburg', "
                + "'Gelderland', ?, ?, 'Eenzaamheid', '', 'running', 0, 0)", trajectory, space.id(), annOrganisation,
                annId);
        rows.execute("INSERT INTO networks_monitoring_notes (id, trajectory_id, space_id, author_id, body, created_at) "
                + "VALUES (?, ?, ?, ?, 'Ann noteerde de voortgang', 0)", UUID.randomUUID().toString(), trajectory,
                space.id(), annId);
        rows.execute("INSERT INTO networks_feed_tokens (person_id, token_hash, created_at) VALUES (?, 'geheime-hash', 5)",
                annId);
        rows.execute("INSERT INTO networks_join_requests (id, space_id, person_id, message, status, created_at) "
                + "VALUES (?, ?, ?, 'Ann wil er graag bij', 'pending', 0)", UUID.randomUUID().toString(), other.id(),
                annId);
        rows.execute("INSERT INTO networks_invitations (id, space_id, email, role, token_hash, invited_by, created_at, "
                + "expires_at) VALUES (?, ?, 'cees@elders.test', 'member', ?, ?, 0, 1)", UUID.randomUUID().toString(),
                space.id(), "hash-" + UUID.randomUUID(), annId);
        rows.execute("INSERT INTO networks_invitations (id, space_id, email, role, token_hash, invited_by, created_at, "
                + "expires_at) VALUES (?, ?, 'ANN@netwerk.test', 'member', ?, NULL, 0, 1)", UUID.randomUUID().toString(),
                other.id(), "hash-" + UUID.randomUUID());
    }

    @Test
    void theExportHoldsAnnsOwnDataAndNothingOfBob() throws Exception {
        Browser.Page download = fixture.signedIn("ann@netwerk.test").get("/account/export");
        assertEquals(200, download.status());
        String body = download.body();
        for (String notHers : new String[] {"Bob antwoordde", "Bob begon hier", "Bobs eigen draad", "Bob is het ermee eens",
                "cees@elders.test", "geheime-hash", bobId}) {
            assertFalse(body.contains(notHers), notHers);
        }
        JsonNode mine = new ObjectMapper().readTree(body).path("plugins").path("networks");
        assertEquals(1, mine.path("memberships").size());
        assertEquals("Kring van Ann en Bob", mine.path("memberships").get(0).path("space").asText());
        assertEquals("member", mine.path("memberships").get(0).path("role").asText());
        assertEquals(1, mine.path("threadsStarted").size());
        assertEquals("Anns vraag over werving", mine.path("threadsStarted").get(0).path("title").asText());
        assertEquals(1, mine.path("posts").size());
        assertEquals("Ann schreef deze vraag", mine.path("posts").get(0).path("body").asText());
        assertEquals(1, mine.path("uploads").size());
        assertEquals("Anns notitie.pdf", mine.path("uploads").get(0).path("fileName").asText());
        assertEquals(1, mine.path("rsvps").size());
        assertEquals("yes", mine.path("rsvps").get(0).path("answer").asText());
        assertTrue(mine.path("rsvps").get(0).path("attended").asBoolean());
        assertEquals("Anns agendapunt", mine.path("agendaItems").get(0).path("title").asText());
        assertEquals(1, mine.path("minuteComments").size());
        assertEquals("Ann belt de gemeente", mine.path("actionsOwned").get(0).path("title").asText());
        assertEquals("Ann noteerde de voortgang", mine.path("monitoringNotes").get(0).path("body").asText());
        assertEquals("Lindeburg", mine.path("officerOf").get(0).path("municipality").asText());
        assertEquals("Ann wil er graag bij", mine.path("joinRequests").get(0).path("message").asText());
        assertEquals(1, mine.path("invitationsSent").size());
        assertEquals("Ann meldt dit", mine.path("reports").get(0).path("reason").asText());
        assertEquals(annThread, mine.path("threadsFollowed").get(0).asText());
        assertEquals("digest", mine.path("notificationSettings").get(0).path("mode").asText());
        assertTrue(mine.path("calendarFeed").path("exists").asBoolean());

        JsonNode nothing = new ObjectMapper().readTree(fixture.signedIn("coordinator@netwerk.test")
                .get("/account/export").body()).path("plugins").path("networks");
        assertEquals(0, nothing.path("posts").size());
        assertFalse(nothing.path("calendarFeed").path("exists").asBoolean());
    }

    @Test
    void theExportAlsoNamesWhatAnnDidForTheGroupWithoutTheWordsOfOthers() throws Exception {
        rows.execute("INSERT INTO networks_join_requests (id, space_id, person_id, message, status, decided_by, "
                + "decided_at, created_at) VALUES (?, ?, ?, 'Bob wil er ook bij', 'approved', ?, 7, 0)",
                UUID.randomUUID().toString(), other.id(), bobId, annId);
        rows.execute("UPDATE networks_reports SET handled_by = ?, handled_at = 9", annId);
        rows.execute("INSERT INTO networks_activity (id, space_id, kind, subject_id, title, actor_id, access, "
                + "created_at) VALUES (?, ?, 'document', ?, 'Titel van de ruimte', ?, 'coordinators', 3)",
                UUID.randomUUID().toString(), space.id(), document, annId);
        rows.execute("UPDATE networks_spaces SET created_by = ? WHERE id = ?", annId, other.id());

        String body = fixture.signedIn("ann@netwerk.test").get("/account/export").body();
        assertFalse(body.contains("Bob wil er ook bij"), "the request is Bob's");
        assertFalse(body.contains("Titel van de ruimte"), "what she did, not the space's titles");
        JsonNode mine = new ObjectMapper().readTree(body).path("plugins").path("networks");
        assertEquals(1, mine.path("minutes").size());
        assertEquals(meeting, mine.path("minutes").get(0).path("meetingId").asText());
        assertTrue(mine.path("minutes").get(0).path("savedByThem").asBoolean());
        assertTrue(mine.path("minutes").get(0).path("approvedByThem").asBoolean());
        assertEquals("approved", mine.path("joinRequestsDecided").get(0).path("status").asText());
        assertEquals(1, mine.path("reportsHandled").size());
        assertEquals("Een ander netwerk", mine.path("spacesCreated").get(0).path("name").asText());
        assertEquals("document", mine.path("activity").get(0).path("kind").asText());
        assertEquals(document, mine.path("activity").get(0).path("subjectId").asText());
        assertEquals(0, new ObjectMapper().readTree(fixture.signedIn("bob@netwerk.test").get("/account/export").body())
                .path("plugins").path("networks").path("joinRequestsDecided").size(), "Bob decided nothing");
    }

    @Test
    void deletingAnnsAccountTakesHerOutErasesHerWordsAndKeepsTheGroupsRecordWithoutHer() {
        Browser ann = fixture.signedIn("ann@netwerk.test");
        Browser.Page erased = ann.post("/account/delete", Map.of("password", PleinExtension.PASSWORD,
                "confirm", "VERWIJDER"));
        assertEquals("/?erased=1", erased.location());

        for (String table : new String[] {"networks_members", "networks_follows", "networks_notification_settings",
                "networks_rsvps", "networks_feed_tokens", "networks_join_requests"}) {
            assertEquals(0, rows.count("SELECT COUNT(*) FROM " + table + " WHERE person_id = ?", annId), table);
        }
        assertEquals(0, rows.count("SELECT COUNT(*) FROM networks_invitations WHERE LOWER(email) = 'ann@netwerk.test'"),
                "an invitation to her address goes");
        assertEquals(1, rows.count("SELECT COUNT(*) FROM networks_invitations WHERE email = 'cees@elders.test' "
                + "AND invited_by IS NULL"), "an invitation she sent stays for its invitee, without her");
        // Her words are gone; the post stays in its place so Bob's answer keeps its sense.
        assertNull(rows.single("SELECT author_id FROM networks_posts WHERE id = ?", annPost));
        assertEquals("*Deze tekst is verwijderd op verzoek van de schrijver.*",
                rows.single("SELECT body FROM networks_posts WHERE id = ?", annPost));
        assertEquals(0, rows.count("SELECT COUNT(*) FROM networks_minute_comments WHERE body LIKE 'Ann%'"));
        assertEquals("Bob antwoordde met zijn eigen verhaal",
                rows.single("SELECT body FROM networks_posts WHERE id = ?", bobPost), "nothing of Bob changes");
        assertEquals(bobId, rows.single("SELECT author_id FROM networks_posts WHERE id = ?", bobPost));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM networks_minute_comments WHERE author_id = ?", bobId));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM networks_follows WHERE person_id = ?", bobId));
        assertEquals(1, rows.count("SELECT COUNT(*) FROM networks_rsvps WHERE person_id = ?", bobId));
        // The group's record stays, attributed to no one.
        assertNull(rows.single("SELECT author_id FROM networks_threads WHERE id = ?", annThread));
        assertEquals("Anns vraag over werving", rows.single("SELECT title FROM networks_threads WHERE id = ?", annThread));
        assertNull(rows.single("SELECT uploaded_by FROM networks_document_versions WHERE document_id = ?", document));
        assertNull(rows.single("SELECT created_by FROM networks_documents WHERE id = ?", document));
        assertNull(rows.single("SELECT owner_id FROM networks_actions WHERE title = 'Ann belt de gemeente'"));
        assertNull(rows.single("SELECT officer_id FROM networks_trajectories WHERE id = ?", trajectory));
        assertNull(rows.single("SELECT author_id FROM networks_monitoring_notes WHERE trajectory_id = ?", trajectory));
        assertNull(rows.single("SELECT proposed_by FROM networks_agenda_items WHERE meeting_id = ?", meeting));
        assertNull(rows.single("SELECT approved_by FROM networks_minutes WHERE meeting_id = ?", meeting));
        assertNull(rows.single("SELECT reporter_id FROM networks_reports WHERE post_id = ?", bobPost));
        // Nothing anywhere still names her.
        for (String[] column : new String[][] {{"networks_threads", "author_id"}, {"networks_posts", "author_id"},
                {"networks_documents", "created_by"}, {"networks_activity", "actor_id"}, {"networks_spaces", "created_by"},
                {"networks_invitations", "invited_by"}, {"networks_minutes", "updated_by"}}) {
            assertEquals(0, rows.count("SELECT COUNT(*) FROM " + column[0] + " WHERE " + column[1] + " = ?", annId),
                    column[0]);
        }
    }
}
