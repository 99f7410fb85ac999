package nl.plein.webinars.calendar;

import static nl.plein.webinars.WebinarsFixture.BASE_URL;
import static nl.plein.webinars.WebinarsFixture.event;
import static nl.plein.webinars.WebinarsFixture.events;
import static nl.plein.webinars.WebinarsFixture.parse;
import static nl.plein.webinars.WebinarsFixture.property;
import static nl.plein.webinars.WebinarsFixture.sessionInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.Mailbox;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.WebinarsFixture;
import nl.plein.webinars.programme.Session;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A week the organiser takes back to a draft after people registered is gone for them: not in My sessions, not in
 * their personal calendar feed, and its reminders send nothing. Published again, it is all back.
 */
class UnpublishedWeekTest {

    private static final Pattern FEED_URL = Pattern.compile(
            Pattern.quote(BASE_URL) + "/webinars/feed/([A-Za-z0-9_-]{43})\\.ics");
    private static final String TITLE = "Ouderen bereiken";
    private static final String DAY = "Morgen: je kennisboostsessie";
    private static final String HOUR = "Over een uur begint je kennisboostsessie";

    @RegisterExtension
    static GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin(b -> b.set("PLEIN_BASE_URL", BASE_URL)
            .set("PLEIN_SMTP_HOST", "127.0.0.1").set("PLEIN_SMTP_PORT", String.valueOf(greenMail.getSmtp().getPort())));

    WebinarsFixture fixture = new WebinarsFixture(plein);

    private final Mailbox mailbox = new Mailbox(greenMail);

    @Test
    void aWeekTakenBackLeavesMySessionsTheFeedAndTheRemindersAndComesBackWhenRepublished() {
        // Entered with the organiser's forms, so its reminders are planned: 16 March 10:00 and 17 March 09:00.
        fixture.organiser("org@plein.test", "Olga Organisator");
        Browser organiser = fixture.signedIn("org@plein.test");
        WebinarsFixture.Forms forms = fixture.forms(organiser);
        String weekId = forms.week("Ervaring telt", true);
        Session session = fixture.session(forms.session(weekId,
                sessionInput(TITLE, LocalDateTime.of(2026, 3, 17, 10, 0), 5)));
        assertEquals(2, fixture.count("SELECT COUNT(*) FROM plein_jobs WHERE owner = 'webinars' AND kind = ? "
                + "AND status = 'pending'", Reminders.KIND));

        Browser ann = fixture.member("ann@plein.test", "Ann Aanmelder");
        assertEquals("registered", fixture.register(ann, session));
        assertTrue(ann.get("/webinars/my").body().contains(TITLE));
        ann.post("/webinars/calendar/create", Map.of());
        String feed = "/webinars/feed/" + token(ann.get("/webinars/calendar").body()) + ".ics";
        assertEquals(TITLE, property(event(parse(plein.browser().get(feed).body()), session), "SUMMARY"));

        // The organiser takes the week back to a draft with the week form.
        assertEquals(303, organiser.post("/webinars/weeks/" + weekId + "/edit", weekForm(false)).status());
        assertFalse(ann.get("/webinars/my").body().contains(TITLE), "gone from My sessions");
        Browser.Page hiddenFeed = plein.browser().get(feed);
        assertEquals(200, hiddenFeed.status(), "the address itself still works");
        assertEquals(0, events(parse(hiddenFeed.body())).size(), hiddenFeed.body());
        assertFalse(hiddenFeed.body().contains(TITLE));

        // A day before: the reminder's job runs, and sends nothing.
        fixture.clockAt(LocalDateTime.of(2026, 3, 16, 10, 0));
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
        assertEquals(List.of(), reminderSubjects("ann@plein.test"), "no reminder for a draft week's session");
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM plein_jobs WHERE owner = 'webinars' AND kind = ? "
                + "AND status = 'pending' AND run_at <= ?", Reminders.KIND, plein.clock().instant().toEpochMilli()),
                "the due reminder did run");

        // Published again: back in My sessions and in the feed, and the hour reminder goes out.
        organiser = fixture.signedIn("org@plein.test");
        assertEquals(303, organiser.post("/webinars/weeks/" + weekId + "/edit", weekForm(true)).status());
        ann = fixture.signedIn("ann@plein.test");
        String mine = ann.get("/webinars/my").body();
        assertTrue(mine.contains(TITLE), mine);
        assertTrue(mine.contains("Je bent aangemeld"));
        assertEquals(TITLE, property(event(parse(plein.browser().get(feed).body()), session), "SUMMARY"));

        fixture.clockAt(LocalDateTime.of(2026, 3, 17, 9, 0));
        plein.platform().jobs().runDue();
        plein.platform().sendMail();
        assertEquals(List.of(HOUR), reminderSubjects("ann@plein.test"), "republished, it reminds again");
    }

    /** The week form as the organiser sends it, with "published" ticked or not. */
    private static Map<String, String> weekForm(boolean published) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("theme", "Ervaring telt");
        form.put("description", "Een week over **Ervaring telt**.");
        form.put("startsOn", "2026-03-16");
        form.put("endsOn", "2026-03-20");
        if (published) form.put("published", "yes");
        return form;
    }

    private List<String> reminderSubjects(String address) {
        return mailbox.to(address).stream().map(Mailbox.Mail::subject).filter(s -> s.equals(DAY) || s.equals(HOUR))
                .toList();
    }

    private static String token(String page) {
        Matcher matcher = FEED_URL.matcher(page);
        if (!matcher.find()) throw new AssertionError("no feed address in: " + page);
        return matcher.group(1);
    }
}
