package nl.plein.networks.meeting;

import static nl.plein.networks.meeting.MeetingFixture.meeting;
import static nl.plein.networks.meeting.MeetingFixture.meetingForm;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.networks.NetworksFixture;
import nl.plein.networks.space.Space;
import nl.plein.networks.space.SpaceRole;
import nl.plein.networks.space.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Whatever is typed or put in an address, the answer is a page that says what is wrong, never a server error. */
class MeetingBadInputTest {

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin();

    MeetingFixture fixture = new MeetingFixture(plein);
    NetworksFixture networks = fixture.networks;

    @Test
    void oddFormsAndAddressesAreAnsweredWithoutAServerError() {
        String cora = networks.person("cora@lovz.test", "Cora Coördinator");
        String chris = networks.person("chris@lovz.test", "Chris Voorzitter");
        Space space = networks.space("Landelijk Overleg", Visibility.MEMBERS, cora);
        networks.join(space, chris, null, SpaceRole.CHAIR);
        Browser coordinator = networks.signedIn("cora@lovz.test");
        Browser chair = networks.signedIn("chris@lovz.test");
        String id = fixture.plan(coordinator, space, meetingForm("Overleg", "2026-03-10", "14:00", "16:00"));
        String base = "/networks/spaces/" + space.id();
        // Longer than any field may be (5,000 characters), yet a form of eight of them stays under core's 1 MB.
        String huge = "ä<script>'\"".repeat(1_000);
        String hugeMinutes = "ä<script>'\"".repeat(10_000);

        List<String> failures = new ArrayList<>();
        Map<String, Integer> gets = new LinkedHashMap<>();
        gets.put(base + "/meetings?year=-1", 200);
        gets.put(base + "/meetings?year=99999999999999", 200);
        gets.put(base + "/meetings?year=" + "9".repeat(2000), 200);
        gets.put(base + "/meetings/..%2F..%2Fetc", 404);
        gets.put(base + "/meetings/%00", 400);   // Jetty refuses a NUL in a path itself
        gets.put(base + "/actions?filter=" + "x".repeat(3000), 200);
        gets.put(base + "/actions?meeting=" + "x".repeat(3000), 200);
        gets.put(base + "/decisions?meeting=%27%20OR%201%3D1", 200);
        gets.put(base + "/actions/" + "x".repeat(100) + "/edit", 404);
        gets.put("/networks/spaces/onbekend/meetings", 404);
        gets.put("/networks/feed/%2e%2e", 404);
        gets.forEach((path, status) -> {
            int got = coordinator.get(path).status();
            if (got != status) failures.add("GET " + path.substring(0, Math.min(path.length(), 120)) + ": " + got);
        });

        Map<String, Map<String, String>> posts = new LinkedHashMap<>();
        posts.put(base + "/meetings", Map.of("title", huge, "date", huge, "startTime", huge, "endTime", huge,
                "place", huge, "onlineUrl", huge, "deadlineDate", huge, "deadlineTime", huge));
        posts.put(meeting(space, id) + "/edit", Map.of("title", "T", "date", "2026-13-45", "startTime", "-1:00",
                "endTime", "99:99", "place", "", "onlineUrl", "https://", "deadlineDate", "0000-00-00"));
        posts.put(meeting(space, id) + "/agenda", Map.of("agendaTitle", huge, "agendaDescription", huge));
        posts.put(meeting(space, id) + "/rsvp", Map.of("answer", huge));
        posts.put(meeting(space, id) + "/guests", Map.of("guestEmail", huge));
        posts.put(meeting(space, id) + "/minutes", Map.of("body", hugeMinutes, "revision", "-5"));
        posts.put(meeting(space, id) + "/minutes/comments", Map.of("comment", huge));
        posts.put(base + "/actions", Map.of("title", huge, "owner", huge, "dueOn", "-999999999-01-01",
                "meeting", huge));
        posts.put(base + "/decisions", Map.of("text", huge, "decidedOn", "+99999-01-01", "meeting", huge));
        posts.forEach((path, form) -> {
            int got = coordinator.post(path, form).status();
            if (got != 422) failures.add("POST " + path + ": " + got);
        });
        for (String revision : List.of("-1", "99999999999", "1e3", huge)) {
            int got = chair.post(meeting(space, id) + "/minutes/approve", Map.of("revision", revision)).status();
            String shown = revision.substring(0, Math.min(20, revision.length()));
            if (got != 409) failures.add("approve " + shown + ": " + got);
        }
        assertEquals(List.of(), failures, String.join("\n", failures));
        assertEquals(1, fixture.count("SELECT COUNT(*) FROM networks_meetings"));
        assertEquals(0, fixture.count("SELECT COUNT(*) FROM networks_agenda_items"));
    }
}
