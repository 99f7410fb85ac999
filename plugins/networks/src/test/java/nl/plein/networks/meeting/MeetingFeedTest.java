package nl.plein.networks.meeting;

import static nl.plein.networks.meeting.MeetingFixture.BASE_URL;
import static nl.plein.networks.meeting.MeetingFixture.event;
import static nl.plein.networks.meeting.MeetingFixture.events;
import static nl.plein.networks.meeting.MeetingFixture.meeting;
import static nl.plein.networks.meeting.MeetingFixture.meetingForm;
import static nl.plein.networks.meeting.MeetingFixture.parse;
import static nl.plein.networks.meeting.MeetingFixture.property;
import static nl.plein.networks.meeting.MeetingFixture.start;
import static nl.plein.networks.meeting.MeetingFixture.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
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
 * The personal calendar feed: one secret address per person, holding the meetings of the spaces they are in now (and
 * a guest's one meeting), never another space's; each meeting with a stable UID, its time in Europe/Amsterdam with
 * the zone's rules, and a SEQUENCE and STATUS that follow moves and cancellations. And a meeting as a file.
 */
class MeetingFeedTest {

    private static final Pattern FEED_URL = Pattern.compile(
            Pattern.quote(BASE_URL) + "/networks/feed/([A-Za-z0-9_-]{43})\\.ics");

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin(b -> b.set("PLEIN_BASE_URL", BASE_URL));

    MeetingFixture fixture = new MeetingFixture(plein);
    NetworksFixture networks = fixture.networks;

    @Test
    void theFeedHoldsTheMeetingsOfTheSpacesOneIsInNowAndFollowsEveryChange() {
        String cora = networks.person("cora@lovz.test", "Cora Coördinator");
        String mila = networks.person("mila@lovz.test", "Mila Meulenbelt");
        Space lovz = networks.space("Landelijk Overleg Zorgvrijwilligers", Visibility.MEMBERS, cora);
        Space open = networks.space("Open Kring", Visibility.OPEN, cora);
        Space secret = networks.space("Geheime Kring", Visibility.SECRET, cora);
        Space guestOf = networks.space("Samen Ouder Worden", Visibility.SECRET, cora);
        networks.join(lovz, mila, null, SpaceRole.MEMBER);
        networks.join(open, mila, null, SpaceRole.CHAIR);
        Browser coordinator = networks.signedIn("cora@lovz.test");
        Map<String, String> form = meetingForm("Voorjaarsoverleg", "2026-03-10", "14:00", "16:00");
        String voorjaar = fixture.plan(coordinator, lovz, form);
        String kring = fixture.plan(coordinator, open, meetingForm("Kringgesprek", "2026-04-02", "19:30", "21:00"));
        String geheim = fixture.plan(coordinator, secret, meetingForm("Geheim beraad", "2026-03-12", "10:00",
                "12:00"));
        String gast = fixture.plan(coordinator, guestOf, meetingForm("Leernetwerk", "2026-03-20", "13:00", "15:00"));
        String zonderGast = fixture.plan(coordinator, guestOf, meetingForm("Stuurgroep", "2026-03-21", "13:00",
                "15:00"));
        assertEquals(303, coordinator.post(meeting(guestOf, gast) + "/guests", Map.of("guestEmail", "mila@lovz.test"))
                .status());

        // The page makes nothing on a GET; pressing the button (a POST) makes the address.
        Browser milaBrowser = networks.signedIn("mila@lovz.test");
        Browser.Page none = milaBrowser.get("/networks/calendar");
        assertEquals(200, none.status());
        assertTrue(none.body().contains("Je hebt nog geen agenda-adres."));
        assertTrue(none.body().contains("Landelijk Overleg Zorgvrijwilligers"));
        assertTrue(none.body().contains("/meetings/" + gast + "\">Samen Ouder Worden</a> (alleen de vergadering waar je "
                + "gast bent)"), none.body());
        assertFalse(none.body().contains("Geheime Kring"));
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM networks_feed_tokens"));
        assertEquals(303, plein.browser().get("/networks/calendar").status(), "sign in first");
        Browser.Page made = milaBrowser.post("/networks/calendar", Map.of("action", "create"));
        assertEquals(303, made.status());
        Browser.Page page = milaBrowser.get(made.location());
        assertEquals("no-store", page.header("Cache-Control"));
        assertTrue(page.body().contains("Je agenda-adres is klaar."));
        String token = token(page.body());
        assertEquals(SecretTokens.hash(token), fixture.single("SELECT token_hash FROM networks_feed_tokens"));
        assertEquals(303, milaBrowser.post("/networks/calendar", Map.of("action", "create")).status());
        assertEquals(token, token(milaBrowser.get("/networks/calendar").body()), "making it twice keeps the address");

        Browser.Page feed = plein.browser().get("/networks/feed/" + token + ".ics");
        assertEquals(200, feed.status());
        assertTrue(feed.header("Content-Type").startsWith("text/calendar"));
        Calendar calendar = parse(feed.body());
        assertEquals("Vergaderingen van mijn netwerken", calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue());
        assertEquals(List.of(voorjaar, gast, kring).stream().sorted().toList(), events(calendar).stream()
                .map(e -> e.getUid().orElseThrow().getValue().replace("@netwerk.plein.test", "")).sorted().toList());
        assertFalse(feed.body().contains("Geheim beraad"), "a space she is not in");
        assertFalse(feed.body().contains(geheim));
        assertFalse(feed.body().contains("Stuurgroep"), "a guest sees only their meeting");
        assertFalse(feed.body().contains(zonderGast));
        VEvent event = event(calendar, voorjaar);
        assertEquals("Voorjaarsoverleg (Landelijk Overleg Zorgvrijwilligers)", property(event, "SUMMARY"));
        assertEquals(Instant.parse("2026-03-10T13:00:00Z"), start(event));
        assertTrue(feed.body().contains("DTSTART;TZID=Europe/Amsterdam:20260310T140000"), feed.body());
        assertTrue(feed.body().contains("BEGIN:VTIMEZONE"));
        assertTrue(feed.body().contains("TZID:Europe/Amsterdam"));
        assertEquals("0", property(event, "SEQUENCE"));
        assertEquals("CONFIRMED", property(event, "STATUS"));
        assertEquals("Buurthuis De Linde, Lindeburg", property(event, "LOCATION"));
        assertTrue(property(event, "DESCRIPTION").contains(BASE_URL + meeting(lovz, voorjaar)));
        assertEquals(feed.body(), plein.browser().get("/networks/feed/" + token).body(), "with or without .ics");

        // A move raises the SEQUENCE and the time follows; cancelling marks it cancelled. The UID stays.
        assertEquals(303, coordinator.post(meeting(lovz, voorjaar) + "/edit", with(form, "startTime", "15:00"))
                .status());
        VEvent moved = event(parse(plein.browser().get("/networks/feed/" + token + ".ics").body()), voorjaar);
        assertEquals("1", property(moved, "SEQUENCE"));
        assertEquals(Instant.parse("2026-03-10T14:00:00Z"), start(moved));
        assertEquals(303, coordinator.post(meeting(lovz, voorjaar) + "/cancel", Map.of()).status());
        VEvent cancelled = event(parse(plein.browser().get("/networks/feed/" + token + ".ics").body()), voorjaar);
        assertEquals("2", property(cancelled, "SEQUENCE"));
        assertEquals("CANCELLED", property(cancelled, "STATUS"));
        assertEquals("Afgelast: Voorjaarsoverleg (Landelijk Overleg Zorgvrijwilligers)",
                property(cancelled, "SUMMARY"));

        // Taken out of a space: its meetings leave the feed at the next fetch.
        networks.spaces().remove(lovz.id(), mila);
        Calendar after = parse(plein.browser().get("/networks/feed/" + token + ".ics").body());
        assertEquals(List.of(gast, kring).stream().sorted().toList(), events(after).stream()
                .map(e -> e.getUid().orElseThrow().getValue().replace("@netwerk.plein.test", "")).sorted().toList());

        // Wrong, malformed and replaced tokens are not found.
        assertEquals(404, plein.browser().get("/networks/feed/" + SecretTokens.newToken() + ".ics").status());
        assertEquals(404, plein.browser().get("/networks/feed/kort.ics").status());
        assertEquals(404, plein.browser().get("/networks/feed/" + "a".repeat(3000)).status());
        Browser.Page reset = milaBrowser.post("/networks/calendar", Map.of("action", "reset"));
        assertEquals("/networks/calendar?reset=1", reset.location());
        String renewed = token(milaBrowser.get(reset.location()).body());
        assertNotEquals(token, renewed);
        assertEquals(404, plein.browser().get("/networks/feed/" + token + ".ics").status());
        assertEquals(200, plein.browser().get("/networks/feed/" + renewed + ".ics").status());
        Browser.Page elsewhere = networks.signedIn("mila@lovz.test").get("/networks/calendar");
        assertFalse(FEED_URL.matcher(elsewhere.body()).find(), "only the browser that made it sees it again");
        assertTrue(elsewhere.body().contains("Je hebt al een agenda-adres."));
    }

    @Test
    void aMeetingAsAFileIsForThoseWhoMayReadIt() {
        String cora = networks.person("cora@lovz.test", "Cora Coördinator");
        String mila = networks.person("mila@lovz.test", "Mila Meulenbelt", "en");
        networks.person("otto@buiten.test", "Otto Buiten");
        Space lovz = networks.space("Landelijk Overleg Zorgvrijwilligers", Visibility.MEMBERS, cora);
        Space secret = networks.space("Geheime Kring", Visibility.SECRET, cora);
        networks.join(lovz, mila, null, SpaceRole.MEMBER);
        Browser coordinator = networks.signedIn("cora@lovz.test");
        String voorjaar = fixture.plan(coordinator, lovz, with(meetingForm("Voorjaarsoverleg", "2026-03-29", "10:00",
                "12:00"), "onlineUrl", "https://vergader.example/geheim-adres"));
        String geheim = fixture.plan(coordinator, secret, meetingForm("Geheim beraad", "2026-03-12", "10:00",
                "12:00"));

        Browser.Page file = networks.signedIn("mila@lovz.test").acceptLanguage("en")
                .get(meeting(lovz, voorjaar) + "/calendar.ics");
        assertEquals(200, file.status());
        assertEquals("attachment; filename=\"voorjaarsoverleg.ics\"", file.header("Content-Disposition"));
        VEvent event = event(parse(file.body()), voorjaar);
        // 29 March 2026 is the night clocks go forward: 10:00 in Amsterdam is 08:00 UTC.
        assertEquals(Instant.parse("2026-03-29T08:00:00Z"), start(event));
        assertFalse(file.body().contains("geheim-adres"), "the online link stays on the page, files travel");
        assertEquals(303, plein.browser().get(meeting(lovz, voorjaar) + "/calendar.ics").status());
        Browser otto = networks.signedIn("otto@buiten.test");
        assertEquals(403, otto.get(meeting(lovz, voorjaar) + "/calendar.ics").status());
        assertEquals(404, otto.get(meeting(secret, geheim) + "/calendar.ics").status());
        assertEquals(404, networks.signedIn("mila@lovz.test").get(meeting(lovz, geheim) + "/calendar.ics").status(),
                "another space's meeting under this space");
    }

    private static String token(String body) {
        Matcher matcher = FEED_URL.matcher(body);
        if (!matcher.find()) throw new AssertionError("no feed address in: " + body);
        return matcher.group(1);
    }
}
