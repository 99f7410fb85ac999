package nl.plein.networks;

import static nl.plein.networks.NetworksPrivacyMatrixTest.V.ADMINISTRATOR;
import static nl.plein.networks.NetworksPrivacyMatrixTest.V.ANONYMOUS;
import static nl.plein.networks.NetworksPrivacyMatrixTest.V.CHAIR;
import static nl.plein.networks.NetworksPrivacyMatrixTest.V.COORDINATOR;
import static nl.plein.networks.NetworksPrivacyMatrixTest.V.GUEST;
import static nl.plein.networks.NetworksPrivacyMatrixTest.V.MEMBER;
import static nl.plein.networks.NetworksPrivacyMatrixTest.V.OUTSIDER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.plein.api.Role;
import nl.plein.api.SecretTokens;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.Mailbox;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.space.SpaceRole;
import nl.plein.networks.space.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Privacy is the point (#7): every route and every file URL of the whole plugin × seven kinds of visitor × an open, a
 * members-only and a secret space, in one world, with one table of every answer that differs from the rules.
 *
 * <p>The visitors (columns): anonymous; a signed-in outsider (in no space); a guest invited to one meeting (M) of each
 * space; a member who represents an organisation (and owns the action, is the trajectory's programme officer and
 * wrote the thread); the chair; the coordinator (who also holds the platform role {@code networks.coordinator}, so may
 * create spaces); and a platform administrator who is in no space.
 *
 * <p>The world: three programme spaces, one per visibility (a programme has everything a network has, plus
 * trajectories), and an open network without content, where trajectories do not exist. Each programme holds, made
 * through the real forms: a member and a chair who came in by invitation, an invitation still open and (not in the
 * secret space, which cannot be asked for) a pending and a declined request to join; a thread with a reply and an
 * announcement that is pinned and reported; a folder; a document of each access level (members; coordinators only
 * and draft, of meeting M; members, of meeting M for its guest), each with two versions; meetings M, O and C, with an
 * accepted and a proposed agenda item, answers, draft minutes with a comment, an action and a decision; a trajectory
 * with a monitoring note.
 *
 * <p>The rules ({@link nl.plein.networks.space.Standing} through {@link nl.plein.networks.space.SpaceGate}): a secret
 * space does not exist (404, and the same page as for an id never handed out) for anyone not in it but an
 * administrator; a visitor the space exists for who may not do something is sent to sign in (anonymous GET: 303 to
 * {@code /login?next=…}) or refused (403). Core answers first on routes that need an account: 303 to sign in for an
 * anonymous GET and 403 for an anonymous POST, whatever space is named. Readers of a space: its members, chair and
 * coordinators, and anyone for an open space; a guest reads only their meeting and its documents for members; taking
 * part is for members; coordinating for coordinators; managing who is in a space for coordinators and administrators,
 * who read its content only as its members do. A members-only space's front page shows what the list shows anyway
 * (name, description, a way in). Documents for coordinators only: coordinators; drafts: coordinators and the
 * uploader; an older version: coordinators and who uploaded it. Posts are sent empty, or with a value that cannot be
 * right, with the CSRF token, so whoever may use a form gets its errors (422) or "not now" (409) and nothing changes;
 * the few that change something (303) use objects made for the purpose, or are undone right after.
 *
 * <p>Besides the status, every answer to every visitor is searched for every text of the world that visitor may not
 * read: thread titles and posts, document titles and file contents, meeting titles, agenda proposals, minutes and
 * comments, actions, decisions, trajectory themes and monitoring notes, the secret space's name, reports, messages
 * of join requests and invited addresses. The personal-data export of each person holds only their own; search, the
 * home page, the calendar feeds and mails follow the same rules, and files and feeds stay out of shared caches. At
 * the end the member is removed from the members-only space and loses its threads, files, meetings, feed entries and
 * mails at once. Where the code disagrees with these rules a row says so with {@code defect(…)}; the rule stays the
 * expectation.
 */
@OnBothDatabases
class NetworksPrivacyMatrixTest {

    /** The visitors, in the order of the columns. */
    enum V {
        ANONYMOUS, OUTSIDER, GUEST, MEMBER, CHAIR, COORDINATOR, ADMINISTRATOR;

        String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** A member, chair or coordinator: takes part. */
        boolean member() {
            return this == MEMBER || this == CHAIR || this == COORDINATOR;
        }

        /** In every space, with some role. */
        boolean inSpace() {
            return member() || this == GUEST;
        }
    }

    static final String OUTSIDER_EMAIL = "olaf@elders.test";
    static final String GUEST_EMAIL = "gijs@gast.test";
    static final String MEMBER_EMAIL = "mila@zorgzaam.test";
    static final String CHAIR_EMAIL = "chris@samenzorg.test";
    static final String COORDINATOR_EMAIL = "cora@netwerk.test";
    static final String ADMINISTRATOR_EMAIL = "ada@beheer.test";
    static final String REQUESTER_EMAIL = "rik@verzoek.test";
    static final String DECLINED_EMAIL = "dana@afgewezen.test";
    /** An organisation id that is nobody's: a join or an invitation with it is refused as a form error. */
    static final String NOT_MINE = "0190b8e4-0000-7000-8000-00000000abcd";
    /** A space id that was never handed out. */
    static final String MISSING_SPACE = "0190b8e4-0000-7000-8000-0000000f00d5";
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin(b -> b.set("PLEIN_SMTP_HOST", "127.0.0.1")
            .set("PLEIN_SMTP_PORT", String.valueOf(greenMail.getSmtp().getPort())));
    final NetworksFixture fixture = new NetworksFixture(plein);
    final Mailbox mailbox = new Mailbox(greenMail);
    final HttpClient http = HttpClient.newHttpClient();

    // ---- the world

    /** The meeting a document belongs to: the guest's (M) or the other one (O). */
    enum Of { M, O }

    /** A document of each access level, its meeting, and who uploaded version 1 (and so made it) and version 2. */
    enum Doc {
        MEMBERS("members", Of.O, MEMBER, CHAIR, "Uilenmap"),
        COORDINATORS("coordinators", Of.M, COORDINATOR, COORDINATOR, "Buizerdbegroting"),
        DRAFT("draft", Of.M, MEMBER, MEMBER, "Sperwerconcept"),
        MEETING("members", Of.M, COORDINATOR, COORDINATOR, "Valkstuk");

        final String access;
        final Of meeting;
        final V first;
        final V second;
        final String word;

        Doc(String access, Of meeting, V first, V second, String word) {
            this.access = access;
            this.meeting = meeting;
            this.first = first;
            this.second = second;
            this.word = word;
        }

        V uploader(int version) {
            return version == 1 ? first : second;
        }
    }

    /**
     * One space of the world: its ids, who may do what in it (the rules, written out), and its texts. Every text ends
     * in the space's code, so each is found only where that space's content is shown.
     */
    static final class Place {
        final String code;
        final Visibility visibility;
        final String name;
        String id;
        String thread;
        String firstPost;
        String reply;
        String extraPost;
        String announcement;
        String announcementPost;
        String report;
        String report2;
        String folder;
        final Map<Doc, String> docs = new EnumMap<>(Doc.class);
        String meeting;
        String otherMeeting;
        String cancelMeeting;
        String acceptedItem;
        String action;
        String trajectory;
        String declinedRequest;
        String invitationToken;

        Place(String code, Visibility visibility, String name) {
            this.code = code;
            this.visibility = visibility;
            this.name = name;
        }

        String t(String word) {
            return word + " " + code;
        }

        String base() {
            return "/networks/spaces/" + id;
        }

        boolean secret() {
            return visibility == Visibility.SECRET;
        }

        /** The space exists for them (Standing.knowsOf). */
        boolean knows(V v) {
            return !secret() || v.inSpace() || v == ADMINISTRATOR;
        }

        /** Reads its content (Standing.mayRead). */
        boolean reads(V v) {
            return v.member() || visibility == Visibility.OPEN;
        }

        /** Reads meeting M, the guest's. */
        boolean readsMeeting(V v) {
            return reads(v) || v == GUEST;
        }

        boolean opens(V v, Doc doc) {
            boolean looks = reads(v) || doc.meeting == Of.M && v == GUEST;
            return looks && switch (doc) {
                case MEMBERS, MEETING -> true;
                case COORDINATORS -> v == COORDINATOR;
                case DRAFT -> v == COORDINATOR || v == doc.first;
            };
        }

        boolean downloads(V v, Doc doc, int version) {
            return opens(v, doc) && (version == 2 || v == COORDINATOR || v.member() && doc.uploader(version) == v);
        }

        boolean addsVersion(V v, Doc doc) {
            return opens(v, doc) && v.member() && (v == COORDINATOR || v == doc.first || doc.access.equals("members"));
        }

        boolean changesAccess(V v, Doc doc) {
            return opens(v, doc) && (v == COORDINATOR || doc == Doc.DRAFT && v == doc.first);
        }

        String docTitle(Doc doc) {
            return t(doc.word);
        }

        String fileText(Doc doc, int version) {
            return t(doc.word + "bestand" + version);
        }

        String meetingTitle() {
            return t("Kievitoverleg");
        }

        String otherMeetingTitle() {
            return t("Gruttooverleg");
        }
    }

    /** A text of the world, who may read it, and whose own data it is (so their personal-data export may hold it). */
    record Secret(String text, Predicate<V> mayKnow, Set<V> owners) {
    }

    private final Map<V, Browser> who = new EnumMap<>(V.class);
    private final Map<V, String> spareIds = new EnumMap<>(V.class);
    private final Map<V, String> feeds = new EnumMap<>(V.class);
    private String memberId;
    private String chairId;
    private String guestId;
    private String memberOrganisation;
    private String chairOrganisation;
    private final Place open = new Place("open", Visibility.OPEN, "Open Kring Noord");
    private final Place closed = new Place("members", Visibility.MEMBERS, "Besloten Beraad Zuid");
    private final Place secret = new Place("secret", Visibility.SECRET, "Geheime Groep Zwaluw");
    private final Place network = new Place("network", Visibility.OPEN, "Open Netwerk Oost");
    private final List<Place> places = List.of(open, closed, secret);
    private String usedSecretInvitation;

    @Test
    void everyRouteAndFileAnswersEachVisitorInEachKindOfSpaceAsThePrivacyRulesSay() {
        people();
        spaces();
        for (Place p : places) content(p);
        // The chair reads the members-only space's discussions as a daily digest; the member gets each post at once.
        done(who.get(CHAIR).post(closed.base() + "/notifications", Map.of("mode", "digest")), "choosing the digest");
        // A secret space cannot be asked to join: its rows use the members-only space's request (another space's id).
        secret.declinedRequest = closed.declinedRequest;
        for (V v : V.values()) {
            if (v == ANONYMOUS) continue;
            done(who.get(v).post("/networks/calendar", Map.of()), "a feed for " + v.label());
            feeds.put(v, group(FEED, who.get(v).get("/networks/calendar").body()));   // shown once, on this page
        }

        Map<String, String> permissions = declaredRoutes();
        Matrix x = new Matrix(who, permissions, secrets());
        names(x);
        outsideRows(x);
        for (Place p : places) readingRows(x, p, memberId);
        guessedIdRows(x);
        for (Place p : places) changingRows(x, p);
        acrossSpacesRows(x);
        mailsSoFar(x);
        removedMemberLosesAccessAtOnce(x);

        x.assertAsExpected(permissions.keySet(), places.size());
        // Nothing the refused or empty forms asked for happened.
        assertEquals(6, count("SELECT COUNT(*) FROM networks_threads"));
        assertEquals(3, count("SELECT COUNT(*) FROM networks_threads WHERE pinned = ?", true));
        assertEquals(3, count("SELECT COUNT(*) FROM networks_posts WHERE deleted_at IS NOT NULL"));
        assertEquals(6, count("SELECT COUNT(*) FROM networks_reports"));
        assertEquals(12, count("SELECT COUNT(*) FROM networks_documents"));
        assertEquals(24, count("SELECT COUNT(*) FROM networks_document_versions"));
        assertEquals(3, count("SELECT COUNT(*) FROM networks_folders"));
        assertEquals(9, count("SELECT COUNT(*) FROM networks_meetings"));
        assertEquals(3, count("SELECT COUNT(*) FROM networks_meetings WHERE status = 'cancelled'"));
        assertEquals(6, count("SELECT COUNT(*) FROM networks_agenda_items"));
        assertEquals(3, count("SELECT COUNT(*) FROM networks_minute_comments"));
        assertEquals(3, count("SELECT COUNT(*) FROM networks_actions WHERE status = 'open'"));
        assertEquals(3, count("SELECT COUNT(*) FROM networks_decisions"));
        assertEquals(3, count("SELECT COUNT(*) FROM networks_trajectories"));
        assertEquals(3, count("SELECT COUNT(*) FROM networks_monitoring_notes"));
        assertEquals(4, count("SELECT COUNT(*) FROM networks_join_requests"));
        assertEquals(9, count("SELECT COUNT(*) FROM networks_invitations"));
        assertEquals(4, count("SELECT COUNT(*) FROM networks_spaces"));
    }

    /** The people. The clock says Monday 2 March 2026, 10:00 in Amsterdam. */
    private void people() {
        who.put(ANONYMOUS, fixture.anonymous());
        fixture.person(OUTSIDER_EMAIL, "Olaf Buiten");
        who.put(OUTSIDER, fixture.signedIn(OUTSIDER_EMAIL));
        guestId = fixture.person(GUEST_EMAIL, "Gijs Gast");
        who.put(GUEST, fixture.signedIn(GUEST_EMAIL));
        memberId = fixture.person(MEMBER_EMAIL, "Mila Meulenkamp");
        memberOrganisation = fixture.organisation("Stichting Zorgzaam", memberId);
        who.put(MEMBER, fixture.signedIn(MEMBER_EMAIL));
        chairId = fixture.person(CHAIR_EMAIL, "Chris Voorzitter");
        chairOrganisation = fixture.organisation("Vereniging Samenzorg", chairId);
        who.put(CHAIR, fixture.signedIn(CHAIR_EMAIL));
        who.put(COORDINATOR, fixture.withRole(COORDINATOR_EMAIL, "Cora Coordinator", NetworksFixture.COORDINATOR_ROLE));
        who.put(ADMINISTRATOR, fixture.withRole(ADMINISTRATOR_EMAIL, "Ada Beheer", Role.ADMINISTRATOR));
        fixture.person(REQUESTER_EMAIL, "Rik Verzoeker");
        fixture.person(DECLINED_EMAIL, "Dana Afgewezen");
        // One person per visitor for the remove row, so one removal does not change the next visitor's answer.
        for (V v : V.values()) {
            spareIds.put(v, fixture.person("reserve-" + v.label() + "@netwerk.test", "Reserve " + v.label()));
        }
    }

    /** The spaces, made by the coordinator through the form; the member and the chair come in by invitation. */
    private void spaces() {
        Browser cora = who.get(COORDINATOR);
        for (Place p : places) p.id = createSpace(cora, p.name, p.visibility, "programme");
        network.id = createSpace(cora, network.name, Visibility.OPEN, "network");
        for (Place p : places) {
            done(cora.post(p.base() + "/invitations", Map.of("email", MEMBER_EMAIL, "role", "member")), "inviting");
            done(cora.post(p.base() + "/invitations", Map.of("email", CHAIR_EMAIL, "role", "chair")), "inviting");
            done(cora.post(p.base() + "/invitations", Map.of("email", invitee(p), "role", "member")),
                    "an invitation that stays open");
        }
        plein.platform().sendMail();
        for (Mailbox.Mail mail : mailbox.to(MEMBER_EMAIL)) {
            done(who.get(MEMBER).post(mail.linkPath(), Map.of("organisation", memberOrganisation)), "accepting");
        }
        for (Mailbox.Mail mail : mailbox.to(CHAIR_EMAIL)) {
            done(who.get(CHAIR).post(mail.linkPath(), Map.of("organisation", chairOrganisation)), "accepting");
        }
        usedSecretInvitation = token(mailbox.to(MEMBER_EMAIL).stream()
                .filter(mail -> mail.subject().contains(secret.name)).findFirst().orElseThrow());
        for (Place p : places) {
            p.invitationToken = token(mailbox.last(invitee(p)));
            assertEquals(Set.of("coordinator", "member", "chair"),
                    Set.copyOf(strings("SELECT role FROM networks_members WHERE space_id = ?", p.id)), p.name);
        }
    }

    /** Content of every kind, through the real forms. */
    private void content(Place p) {
        Browser cora = who.get(COORDINATOR);
        Browser mila = who.get(MEMBER);
        Browser chris = who.get(CHAIR);
        String base = p.base();
        p.meeting = plan(cora, p, p.meetingTitle(), "2026-03-10");
        p.otherMeeting = plan(cora, p, p.otherMeetingTitle(), "2026-03-12");
        p.cancelMeeting = plan(cora, p, p.t("Tureluuroverleg"), "2026-03-14");
        String m = base + "/meetings/" + p.meeting;
        done(cora.post(m + "/guests", Map.of("guestEmail", GUEST_EMAIL)), "inviting the guest");

        p.thread = group(THREAD_ID, done(mila.post(base + "/threads", Map.of("title", p.t("Kwartelplan"),
                "body", p.t("Merelbericht"))), "the member's thread").location());
        String t = base + "/threads/" + p.thread;
        p.firstPost = single("SELECT id FROM networks_posts WHERE thread_id = ?", p.thread);
        p.reply = group(POST_ID, done(chris.post(t + "/posts", Map.of("body", p.t("Spreeuwreactie"))),
                "the chair's reply").location());
        p.extraPost = group(POST_ID, done(mila.post(t + "/posts", Map.of("body", "Dit haal ik straks weer weg.")),
                "a post to remove").location());
        p.announcement = group(THREAD_ID, done(cora.post(base + "/threads", Map.of("title", p.t("Reigermededeling"),
                "body", "Lees dit allemaal.")), "the announcement").location());
        done(cora.post(base + "/threads/" + p.announcement + "/pin", Map.of()), "pinning the announcement");
        p.announcementPost = single("SELECT id FROM networks_posts WHERE thread_id = ?", p.announcement);
        done(mila.post(base + "/threads/" + p.announcement + "/posts/" + p.announcementPost + "/report",
                Map.of("reason", p.t("Eksterklacht"))), "a report");
        done(mila.post(t + "/posts/" + p.reply + "/report", Map.of("reason", "Nog een melding.")), "a report");
        p.report = single("SELECT id FROM networks_reports WHERE post_id = ?", p.announcementPost);
        p.report2 = single("SELECT id FROM networks_reports WHERE post_id = ?", p.reply);

        p.folder = group(FOLDER_ID, done(cora.post(base + "/folders", Map.of("name", "Stukken")), "a folder")
                .location());
        for (Doc doc : Doc.values()) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("title", p.docTitle(doc));
            fields.put("access", doc.access);
            fields.put("meeting", doc.meeting == Of.M ? p.meeting : p.otherMeeting);
            if (doc == Doc.MEMBERS) fields.put("folder", p.folder);
            Browser.Page uploaded = done(upload(who.get(doc.first), base + "/documents", fields, doc.word + ".pdf",
                    p.fileText(doc, 1)), "uploading " + doc);
            String id = group(DOCUMENT_ID, uploaded.location());
            p.docs.put(doc, id);
            done(upload(who.get(doc.second), base + "/documents/" + id + "/versions", Map.of("note", "Bijgewerkt"),
                    doc.word + "-2.pdf", p.fileText(doc, 2)), "version 2 of " + doc);
        }

        done(mila.post(m + "/agenda", Map.of("agendaTitle", p.t("Wulpvoorstel"))), "a proposed agenda item");
        done(cora.post(m + "/agenda", Map.of("agendaTitle", p.t("Scholekstergesprek"))), "an agenda item");
        p.acceptedItem = single("SELECT id FROM networks_agenda_items WHERE meeting_id = ? AND title = ?", p.meeting,
                p.t("Scholekstergesprek"));
        done(mila.post(m + "/rsvp", Map.of("answer", "yes")), "the member comes");
        done(who.get(GUEST).post(m + "/rsvp", Map.of("answer", "yes")), "the guest comes");
        done(cora.post(m + "/minutes", Map.of("body", p.t("Lepelaarverslag"), "revision", "0")), "draft minutes");
        done(mila.post(m + "/minutes/comments", Map.of("comment", p.t("Zilverreigeropmerking"))), "a comment");
        done(cora.post(base + "/actions", Map.of("title", p.t("Roerdompactie"), "owner", memberId,
                "dueOn", "2026-03-20", "meeting", p.meeting)), "an action");
        p.action = single("SELECT id FROM networks_actions WHERE space_id = ?", p.id);
        done(cora.post(base + "/decisions", Map.of("text", p.t("Ijsvogelbesluit"), "decidedOn", "2026-03-02",
                "meeting", p.meeting)), "a decision");

        p.trajectory = group(TRAJECTORY_ID, done(cora.post(base + "/trajectories", Map.of("municipality", "Lindeburg",
                "province", "Gelderland", "lead", memberOrganisation, "officer", memberId, "theme", p.t("Putterthema"),
                "partners", "Bibliotheek", "status", "running")), "a trajectory").location());
        done(mila.post(base + "/trajectories/" + p.trajectory + "/notes", Map.of("body", p.t("Sijsnotitie"))),
                "a monitoring note");

        if (!p.secret()) {
            Browser requester = fixture.signedIn(REQUESTER_EMAIL);
            done(requester.post(base + "/join", Map.of("organisation", "", "message", p.t("Patrijsverzoek"))),
                    "a request to join");
            Browser declined = fixture.signedIn(DECLINED_EMAIL);
            done(declined.post(base + "/join", Map.of("organisation", "", "message", "Mag ik erbij?")), "a request");
            p.declinedRequest = single("SELECT id FROM networks_join_requests WHERE space_id = ? AND person_id = ?",
                    p.id, fixture.personId(DECLINED_EMAIL));
            done(cora.post(base + "/join-requests/" + p.declinedRequest + "/decline", Map.of()), "declining");
        }
        for (String spare : spareIds.values()) fixture.spaces().put(p.id, spare, null, SpaceRole.MEMBER, null);
    }

    /** What not everyone may read: who may, and whose own data it is. */
    private List<Secret> secrets() {
        List<Secret> secrets = new ArrayList<>();
        Set<V> nobody = Set.of();
        Predicate<V> managers = v -> v == COORDINATOR || v == ADMINISTRATOR;
        for (Place p : places) {
            if (p.secret()) secrets.add(new Secret(p.name, p::knows, EnumSet.of(GUEST, MEMBER, CHAIR, COORDINATOR)));
            secrets.add(new Secret(p.t("Kwartelplan"), p::reads, Set.of(MEMBER)));
            secrets.add(new Secret(p.t("Merelbericht"), p::reads, Set.of(MEMBER)));
            secrets.add(new Secret(p.t("Spreeuwreactie"), p::reads, Set.of(CHAIR)));
            secrets.add(new Secret(p.t("Reigermededeling"), p::reads, Set.of(COORDINATOR)));
            secrets.add(new Secret(p.t("Eksterklacht"), v -> v == COORDINATOR || v == MEMBER, Set.of(MEMBER)));
            for (Doc doc : Doc.values()) {
                secrets.add(new Secret(p.docTitle(doc), v -> p.opens(v, doc), EnumSet.of(doc.first, doc.second)));
                for (int version = 1; version <= 2; version++) {
                    int n = version;
                    secrets.add(new Secret(p.fileText(doc, n), v -> p.downloads(v, doc, n), nobody));
                }
            }
            secrets.add(new Secret(p.meetingTitle(), p::readsMeeting, EnumSet.of(MEMBER, GUEST)));
            secrets.add(new Secret(p.otherMeetingTitle(), p::reads, nobody));
            secrets.add(new Secret(p.t("Tureluuroverleg"), p::reads, nobody));
            secrets.add(new Secret(p.t("Scholekstergesprek"), p::readsMeeting, Set.of(COORDINATOR)));
            secrets.add(new Secret(p.t("Wulpvoorstel"), V::member, Set.of(MEMBER)));
            secrets.add(new Secret(p.t("Lepelaarverslag"), V::member, nobody));
            secrets.add(new Secret(p.t("Zilverreigeropmerking"), V::member, Set.of(MEMBER)));
            secrets.add(new Secret(p.t("Roerdompactie"), p::reads, Set.of(MEMBER)));
            secrets.add(new Secret(p.t("Ijsvogelbesluit"), p::reads, nobody));
            secrets.add(new Secret(p.t("Putterthema"), p::reads, Set.of(MEMBER)));
            secrets.add(new Secret(p.t("Sijsnotitie"), V::member, Set.of(MEMBER)));
            secrets.add(new Secret(invitee(p), managers, nobody));
            if (!p.secret()) secrets.add(new Secret(p.t("Patrijsverzoek"), managers, nobody));
        }
        return secrets;
    }

    /** How ids are written in the report. */
    private void names(Matrix x) {
        for (Place p : places) {
            x.name(p.id, p.code);
            x.name(p.thread, "T");
            x.name(p.firstPost, "T1");
            x.name(p.reply, "T-reply");
            x.name(p.extraPost, "T-extra");
            x.name(p.announcement, "P");
            x.name(p.announcementPost, "P1");
            x.name(p.report, "report");
            x.name(p.report2, "report2");
            x.name(p.folder, "folder");
            p.docs.forEach((doc, id) -> x.name(id, doc.name().toLowerCase(Locale.ROOT) + "-doc"));
            x.name(p.meeting, "M");
            x.name(p.otherMeeting, "O");
            x.name(p.cancelMeeting, "C");
            x.name(p.acceptedItem, "item");
            x.name(p.action, "A");
            x.name(p.trajectory, "TR");
            x.name(p.declinedRequest, "declined-request");
            x.name(p.invitationToken, "invitation-" + p.code);
        }
        x.name(network.id, "network");
        x.name(usedSecretInvitation, "used-invitation-secret");
        x.name(memberId, "member");
        spareIds.forEach((v, id) -> x.name(id, "spare-" + v.label()));
        feeds.forEach((v, token) -> x.name(token, "token-" + v.label()));
    }

    // ---- the rows

    static final String SPACE = "/networks/spaces/{space}";
    static final String MEMBERS = SPACE + "/members";
    static final String THREAD = SPACE + "/threads/{thread}";
    static final String POST = THREAD + "/posts/{post}";
    static final String DOCUMENTS = SPACE + "/documents";
    static final String DOCUMENT = DOCUMENTS + "/{document}";
    static final String MEETING = SPACE + "/meetings/{meeting}";
    static final String TRAJECTORIES = SPACE + "/trajectories";
    static final String INVITATION = "/networks/invitations/{token}";

    /** Who may use a route, in a space (null outside any space). */
    @FunctionalInterface
    interface Need {
        boolean allows(V v, Place p);
    }

    static final Need SIGNED_IN = (v, p) -> v != ANONYMOUS;
    static final Need CREATES_SPACES = (v, p) -> v == COORDINATOR || v == ADMINISTRATOR;
    static final Need KNOWN = (v, p) -> p.knows(v);
    static final Need READ = (v, p) -> p.reads(v);
    static final Need READS_MEETING = (v, p) -> p.readsMeeting(v);
    static final Need READS_OR_GUEST = (v, p) -> p.reads(v) || v == GUEST;
    static final Need TAKES_PART = (v, p) -> v.member();
    static final Need ANSWERS_MEETING = (v, p) -> v.member() || v == GUEST;
    static final Need COORDINATES = (v, p) -> v == COORDINATOR;
    static final Need CHAIRS = (v, p) -> v == CHAIR;
    static final Need KEEPS_RECORDS = (v, p) -> v == COORDINATOR || v == CHAIR;
    static final Need MANAGES_MEMBERS = (v, p) -> v == COORDINATOR || v == ADMINISTRATOR;
    static final Need SEES_DIRECTORY = (v, p) -> v.member() || v == ADMINISTRATOR;
    /** The member wrote the thread and owns the action; they are the trajectory's programme officer. */
    static final Need THE_MEMBER = (v, p) -> v == MEMBER;
    static final Need THE_MEMBER_OR_COORDINATOR = (v, p) -> v == MEMBER || v == COORDINATOR;

    /** Outside any space: the list, creating a space, the feed's page, invitation links. */
    private void outsideRows(Matrix x) {
        //                                                                      anon outs gues memb chai coor admi
        x.get("/networks", null).shows(secret.name, GUEST, MEMBER, CHAIR, COORDINATOR, ADMINISTRATOR)
                .expect(                                                        200, 200, 200, 200, 200, 200, 200);
        x.get("/networks/spaces/new", null).allow(CREATES_SPACES, 200);
        x.post("/networks/spaces/new", null).allow(CREATES_SPACES, 422);
        x.get("/networks/calendar", null).allow(SIGNED_IN, 200);
        x.get(INVITATION, null, SecretTokens.newToken())
                .expect(                                                        404, 404, 404, 404, 404, 404, 404);
        x.post(INVITATION, null, SecretTokens.newToken())
                .expect(                                                        403, 404, 404, 404, 404, 404, 404);
        // The link in the mail is the key: whoever holds it learns which space it is for, also a secret one.
        for (Place p : places) {
            x.get(INVITATION, p, p.invitationToken).entitles(p.name)
                    .expect(                                                    200, 200, 200, 200, 200, 200, 200);
            x.post(INVITATION, p, p.invitationToken).entitles(p.name).form(Map.of("organisation", NOT_MINE))
                    .expect(                                                    403, 422, 422, 422, 422, 422, 422);
        }
        // A used link says so, without naming the space again.
        x.get(INVITATION, null, usedSecretInvitation)
                .expect(                                                        410, 410, 410, 410, 410, 410, 410);
        x.post(INVITATION, null, usedSecretInvitation)
                .expect(                                                        403, 410, 410, 410, 410, 410, 410);
    }

    /** Pages and forms of one space that leave the world as it is. */
    private static void readingRows(Matrix x, Place p, String memberId) {
        String s = p.id;
        // The space. Its front page names it to whoever it exists for (a members-only one is listed anyway).
        x.get(SPACE, p, s).allow(KNOWN, 200);
        x.get(SPACE + "/edit", p, s).allow(COORDINATES, 200);
        x.post(SPACE + "/edit", p, s).allow(COORDINATES, 422);
        x.get(MEMBERS, p, s).allow(SEES_DIRECTORY, 200);
        x.post(SPACE + "/invitations", p, s).allow(MANAGES_MEMBERS, 422);
        x.post(SPACE + "/members/{person}/role", p, s, memberId).allow(MANAGES_MEMBERS, 422);
        // A decided request is "decided already"; in the secret space it is another space's request: not found.
        x.post(SPACE + "/join-requests/{request}/approve", p, s, p.declinedRequest)
                .allow(MANAGES_MEMBERS, p.secret() ? 404 : 409);
        x.post(SPACE + "/join-requests/{request}/decline", p, s, p.declinedRequest)
                .allow(MANAGES_MEMBERS, p.secret() ? 404 : 409);
        // Asking to join, for an organisation that is not theirs: outsiders of an open or members-only space get the
        // form's error; those in it already are told so; a secret space cannot be asked for.
        x.post(SPACE + "/join", p, s).form(Map.of("organisation", NOT_MINE))
                .expect(v -> v == ANONYMOUS ? 403 : p.secret() ? 404 : v.inSpace() ? 409 : 422);

        // Discussions: readers read, members write, coordinators handle reports; only the author edits a post.
        x.get(SPACE + "/threads", p, s).allow(READ, 200);
        x.get(SPACE + "/threads/new", p, s).allow(TAKES_PART, 200);
        x.post(SPACE + "/threads", p, s).allow(TAKES_PART, 422);
        x.get(THREAD, p, s, p.thread).allow(READ, 200);
        x.get(THREAD, p, s, p.announcement).allow(READ, 200);
        x.post(THREAD + "/posts", p, s, p.thread).allow(TAKES_PART, 422);
        x.get(POST + "/edit", p, s, p.thread, p.firstPost).allow(THE_MEMBER, 200);
        x.post(POST + "/edit", p, s, p.thread, p.firstPost).allow(THE_MEMBER, 422);
        x.get(POST + "/report", p, s, p.announcement, p.announcementPost).allow(TAKES_PART, 200);
        x.post(POST + "/report", p, s, p.announcement, p.announcementPost).allow(TAKES_PART, 422);
        x.get(SPACE + "/reports", p, s).allow(COORDINATES, 200);
        x.get(SPACE + "/notifications", p, s).allow(TAKES_PART, 200);
        x.post(SPACE + "/notifications", p, s).allow(TAKES_PART, 422);

        // Documents and both file URLs. The lists name exactly what the visitor may open.
        V[] opensMembers = visitors(v -> p.opens(v, Doc.MEMBERS));
        x.get(DOCUMENTS, p, s).shows(p.docTitle(Doc.COORDINATORS), visitors(v -> p.opens(v, Doc.COORDINATORS)))
                .shows(p.docTitle(Doc.DRAFT), visitors(v -> p.opens(v, Doc.DRAFT)))
                .shows(p.docTitle(Doc.MEETING), opensMembers).allow(READ, 200);
        x.get(DOCUMENTS, p, s).query("?folder=" + p.folder).shows(p.docTitle(Doc.MEMBERS), opensMembers)
                .allow(READ, 200);
        x.get(DOCUMENTS + "/new", p, s).allow(TAKES_PART, 200);
        x.post(DOCUMENTS, p, s).allow(TAKES_PART, 422);
        x.post(SPACE + "/folders", p, s).allow(TAKES_PART, 422);
        x.post(SPACE + "/folders/{folder}/rename", p, s, p.folder).allow(COORDINATES, 422);
        x.post(SPACE + "/folders/{folder}/delete", p, s, p.folder).allow(COORDINATES, 409);   // not empty
        for (Doc doc : Doc.values()) {
            String d = p.docs.get(doc);
            x.get(DOCUMENT, p, s, d).allow((v, q) -> q.opens(v, doc), 200);
            x.get(DOCUMENT + "/file", p, s, d).file().allow((v, q) -> q.opens(v, doc), 200);
            for (int version = 1; version <= 2; version++) {
                int n = version;
                x.get(DOCUMENT + "/versions/{version}/file", p, s, d, String.valueOf(n)).file()
                        .allow((v, q) -> q.downloads(v, doc, n), 200);
            }
            if (doc == Doc.MEMBERS) {
                x.get(DOCUMENT + "/versions/{version}/file", p, s, d, "3").allow((v, q) -> q.opens(v, doc), 404);
            }
            x.post(DOCUMENT + "/versions", p, s, d).allow((v, q) -> q.addsVersion(v, doc), 422);
            x.post(DOCUMENT + "/access", p, s, d).allow((v, q) -> q.changesAccess(v, doc), 422);
            x.post(DOCUMENT + "/delete", p, s, d).allow((v, q) -> q.opens(v, doc) && v == COORDINATOR, 422);
            // Restoring the current version adds nothing.
            x.post(DOCUMENT + "/versions/{version}/restore", p, s, d, "2")
                    .allow((v, q) -> q.opens(v, doc) && v == COORDINATOR, 303);
        }

        // Meetings. M's page lists its documents as far as the visitor may open them, and proposals only to members.
        x.get(SPACE + "/meetings", p, s).allow(READ, 200);
        x.get(SPACE + "/meetings/new", p, s).allow(COORDINATES, 200);
        x.post(SPACE + "/meetings", p, s).allow(COORDINATES, 422);
        x.get(MEETING, p, s, p.meeting).shows(p.docTitle(Doc.MEETING), visitors(v -> p.opens(v, Doc.MEETING)))
                .shows(p.docTitle(Doc.COORDINATORS), visitors(v -> p.opens(v, Doc.COORDINATORS)))
                .shows(p.docTitle(Doc.DRAFT), visitors(v -> p.opens(v, Doc.DRAFT)))
                .shows(p.t("Scholekstergesprek"), visitors(p::readsMeeting))
                .shows(p.t("Wulpvoorstel"), visitors(V::member)).allow(READS_MEETING, 200);
        x.get(MEETING, p, s, p.otherMeeting).shows(p.docTitle(Doc.MEMBERS), opensMembers).allow(READ, 200);
        // A guessed id: not found for readers; a guest is refused any meeting but theirs before it is looked up.
        x.get(MEETING, p, s, UUID.randomUUID().toString()).allow(READ, 404);
        for (String m : List.of(p.meeting, p.otherMeeting)) {
            Need reads = m.equals(p.meeting) ? READS_MEETING : READ;
            x.get(MEETING + "/calendar.ics", p, s, m).file().allow(reads, 200);
            x.get(MEETING + "/minutes", p, s, m).allow(reads, 200);
            x.post(MEETING + "/rsvp", p, s, m).allow(m.equals(p.meeting) ? ANSWERS_MEETING : TAKES_PART, 422);
        }
        String m = p.meeting;
        x.get(MEETING + "/edit", p, s, m).allow(COORDINATES, 200);
        x.post(MEETING + "/edit", p, s, m).allow(COORDINATES, 422);
        x.post(MEETING + "/agenda", p, s, m).allow(TAKES_PART, 422);
        x.post(MEETING + "/agenda/{item}/status", p, s, m, p.acceptedItem).allow(COORDINATES, 422);
        x.post(MEETING + "/agenda/{item}/move", p, s, m, p.acceptedItem).allow(COORDINATES, 422);
        x.post(MEETING + "/attendance", p, s, m).allow(KEEPS_RECORDS, 422);     // it has not begun
        x.post(MEETING + "/guests", p, s, m).allow(COORDINATES, 422);
        x.post(MEETING + "/minutes", p, s, m).allow(KEEPS_RECORDS, 409);        // no revision: stale
        x.post(MEETING + "/minutes/comments", p, s, m).allow(TAKES_PART, 422);
        x.post(MEETING + "/minutes/approve", p, s, m).allow(CHAIRS, 409);       // no revision: stale
        x.get(SPACE + "/actions", p, s).allow(READ, 200);
        x.post(SPACE + "/actions", p, s).allow(KEEPS_RECORDS, 422);
        x.get(SPACE + "/actions/{action}/edit", p, s, p.action).allow(KEEPS_RECORDS, 200);
        x.post(SPACE + "/actions/{action}/edit", p, s, p.action).allow(KEEPS_RECORDS, 422);
        x.post(SPACE + "/actions/{action}/status", p, s, p.action).allow(THE_MEMBER_OR_COORDINATOR, 422);
        x.get(SPACE + "/decisions", p, s).allow(READ, 200);
        x.post(SPACE + "/decisions", p, s).allow(KEEPS_RECORDS, 422);

        // Trajectories: editing and notes for coordinators and the trajectory's own officer.
        x.get(TRAJECTORIES, p, s).allow(READ, 200);
        x.get(TRAJECTORIES + "/new", p, s).allow(COORDINATES, 200);
        x.post(TRAJECTORIES, p, s).allow(COORDINATES, 422);
        x.get(TRAJECTORIES + "/{trajectory}", p, s, p.trajectory).allow(READ, 200);
        x.get(TRAJECTORIES + "/{trajectory}/edit", p, s, p.trajectory).allow(THE_MEMBER_OR_COORDINATOR, 200);
        x.post(TRAJECTORIES + "/{trajectory}/edit", p, s, p.trajectory).allow(THE_MEMBER_OR_COORDINATOR, 422);
        x.post(TRAJECTORIES + "/{trajectory}/notes", p, s, p.trajectory).allow(THE_MEMBER_OR_COORDINATOR, 422);
    }

    /** Another space's ids through a space's addresses, and ids that were never handed out. */
    private void guessedIdRows(Matrix x) {
        //                                                                      anon outs gues memb chai coor admi
        for (String unknown : List.of(secret.thread, UUID.randomUUID().toString())) {
            x.get(THREAD, open, open.id, unknown).expect(                       404, 404, 404, 404, 404, 404, 404);
            x.get(THREAD, closed, closed.id, unknown).allow(READ, 404);
        }
        for (String unknown : List.of(secret.docs.get(Doc.MEMBERS), UUID.randomUUID().toString())) {
            x.get(DOCUMENT + "/file", open, open.id, unknown).expect(           404, 404, 404, 404, 404, 404, 404);
            x.get(DOCUMENT + "/versions/{version}/file", open, open.id, unknown, "1")
                    .expect(                                                    404, 404, 404, 404, 404, 404, 404);
            x.get(DOCUMENT + "/file", closed, closed.id, unknown).allow(READS_OR_GUEST, 404);
        }
        x.get(MEETING, open, open.id, secret.meeting).expect(                   404, 404, 404, 404, 404, 404, 404);
        x.get(MEETING + "/calendar.ics", open, open.id, secret.meeting)
                .expect(                                                        404, 404, 404, 404, 404, 404, 404);
        x.get(TRAJECTORIES + "/{trajectory}", open, open.id, secret.trajectory)
                .expect(                                                        404, 404, 404, 404, 404, 404, 404);
        // Trajectories exist only in programmes: not in a network, whoever asks.
        x.get(TRAJECTORIES, network, network.id).expect(                        404, 404, 404, 404, 404, 404, 404);
        x.get(TRAJECTORIES + "/new", network, network.id).expect(               404, 404, 404, 404, 404, 404, 404);
        x.post(TRAJECTORIES, network, network.id).expect(                       404, 404, 404, 404, 404, 404, 404);
    }

    /** Forms that do something: on objects made for them, in an order that leaves the world as before. */
    private void changingRows(Matrix x, Place p) {
        String s = p.id;
        x.post(THREAD + "/unfollow", p, s, p.thread).allow(TAKES_PART, 303);
        x.post(THREAD + "/follow", p, s, p.thread).allow(TAKES_PART, 303);
        x.post(THREAD + "/unpin", p, s, p.announcement).allow(COORDINATES, 303);
        x.post(THREAD + "/pin", p, s, p.announcement).allow(COORDINATES, 303);
        x.post(SPACE + "/reports/{report}/handled", p, s, p.report2).allow(COORDINATES, 303);
        // The author removes their own post; a coordinator may remove any (removing it again changes nothing).
        x.post(POST + "/delete", p, s, p.thread, p.extraPost).allow(THE_MEMBER_OR_COORDINATOR, 303);
        x.post(MEETING + "/cancel", p, s, p.cancelMeeting).allow(COORDINATES, 303);
        // Each visitor tries to remove a person of their own.
        Matrix.Row remove = x.post(SPACE + "/members/{person}/remove", p, s, spareIds.get(ANONYMOUS));
        for (V v : V.values()) remove.as(v, p.base() + "/members/" + spareIds.get(v) + "/remove");
        remove.allow(MANAGES_MEMBERS, 303);
        // Leaving: anyone in the space but its last coordinator; those not in it are told so. Then they are back.
        x.post(SPACE + "/leave", p, s).expect(v -> v == ANONYMOUS ? 403 : !p.knows(v) ? 404
                : v == GUEST || v == MEMBER || v == CHAIR ? 303 : 409);
        fixture.spaces().put(s, memberId, memberOrganisation, SpaceRole.MEMBER, null);
        fixture.spaces().put(s, chairId, chairOrganisation, SpaceRole.CHAIR, null);
        fixture.spaces().put(s, guestId, null, SpaceRole.GUEST, p.meeting);
    }

    /** The calendar feed (each with their own token), search, the home page, personal-data exports. */
    private void acrossSpacesRows(Matrix x) {
        Matrix.Row feed = x.get("/networks/feed/{token}", null, SecretTokens.newToken() + ".ics").file();
        feeds.forEach((v, token) -> feed.as(v, "/networks/feed/" + token + ".ics"));
        for (Place p : places) {
            feed.shows(p.meetingTitle(), GUEST, MEMBER, CHAIR, COORDINATOR);
            feed.shows(p.otherMeetingTitle(), MEMBER, CHAIR, COORDINATOR);
        }
        //                                                                      anon outs gues memb chai coor admi
        feed.expect(                                                            404, 200, 200, 200, 200, 200, 200);
        x.post("/networks/calendar", null).allow(SIGNED_IN, 303);   // each has a feed: changes nothing
        for (String word : List.of("Kwartelplan", "Merelbericht", "Spreeuwreactie", "Reigermededeling", "Eksterklacht",
                "Uilenmap", "Buizerdbegroting", "Sperwerconcept", "Valkstuk", "Kievitoverleg", "Gruttooverleg",
                "Wulpvoorstel", "Putterthema", "Sijsnotitie", "Lindeburg", "Patrijsverzoek", "Zwaluw")) {
            Matrix.Row search = x.get("/search", null).query("?q=" + word);
            for (Place p : places) {
                switch (word) {
                    case "Kwartelplan", "Reigermededeling", "Uilenmap", "Gruttooverleg", "Putterthema" ->
                            search.shows(p.t(word), visitors(p::reads));
                    case "Kievitoverleg" -> search.shows(p.t(word), visitors(p::readsMeeting));
                    default -> { }
                }
            }
            search.expect(                                                      200, 200, 200, 200, 200, 200, 200);
        }
        x.get("/", null).expect(                                                200, 200, 200, 200, 200, 200, 200);
        x.get("/account/export", null).export().file().allow(SIGNED_IN, 200);
    }

    /** Post notices, reports, invitations, join requests so far: nothing in them their reader may not read. */
    private void mailsSoFar(Matrix x) {
        plein.clock().advance(Duration.ofMinutes(3));
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
        Map<String, V> readers = Map.of(OUTSIDER_EMAIL, OUTSIDER, GUEST_EMAIL, GUEST, MEMBER_EMAIL, MEMBER,
                CHAIR_EMAIL, CHAIR, ADMINISTRATOR_EMAIL, ADMINISTRATOR, REQUESTER_EMAIL, OUTSIDER,
                DECLINED_EMAIL, OUTSIDER);
        readers.forEach((address, as) -> mailbox.to(address).forEach(mail -> x.mail(address, as, mail, Set.of())));
        assertTrue(mailbox.to(MEMBER_EMAIL).stream().anyMatch(m -> m.text().contains(closed.t("Spreeuwreactie"))),
                "the member, who follows the thread, hears of the chair's reply");
    }

    /**
     * The coordinator removes the member from the members-only space: their very next requests for its thread, files,
     * meetings, trajectory and forms are refused, their feed and search drop it, and no mail of it reaches them —
     * not the next post, the next morning's digest or their action's reminder.
     */
    private void removedMemberLosesAccessAtOnce(Matrix x) {
        Place c = closed;
        Browser cora = who.get(COORDINATOR);
        Browser removed = who.get(MEMBER);
        int mailsBefore = mailbox.to(MEMBER_EMAIL).size();
        done(cora.post(c.base() + "/members/" + memberId + "/remove", Map.of()), "removing the member");
        Set<String> gone = new HashSet<>(Set.of(c.t("Kwartelplan"), c.t("Merelbericht"), c.t("Spreeuwreactie"),
                c.docTitle(Doc.MEMBERS), c.fileText(Doc.MEMBERS, 1), c.fileText(Doc.MEMBERS, 2), c.docTitle(Doc.DRAFT),
                c.fileText(Doc.DRAFT, 2), c.meetingTitle(), c.otherMeetingTitle(), c.t("Roerdompactie"),
                c.t("Putterthema"), c.t("Sijsnotitie")));
        String d = c.base() + "/documents/";
        x.after(removed, "GET", c.base() + "/threads/" + c.thread, 403, gone);
        x.after(removed, "POST", c.base() + "/threads/" + c.thread + "/posts", 403, gone);
        x.after(removed, "GET", c.base() + "/documents", 403, gone);
        x.after(removed, "GET", d + c.docs.get(Doc.MEMBERS) + "/file", 403, gone);
        x.after(removed, "GET", d + c.docs.get(Doc.MEMBERS) + "/versions/1/file", 403, gone);
        x.after(removed, "GET", d + c.docs.get(Doc.DRAFT) + "/file", 403, gone);
        x.after(removed, "GET", c.base() + "/meetings/" + c.meeting, 403, gone);
        x.after(removed, "GET", c.base() + "/meetings/" + c.meeting + "/calendar.ics", 403, gone);
        x.after(removed, "POST", c.base() + "/meetings/" + c.meeting + "/rsvp", 403, gone);
        x.after(removed, "POST", c.base() + "/actions/" + c.action + "/status", 403, gone);
        x.after(removed, "GET", c.base() + "/trajectories/" + c.trajectory, 403, gone);
        x.after(removed, "POST", c.base() + "/trajectories/" + c.trajectory + "/notes", 403, gone);
        x.after(removed, "GET", c.base() + "/members", 403, gone);
        x.after(removed, "GET", c.base(), 200, gone);
        x.after(removed, "GET", "/networks/feed/" + feeds.get(MEMBER) + ".ics", 200, gone);
        x.after(removed, "GET", "/search?q=Kwartelplan", 200, gone);
        x.after(removed, "GET", "/", 200, gone);

        // Replies afterwards: by the coordinator (into the chair's digest) and by the chair (mailed at once).
        String afterwards = "Na het vertrek van het lid " + UUID.randomUUID();
        String later = "Nog later " + UUID.randomUUID();
        gone.addAll(Set.of(afterwards, later));
        done(cora.post(c.base() + "/threads/" + c.thread + "/posts", Map.of("body", afterwards)), "a reply");
        done(who.get(CHAIR).post(c.base() + "/threads/" + c.thread + "/posts", Map.of("body", later)), "a reply");
        plein.clock().advance(Duration.ofMinutes(3));
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
        assertTrue(mailbox.to(COORDINATOR_EMAIL).stream().anyMatch(m -> m.text().contains(later)),
                "the coordinator, who follows the thread, hears of the chair's reply (so the member would have)");
        int chairBefore = mailbox.to(CHAIR_EMAIL).size();
        at(ZonedDateTime.of(2026, 3, 3, 7, 5, 0, 0, AMSTERDAM));   // the morning's digest
        assertTrue(since(CHAIR_EMAIL, chairBefore).stream().anyMatch(m -> m.text().contains(afterwards)),
                "the chair's digest has the coordinator's reply (so the member's would have)");
        at(ZonedDateTime.of(2026, 3, 17, 9, 5, 0, 0, AMSTERDAM));  // three days before the actions' deadline
        List<Mailbox.Mail> since = since(MEMBER_EMAIL, mailsBefore);
        assertTrue(since.stream().anyMatch(m -> m.text().contains(open.t("Roerdompactie"))),
                "the member is reminded of the action of a space they are still in: " + since);
        since.forEach(mail -> x.mail(MEMBER_EMAIL + " (removed)", MEMBER, mail, gone));
    }

    /** Moves the clock to the moment and runs the jobs (digests, reminders) and the outbox that are due then. */
    private void at(ZonedDateTime moment) {
        plein.clock().advance(Duration.between(plein.clock().instant(), moment.toInstant()));
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
    }

    private List<Mailbox.Mail> since(String address, int before) {
        List<Mailbox.Mail> all = mailbox.to(address);
        return all.subList(before, all.size());
    }

    /** The visitors for whom the predicate holds. */
    private static V[] visitors(Predicate<V> predicate) {
        return Stream.of(V.values()).filter(predicate).toArray(V[]::new);
    }

    // ---- the matrix

    /** Asks every visitor in turn and keeps each answer that differs from the rules. */
    static final class Matrix {
        private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z]+}");
        private static final Pattern SPACE_PATH = Pattern.compile("^/networks/spaces/([0-9a-f-]{36})");

        private final Map<V, Browser> who;
        private final Map<String, String> permissions;
        private final List<Secret> secrets;
        private final Map<String, String> names = new LinkedHashMap<>();
        private final Set<String> asked = new TreeSet<>();
        private final List<List<String>> wrong = new ArrayList<>();
        /** Hidden texts that some allowed visitor got: looking for them elsewhere means something. */
        private final Set<String> seen = new TreeSet<>();
        private int rows;
        private int answers;

        Matrix(Map<V, Browser> who, Map<String, String> permissions, List<Secret> secrets) {
            this.who = who;
            this.permissions = permissions;
            this.secrets = secrets;
        }

        void name(String id, String label) {
            if (id != null) names.put(id, label);
        }

        Row get(String route, Place place, String... values) {
            return new Row("GET", route, place, values);
        }

        Row post(String route, Place place, String... values) {
            return new Row("POST", route, place, values);
        }

        /** A text that is on the page of exactly these visitors (when they get it), and on nobody else's. */
        private record Look(String text, Set<V> visitors) {
        }

        final class Row {
            private final String method;
            private final String route;
            private final Place place;
            private String path;
            private final Map<V, String> paths = new EnumMap<>(V.class);
            private Map<String, String> form = Map.of();
            private final List<Look> looks = new ArrayList<>();
            private final Set<String> entitled = new TreeSet<>();
            private boolean export;
            private boolean file;
            private String defect = "";

            private Row(String method, String route, Place place, String... values) {
                this.method = method;
                this.route = route;
                this.place = place;
                Matcher placeholder = PLACEHOLDER.matcher(route);
                StringBuilder filled = new StringBuilder();
                int used = 0;
                while (placeholder.find()) {
                    if (used >= values.length) throw new IllegalArgumentException(route + ": a value per placeholder");
                    placeholder.appendReplacement(filled, Matcher.quoteReplacement(values[used++]));
                }
                if (used != values.length) throw new IllegalArgumentException(route + ": a value per placeholder");
                placeholder.appendTail(filled);
                this.path = filled.toString();
            }

            Row query(String query) {
                path += query;
                return this;
            }

            /** This visitor asks for their own object instead. */
            Row as(V v, String ownPath) {
                paths.put(v, ownPath);
                return this;
            }

            /** The form to post instead of an empty one (the CSRF token is added). */
            Row form(Map<String, String> fields) {
                this.form = fields;
                return this;
            }

            Row shows(String text, V... visitors) {
                looks.add(new Look(text, Set.of(visitors)));
                return this;
            }

            /** Whoever asks this may see the text, although they could not otherwise: the address is the key. */
            Row entitles(String text) {
                entitled.add(text);
                return this;
            }

            /** A file or feed: kept out of shared caches. */
            Row file() {
                this.file = true;
                return this;
            }

            /** A personal-data export: it holds only the visitor's own data. */
            Row export() {
                this.export = true;
                return this;
            }

            /** The code disagrees with the rules here (found by this matrix); the rule stays the expectation. */
            Row defect(String why) {
                this.defect = why;
                return this;
            }

            /** Those the need allows get {@code allowed}; everyone else the gate's refusal. */
            void allow(Need need, int allowed) {
                expect(v -> need.allows(v, place) ? allowed : refusal(v));
            }

            void expect(int... expected) {
                if (expected.length != V.values().length) throw new IllegalArgumentException(route + ": one a visitor");
                expect(v -> expected[v.ordinal()]);
            }

            void expect(Function<V, Integer> expected) {
                if (route.startsWith("/networks")) asked.add(method + " " + route);
                rows++;
                for (V v : V.values()) {
                    String asks = paths.getOrDefault(v, path);
                    Browser browser = who.get(v);
                    Browser.Page page = method.equals("GET") ? browser.get(asks) : browser.post(asks, form);
                    answers++;
                    int wanted = expected.apply(v);
                    List<String> problems = new ArrayList<>(status(v, page, wanted));
                    for (Look look : looks) {
                        boolean on = page.body().contains(look.text());
                        if (on && !look.visitors().contains(v)) problems.add("shows “" + look.text() + "”");
                        if (!on && look.visitors().contains(v) && page.status() == 200) {
                            problems.add("lacks “" + look.text() + "”");
                        }
                    }
                    problems.addAll(leaks(v, page.body() + page.headers().map(), entitled, export));
                    String cache = page.header("Cache-Control");
                    if (file && page.status() == 200 && !cache.contains("no-store") && !cache.contains("private")) {
                        problems.add("may be kept in a shared cache (Cache-Control: " + cache + ")");
                    }
                    if (place != null && !place.knows(v)) problems.addAll(unlikeMissing(browser, asks, page));
                    if (!problems.isEmpty()) {
                        String request = method + " " + label(asks)
                                + (form.isEmpty() ? "" : " " + label(new TreeMap<>(form).toString()));
                        wrong.add(List.of(request, place == null ? "-" : place.code, v.label(), String.valueOf(wanted),
                                String.join("; ", problems), defect.isEmpty() ? "" : "DEFECT: " + defect));
                    }
                }
            }

            private List<String> status(V v, Browser.Page page, int wanted) {
                String location = page.location();
                if (page.status() != wanted) {
                    return List.of(page.status() + (location.isEmpty() ? "" : " → " + label(location)));
                }
                if (page.status() == 303 && v == ANONYMOUS && method.equals("GET")
                        && !location.startsWith("/login?next=%2F")) {
                    return List.of("303 → " + label(location) + " (not the sign-in page)");
                }
                if (page.status() == 303 && v != ANONYMOUS && location.startsWith("/login")) {
                    return List.of("303 → " + label(location) + " (signed out?)");
                }
                return List.of();
            }

            /** The gate's refusal: 404 where the space does not exist for them, else sign in (anonymous GET) or 403. */
            private int refusal(V v) {
                String permission = permissions.getOrDefault(method + " " + route, "PUBLIC");
                boolean get = method.equals("GET");
                if (v == ANONYMOUS && !permission.equals("PUBLIC")) return get ? 303 : 403;   // core, before the space
                if (place != null && !place.knows(v)) return 404;
                if (v == ANONYMOUS) return get ? 303 : 403;
                return 403;
            }

            /**
             * A space that does not exist for the visitor looks exactly like one that does not exist at all: the same
             * request with an id that was never handed out gets the same status, page and redirect.
             */
            private List<String> unlikeMissing(Browser browser, String asks, Browser.Page page) {
                Matcher space = SPACE_PATH.matcher(asks);
                if (!space.find()) return List.of();
                String id = space.group(1);
                String twin = asks.replace(id, MISSING_SPACE);
                Browser.Page missing = method.equals("GET") ? browser.get(twin) : browser.post(twin, form);
                boolean same = missing.status() == page.status()
                        && missing.body().equals(page.body().replace(id, MISSING_SPACE))
                        && missing.location().equals(page.location().replace(id, MISSING_SPACE));
                return same ? List.of() : List.of("unlike a space that does not exist (" + missing.status() + ")");
            }
        }

        /** Texts of the world in an answer that the visitor may not read (in an export: that are not their own). */
        private List<String> leaks(V v, String body, Set<String> entitled, boolean export) {
            List<String> found = new ArrayList<>();
            for (Secret secret : secrets) {
                if (!body.contains(secret.text())) continue;
                if (secret.mayKnow().test(v)) seen.add(secret.text());
                if (entitled.contains(secret.text())) continue;
                if (!secret.mayKnow().test(v) || export && !secret.owners().contains(v)) {
                    found.add("leaks “" + secret.text() + "”");
                }
            }
            return found;
        }

        /** A mail as received: nothing in it its reader may not read, nor any of the texts they may no longer. */
        void mail(String address, V reader, Mailbox.Mail mail, Set<String> notAnyMore) {
            String all = mail.subject() + "\n" + mail.text() + "\n" + mail.html();
            List<String> problems = leaks(reader, all, Set.of(), false);
            notAnyMore.stream().filter(all::contains).forEach(text -> problems.add("leaks “" + text + "”"));
            if (!problems.isEmpty()) {
                wrong.add(List.of("mail “" + mail.subject() + "” to " + address, "-", reader.label(),
                        "nothing hidden", String.join("; ", problems), ""));
            }
        }

        /** One request by a person whose standing changed (a removed member). */
        void after(Browser browser, String method, String path, int expected, Set<String> gone) {
            Browser.Page page = method.equals("GET") ? browser.get(path) : browser.post(path, Map.of("body", "Nog?"));
            List<String> problems = new ArrayList<>();
            if (page.status() != expected) problems.add(String.valueOf(page.status()));
            gone.stream().filter(page.body()::contains).forEach(text -> problems.add("leaks “" + text + "”"));
            if (!problems.isEmpty()) {
                wrong.add(List.of(method + " " + label(path), "members", "removed member", String.valueOf(expected),
                        String.join("; ", problems), ""));
            }
        }

        private String label(String text) {
            String labelled = text;
            for (Map.Entry<String, String> name : names.entrySet()) {
                labelled = labelled.replace(name.getKey(), "«" + name.getValue() + "»");
            }
            return labelled;
        }

        /** Fails with one table of every answer that differs, the routes without a row and unproven hidden texts. */
        void assertAsExpected(Set<String> declared, int spaces) {
            StringBuilder report = new StringBuilder();
            if (!wrong.isEmpty()) {
                List<List<String>> table = new ArrayList<>();
                table.add(List.of("request", "space", "visitor", "expected", "actual", "note"));
                table.addAll(wrong);
                int[] widths = new int[6];
                for (List<String> line : table) {
                    for (int c = 0; c < 6; c++) widths[c] = Math.max(widths[c], line.get(c).length());
                }
                report.append(wrong.size()).append(" of ").append(answers).append(" answers differ from the rules:\n");
                for (List<String> line : table) {
                    StringBuilder text = new StringBuilder("  ");
                    for (int c = 0; c < 6; c++) {
                        text.append(line.get(c)).append(" ".repeat(widths[c] - line.get(c).length() + 2));
                    }
                    report.append(text.toString().stripTrailing()).append('\n');
                }
            }
            Set<String> unseen = new TreeSet<>();
            secrets.forEach(secret -> unseen.add(secret.text()));
            unseen.removeAll(seen);
            if (!unseen.isEmpty()) {
                report.append("hidden texts no allowed visitor ever got (so their absence elsewhere proves nothing): ")
                        .append(unseen).append('\n');
            }
            Set<String> missing = new TreeSet<>(declared);
            missing.removeAll(asked);
            Set<String> unknown = new TreeSet<>(asked);
            unknown.removeAll(declared);
            if (!missing.isEmpty()) report.append("routes without a row: ").append(missing).append('\n');
            if (!unknown.isEmpty()) report.append("rows for routes the plugin does not declare: ").append(unknown)
                    .append('\n');
            System.out.println("Networks privacy matrix: " + declared.size() + " routes × " + V.values().length
                    + " visitors × " + spaces + " spaces; " + rows + " rows, " + answers + " answers");
            if (!report.isEmpty()) fail("\n" + report);
        }
    }

    /**
     * The routes the plugin declares, with their permission, read from its sources (a path may be built from string
     * constants and variables of the same file): a new route without a row fails this test.
     */
    static Map<String, String> declaredRoutes() {
        Pattern call = Pattern.compile(
                "\\.(get|post|put|delete|patch)\\(\\s*([^,()]+?)\\s*,\\s*\\w*Permissions?\\.([A-Z_]+)\\s*,");
        Pattern string = Pattern.compile("String\\s+(\\w+)\\s*=\\s*([^;]+);");
        Map<String, String> routes = new TreeMap<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Map<String, String> strings = new LinkedHashMap<>();
                Matcher s = string.matcher(source);
                while (s.find()) strings.putIfAbsent(s.group(1), s.group(2));
                Matcher m = call.matcher(source);
                while (m.find()) {
                    String path = evaluate(m.group(2), strings);
                    routes.put(m.group(1).toUpperCase(Locale.ROOT) + " /networks" + (path.equals("/") ? "" : path),
                            m.group(3));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(routes.size() > 70, "found the routes: " + routes);
        return routes;
    }

    /** A path written as string literals and names of strings joined with {@code +}. */
    private static String evaluate(String expression, Map<String, String> strings) {
        StringBuilder path = new StringBuilder();
        for (String part : expression.split("\\+")) {
            String p = part.strip();
            if (p.length() > 1 && p.startsWith("\"") && p.endsWith("\"")) {
                path.append(p, 1, p.length() - 1);
            } else if (strings.containsKey(p)) {
                path.append(evaluate(strings.get(p), strings));
            } else {
                throw new IllegalStateException("cannot read the route " + expression);
            }
        }
        return path.toString();
    }

    // ---- steps and helpers

    static final Pattern SPACE_ID = Pattern.compile("/spaces/([0-9a-f-]{36})");
    static final Pattern THREAD_ID = Pattern.compile("/threads/([0-9a-f-]{36})");
    static final Pattern POST_ID = Pattern.compile("#post-([0-9a-f-]{36})");
    static final Pattern FOLDER_ID = Pattern.compile("folder=([0-9a-f-]{36})");
    static final Pattern DOCUMENT_ID = Pattern.compile("/documents/([0-9a-f-]{36})");
    static final Pattern MEETING_ID = Pattern.compile("/meetings/([0-9a-f-]{36})");
    static final Pattern TRAJECTORY_ID = Pattern.compile("/trajectories/([0-9a-f-]{36})");
    static final Pattern FEED = Pattern.compile("/networks/feed/([A-Za-z0-9_-]{20,})\\.ics");

    /** The address of the invitation to the space that nobody accepts. */
    private static String invitee(Place p) {
        return "nog.niet." + p.code + "@netwerk.test";
    }

    private static String token(Mailbox.Mail invitation) {
        return invitation.linkPath().substring("/networks/invitations/".length());
    }

    private String createSpace(Browser coordinator, String name, Visibility visibility, String kind) {
        Browser.Page page = coordinator.post("/networks/spaces/new", Map.of("name", name,
                "description", "Beschrijving van " + name + ".", "visibility", visibility.code(), "kind", kind));
        return group(SPACE_ID, done(page, "creating " + name).location());
    }

    private String plan(Browser coordinator, Place p, String title, String date) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", title);
        form.put("date", date);
        form.put("startTime", "14:00");
        form.put("endTime", "16:00");
        form.put("place", "Buurthuis De Linde, Lindeburg");
        form.put("onlineUrl", "");
        form.put("deadlineDate", "");
        form.put("deadlineTime", "");
        return group(MEETING_ID, done(coordinator.post(p.base() + "/meetings", form), "planning " + title).location());
    }

    /**
     * Posts a multipart form with a tiny but real PDF that carries a text of its own, as a browser does (core's test
     * browser posts plain forms only), with the browser's cookies and CSRF token.
     */
    private Browser.Page upload(Browser browser, String path, Map<String, String> fields, String filename,
                                String text) {
        byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n" + text + "\n")
                .getBytes(StandardCharsets.US_ASCII);
        String boundary = "----plein" + UUID.randomUUID();
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("_csrf", browser.csrfToken());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (var field : all.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                    + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        String cookies = "plein_csrf=" + browser.csrfToken()
                + browser.cookie("plein_session").map(s -> "; plein_session=" + s).orElse("");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + plein.platform().port() + path))
                .header("Cookie", cookies).header("Accept-Language", "nl")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Browser.Page(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Browser.Page done(Browser.Page page, String what) {
        assertEquals(303, page.status(), what + ": " + page.body());
        return page;
    }

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) throw new AssertionError(pattern + " not in " + text);
        return matcher.group(1);
    }

    private String single(String sql, Object... args) {
        List<String> found = strings(sql, args);
        assertEquals(1, found.size(), sql);
        return found.get(0);
    }

    private List<String> strings(String sql, Object... args) {
        return plein.jdbi().withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) query.bind(i, args[i]);
            return query.mapTo(String.class).list();
        });
    }

    private int count(String sql, Object... args) {
        return plein.jdbi().withHandle(h -> {
            var query = h.createQuery(sql);
            for (int i = 0; i < args.length; i++) query.bind(i, args[i]);
            return query.mapTo(Integer.class).one();
        });
    }
}
