package nl.plein.webinars.calendar;

import static nl.plein.webinars.WebinarsFixture.BASE_URL;
import static nl.plein.webinars.WebinarsFixture.JOIN_URL;
import static nl.plein.webinars.WebinarsFixture.event;
import static nl.plein.webinars.WebinarsFixture.events;
import static nl.plein.webinars.WebinarsFixture.parse;
import static nl.plein.webinars.WebinarsFixture.property;
import static nl.plein.webinars.WebinarsFixture.start;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.WebinarsFixture;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.programme.Week;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A session as a calendar file: the right hour on both sides of a daylight-saving change, and only when public. */
class SessionFileTest {

    private static final String SUMMARY = "Hoe je nieuwe vrijwilligers een goede start geeft.";

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin(b -> b.set("PLEIN_BASE_URL", BASE_URL));

    WebinarsFixture fixture = new WebinarsFixture(plein);

    @Test
    void sessionFileHasTheRightLocalTimeOnEitherSideOfTheClockChanges() {
        Week week = fixture.week("Nieuwe vrijwilligers", true);
        // 28 March 2027: clocks go from 02:00 to 03:00 (CET → CEST). 31 October 2027: back from 03:00 to 02:00.
        Session spring = session(week, "Vrijwilligers werven na de lente", LocalDateTime.of(2027, 3, 28, 10, 0));
        Session night = session(week, "Nachtsessie", LocalDateTime.of(2027, 3, 28, 1, 30));
        Session autumn = session(week, "Één sessie vóór de winter!", LocalDateTime.of(2027, 10, 31, 10, 0));

        Browser.Page page = plein.browser().get("/webinars/sessions/" + spring.id() + "/calendar.ics");
        assertEquals(200, page.status());
        assertEquals("text/calendar;charset=utf-8", page.header("Content-Type").replace(" ", "").toLowerCase());
        assertEquals("attachment; filename=\"vrijwilligers-werven-na-de-lente.ics\"", page.header("Content-Disposition"));
        assertTrue(page.body().contains("DTSTART;TZID=Europe/Amsterdam:20270328T100000\r\n"), page.body());
        assertTrue(page.body().contains("DTEND;TZID=Europe/Amsterdam:20270328T110000\r\n"));

        Calendar calendar = parse(page.body());
        assertEquals("-//Plein//Kennisboostweken//NL", calendar.getProperty("PRODID").orElseThrow().getValue());
        assertEquals("2.0", calendar.getProperty("VERSION").orElseThrow().getValue());
        assertEquals("PUBLISH", calendar.getProperty("METHOD").orElseThrow().getValue());
        assertEquals("Europe/Amsterdam", calendar.getComponent("VTIMEZONE").orElseThrow()
                .getProperty("TZID").orElseThrow().getValue());
        assertFalse(page.body().contains("TZURL"), "nothing invites an app to fetch zone data elsewhere");
        assertEquals(1, events(calendar).size());

        VEvent event = event(calendar, spring);
        assertEquals(spring.id() + "@kennis.plein.test", property(event, "UID"));
        assertEquals("Europe/Amsterdam", event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue());
        assertEquals(Instant.parse("2027-03-28T08:00:00Z"), start(event), "summer time: UTC+2");
        assertEquals(Instant.parse("2027-03-28T09:00:00Z"), Instant.from(event.getDateTimeEnd().getDate()));
        assertEquals("20260302T090000Z", property(event, "DTSTAMP"), "stamped with the platform clock");
        assertEquals("Vrijwilligers werven na de lente", property(event, "SUMMARY"));
        String pageUrl = BASE_URL + "/webinars/sessions/" + spring.id();
        assertTrue(property(event, "DESCRIPTION").startsWith(SUMMARY));
        assertTrue(property(event, "DESCRIPTION").contains(pageUrl));
        assertEquals(pageUrl, property(event, "URL"));
        assertFalse(page.body().contains(JOIN_URL), "the join link stays on the session page");
        assertEquals("0", property(event, "SEQUENCE"));
        assertEquals("CONFIRMED", property(event, "STATUS"));

        // An hour that does not exist in Amsterdam on that night is not needed: 01:30 is still winter time.
        VEvent beforeTheChange = event(parse(plein.browser().get("/webinars/sessions/" + night.id() + "/calendar.ics")
                .body()), night);
        assertEquals(Instant.parse("2027-03-28T00:30:00Z"), start(beforeTheChange), "winter time: UTC+1");
        assertEquals(Instant.parse("2027-03-28T01:30:00Z"), Instant.from(beforeTheChange.getDateTimeEnd().getDate()),
                "ends at 03:30 summer time, an hour later");

        Browser.Page autumnPage = plein.browser().get("/webinars/sessions/" + autumn.id() + "/calendar.ics");
        assertTrue(autumnPage.body().contains("DTSTART;TZID=Europe/Amsterdam:20271031T100000\r\n"));
        assertEquals(Instant.parse("2027-10-31T09:00:00Z"), start(event(parse(autumnPage.body()), autumn)),
                "winter time again: UTC+1");
        assertEquals("attachment; filename=\"een-sessie-voor-de-winter.ics\"", autumnPage.header("Content-Disposition"));
    }

    @Test
    void onlySessionsOfPublishedWeeksHaveAFileAndACancelledOneSaysSo() {
        Session draft = session(fixture.week("Nog geheim", false), "Nog geheim", LocalDateTime.of(2026, 4, 8, 14, 0));
        String path = "/webinars/sessions/" + draft.id() + "/calendar.ics";
        assertEquals(404, plein.browser().get(path).status());
        assertEquals(404, fixture.member().get(path).status());
        assertEquals(200, fixture.organiser().get(path).status(), "organisers see drafts");
        assertEquals(404, plein.browser().get("/webinars/sessions/0190b8e4-0000-7000-8000-000000000000/calendar.ics")
                .status());
        assertEquals(404, plein.browser().get("/webinars/sessions/%27%3Bdrop/calendar.ics").status());

        Session off = session(fixture.week("Nieuwe vrijwilligers", true), "Gaat niet door",
                LocalDateTime.of(2026, 4, 9, 14, 0));
        fixture.programme().cancelSession(off.id());
        String offPath = "/webinars/sessions/" + off.id() + "/calendar.ics";
        VEvent cancelled = event(parse(plein.browser().get(offPath).body()), off);
        assertEquals("CANCELLED", property(cancelled, "STATUS"));
        assertEquals("1", property(cancelled, "SEQUENCE"), "higher than the file people already have");
        assertEquals("Afgelast: Gaat niet door", property(cancelled, "SUMMARY"));
        assertEquals("Cancelled: Gaat niet door", property(event(parse(plein.browser().acceptLanguage("en").get(offPath)
                .body()), off), "SUMMARY"));
    }

    /** A session of twenty places; its summary is what the calendar's DESCRIPTION starts with. */
    private Session session(Week week, String title, LocalDateTime amsterdamStart) {
        return fixture.session(week, title).at(amsterdamStart).seats(20).summary(SUMMARY).create();
    }
}
