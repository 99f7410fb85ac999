package nl.plein.webinars.integration;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import nl.plein.core.testing.PleinExtension;
import nl.plein.webinars.programme.ProgrammeRepository;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.programme.SessionDraft;
import nl.plein.webinars.programme.SessionStatus;
import nl.plein.webinars.programme.Speaker;
import nl.plein.webinars.programme.SpeakerKind;
import nl.plein.webinars.programme.Week;

/** Weeks, speakers and sessions written through the shared repository, as the organiser's forms would. */
final class Programme {

    private final PleinExtension plein;
    private final ProgrammeRepository programme;

    Programme(PleinExtension plein) {
        this.plein = plein;
        this.programme = new ProgrammeRepository(plein.jdbi(), () -> UUID.randomUUID().toString(), plein.clock());
    }

    ProgrammeRepository repository() {
        return programme;
    }

    Week week(String theme, boolean published) {
        LocalDate today = LocalDate.ofInstant(plein.clock().instant(), ZoneId.of("Europe/Amsterdam"));
        return programme.createWeek(theme, "Een week over " + theme.toLowerCase() + ".", today.plusDays(7),
                today.plusDays(11), published, null);
    }

    Speaker speaker(String name, SpeakerKind kind) {
        return programme.createSpeaker(name, "Organisatie van " + name, "Spreekt over wat werkt.", kind);
    }

    /** A planned session of an hour, starting this long from now. */
    Session session(Week week, String title, int capacity, Duration fromNow, List<String> topics,
                    List<Speaker> speakers) {
        Instant start = plein.clock().instant().plus(fromNow);
        String id = programme.createSession(week.id(), new SessionDraft(title, "Wat je ervan leert: " + title + ".",
                start, start.plus(Duration.ofHours(1)), "https://meet.example.org/" + title.length(), capacity, "nl",
                new Session.Accessibility(true, false, false, ""), SessionStatus.PLANNED, null, topics,
                speakers.stream().map(Speaker::id).toList()));
        return programme.session(id).orElseThrow();
    }
}
