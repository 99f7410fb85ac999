package nl.plein.webinars.integration;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import nl.plein.api.hooks.DemoData;
import nl.plein.webinars.Webinars;
import nl.plein.webinars.programme.ProgrammeRepository;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.programme.SessionDraft;
import nl.plein.webinars.programme.SessionListener;
import nl.plein.webinars.programme.SessionStatus;
import nl.plein.webinars.programme.Speaker;
import nl.plein.webinars.programme.SpeakerKind;
import nl.plein.webinars.programme.Week;
import nl.plein.webinars.registration.Outcome;
import nl.plein.webinars.registration.Registrations;

/**
 * Invented demo content: a past week on young volunteers with its four sessions recorded, attendance marked and a
 * few evaluations; a coming week of five sessions, one of them full with a waiting list of three; seven speakers,
 * experts and lived-experience experts. The demo member ({@code deelnemer@…}) has a seat for one coming session and
 * waits for the full one. All names are made up.
 *
 * <p>Registrations go through {@link Registrations#register}, so seats, arrival order and waiting places are what
 * they would be had people clicked; for the past week it runs on a clock set to before that week. Everything after
 * the demo people is written in one transaction (the repositories' own transactions join it): if anything fails,
 * nothing is left behind, and the platform's next start in demo mode loads it again from scratch.
 */
public final class WebinarDemoData implements DemoData {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final String ROLE = "webinars.organiser";

    /** Invented people who register; the first twelve fill the full session. */
    private static final String[][] PEOPLE = {
            {"Anouk Aanpakker", "anouk"}, {"Bas Buurtwerker", "bas"}, {"Carla Coach", "carla"},
            {"Dirk Duizendpoot", "dirk"}, {"Esra Enthousiast", "esra"}, {"Floor Fietsmaatje", "floor"},
            {"Gijs Gastheer", "gijs"}, {"Hanna Hulpvaardig", "hanna"}, {"Ilse Inzetbaar", "ilse"},
            {"Jesse Jeugdleider", "jesse"}, {"Kim Kartrekker", "kim"}, {"Lars Leesmaatje", "lars"},
            {"Mila Mantelzorger", "mila"}, {"Nadia Netwerker", "nadia"}, {"Otto Opbouwwerker", "otto"},
            {"Pim Penningmeester", "pim"}};

    private final Webinars webinars;
    private final SessionListener sessionListener;

    public WebinarDemoData(Webinars webinars, SessionListener sessionListener) {
        this.webinars = webinars;
        this.sessionListener = sessionListener;
    }

    @Override
    public void load(DemoPeople demo) {
        // People first: making them is idempotent (one address, one person), and core writes them itself.
        String organiser = demo.accountWithRole(ROLE);
        String member = demo.member();
        List<String> people = new ArrayList<>();
        for (String[] person : PEOPLE) people.add(demo.person(person[0], "webinars-" + person[1] + "@demo.plein.nl"));
        webinars.context().jdbi().useTransaction(h -> new Loader(organiser, member, people).load());
        // As the organiser's form does after saving: the coming demo sessions get their reminders.
        for (Session session : webinars.programme().startingAfter(webinars.context().clock().instant(), 100)) {
            sessionListener.saved(session, null);
        }
    }

    /** One loading run; its fields are what the sessions share. */
    private final class Loader {

        private final String organiser;
        private final String member;
        private final List<String> people;
        private final Clock clock = webinars.context().clock();
        private final ProgrammeRepository programme = webinars.programme();
        private final LocalDate today = LocalDate.now(clock.withZone(AMSTERDAM));

        Loader(String organiser, String member, List<String> people) {
            this.organiser = organiser;
            this.member = member;
            this.people = people;
        }

        void load() {
            Speaker yara = programme.createSpeaker("Yara Bruggenbouwer", "Jongerenpunt Lindeburg",
                    "Jongerenwerker. Helpt scholen en verenigingen om jongeren een eerste, korte klus te geven.",
                    SpeakerKind.EXPERT);
            Speaker milan = programme.createSpeaker("Milan Meedoener", "Sportclub Vlietzicht",
                    "Begon op zijn zestiende als vrijwilliger bij de sportclub en traint nu zelf de jeugd.",
                    SpeakerKind.LIVED_EXPERIENCE);
            Speaker greet = programme.createSpeaker("Greet Zilverdraad", "Seniorenvereniging De Vallei",
                    "Werd na haar pensioen vrijwilliger en vertelt wat ouderen nodig hebben om mee te doen.",
                    SpeakerKind.LIVED_EXPERIENCE);
            Speaker daan = programme.createSpeaker("Daan Drempelvrij", "Buurthuis De Kastanje",
                    "Vrijwilliger met een visuele beperking. Laat zien hoe een klus voor iedereen toegankelijk wordt.",
                    SpeakerKind.LIVED_EXPERIENCE);
            Speaker ingrid = programme.createSpeaker("Ingrid Inclusief", "Adviesbureau Open Deur",
                    "Adviseert organisaties over inclusief vrijwilligerswerk: werving, begeleiding en taal.",
                    SpeakerKind.EXPERT);
            Speaker kees = programme.createSpeaker("Kees Koppelaar", "Bedrijvenkring De Vallei",
                    "Brengt bedrijven en maatschappelijke organisaties bij elkaar voor medewerkersvrijwilligerswerk.",
                    SpeakerKind.EXPERT);
            Speaker samira = programme.createSpeaker("Samira Startklaar", "Vrijwilligerscentrale Lindeburg",
                    "Coördineert de opvang van nieuwe vrijwilligers: van eerste aanmelding tot eerste klus.",
                    SpeakerKind.EXPERT);

            pastWeek(yara, milan, samira, ingrid);
            comingWeek(yara, greet, daan, ingrid, kees, samira);
        }

        private void pastWeek(Speaker yara, Speaker milan, Speaker samira, Speaker ingrid) {
            LocalDate monday = today.minusWeeks(4).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            Week week = programme.createWeek("Jong geleerd: jongeren als vrijwilliger",
                    "Vier sessies over jongeren: hoe je ze bereikt, wat ze zoeken en hoe ze blijven.",
                    monday, monday.plusDays(4), true, organiser);
            List<String> sessions = List.of(
                    session(week, monday, LocalTime.of(12, 0), "Zo bereik je scholieren",
                            "Scholen, stages en de **maatschappelijke diensttijd**: waar je jongeren tegenkomt.",
                            40, List.of("jongeren"), List.of(yara)),
                    session(week, monday.plusDays(1), LocalTime.of(15, 30), "Een eerste klus: wat jongeren écht willen",
                            "Kort, samen met vrienden en met iets om te laten zien: een jonge vrijwilliger vertelt.",
                            40, List.of("jongeren", "nieuwe vrijwilligers"), List.of(milan)),
                    session(week, monday.plusDays(2), LocalTime.of(19, 30), "Maatschappelijke diensttijd in je vereniging",
                            "Hoe je met een MDT-traject jongeren een plek geeft, en wat de vrijwilligerscentrale doet.",
                            30, List.of("jongeren"), List.of(yara, samira)),
                    session(week, monday.plusDays(3), LocalTime.of(12, 0), "Jongeren houden: van klus naar club",
                            "Na de eerste klus: begeleiding, verantwoordelijkheid en een plek in het bestuur.",
                            30, List.of("jongeren"), List.of(milan, ingrid)));
            // Registered a week before the week began, as people do.
            Registrations early = new Registrations(webinars.context().jdbi(), webinars.context().ids(),
                    Clock.fixed(monday.minusWeeks(1).atTime(10, 0).atZone(AMSTERDAM).toInstant(), AMSTERDAM));
            for (int i = 0; i < sessions.size(); i++) {
                String sessionId = sessions.get(i);
                List<String> attendees = people.subList(i, i + 9);
                for (String person : attendees) early.register(sessionId, person);
                if (i == 0) early.register(sessionId, member);
                Session session = programme.session(sessionId).orElseThrow();
                // Marked by the host afterwards: most came, a few did not.
                for (int a = 0; a < attendees.size(); a++) attended(sessionId, attendees.get(a), a % 4 != 3);
                if (i == 0) attended(sessionId, member, true);
                // The recording went into the library the day after.
                new ProgrammeRepository(webinars.context().jdbi(), webinars.context().ids(),
                        Clock.fixed(session.endsAt().plus(Duration.ofDays(1)), AMSTERDAM))
                        .publishRecording(sessionId, "https://video.example.org/kennisboost/jong-geleerd-" + (i + 1), null);
                evaluate(sessionId, attendees.get(0), 5, "Heel praktisch, ik ga de tips meteen gebruiken.",
                        session.endsAt());
                evaluate(sessionId, attendees.get(1), 4, "Fijn tempo. Graag meer voorbeelden uit kleine dorpen.",
                        session.endsAt());
                if (i % 2 == 0) evaluate(sessionId, attendees.get(2), 3, "Goed verhaal, maar het geluid haperde.",
                        session.endsAt());
            }
        }

        private void comingWeek(Speaker yara, Speaker greet, Speaker daan, Speaker ingrid, Speaker kees,
                                Speaker samira) {
            LocalDate monday = today.plusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            Week week = programme.createWeek("Iedereen kan vrijwilliger zijn",
                    "Vijf sessies over vrijwilligers die je nog niet bereikt: ouderen, mensen met een beperking, "
                            + "werknemers van bedrijven en de vloed aan nieuwe vrijwilligers.",
                    monday, monday.plusDays(4), true, organiser);
            String older = session(week, monday, LocalTime.of(12, 0), "Ouderen als vrijwilliger: meer dan koffie schenken",
                    "Wat ouderen zoeken in vrijwilligerswerk, en hoe je ze vraagt zonder ze in een hokje te stoppen.",
                    50, List.of("ouderen"), List.of(greet));
            String full = session(week, monday.plusDays(1), LocalTime.of(15, 30), "Vrijwilligerswerk zonder drempels",
                    "Een vrijwilliger met een visuele beperking en een adviseur over toegankelijke klussen. Met "
                            + "live ondertiteling en een tolk Nederlandse Gebarentaal.",
                    12, List.of("mensen met een beperking"), List.of(daan, ingrid));
            String companies = session(week, monday.plusDays(2), LocalTime.of(12, 0),
                    "Samenwerken met bedrijven: medewerkers als vrijwilliger",
                    "Een maatschappelijke beursvloer, een teamdag of een klus met expertise: wat past bij jouw organisatie?",
                    40, List.of("bedrijven"), List.of(kees));
            String newcomers = session(week, monday.plusDays(3), LocalTime.of(19, 30),
                    "Een vloed aan nieuwe vrijwilligers: zo houd je het overzicht",
                    "Ineens melden zich tientallen mensen. Hoe je iedereen snel een antwoord en een eerste klus geeft.",
                    60, List.of("nieuwe vrijwilligers"), List.of(samira));
            String together = session(week, monday.plusDays(4), LocalTime.of(10, 0), "Jong en oud samen",
                    "Koppels van een jongere en een oudere vrijwilliger: twee ervaringen, één gesprek.",
                    30, List.of("jongeren", "ouderen"), List.of(yara, greet));

            Registrations registrations = webinars.registrations();
            // The full session: twelve seats taken, then a waiting list of three with the demo member second.
            for (String person : people.subList(0, 12)) registrations.register(full, person);
            registrations.register(full, people.get(12));
            registrations.register(full, member);
            registrations.register(full, people.get(13));
            for (String person : people.subList(4, 14)) registrations.register(older, person);
            for (String person : people.subList(10, 16)) registrations.register(companies, person);
            for (String person : people.subList(0, 7)) registrations.register(newcomers, person);
            Outcome mine = registrations.register(newcomers, member);
            if (!mine.succeeded()) throw new IllegalStateException("demo registration refused: " + mine.refusal());
            for (String person : people.subList(12, 16)) registrations.register(together, person);
        }

        /** A session of an hour at the local time, hosted by the demo organiser. */
        private String session(Week week, LocalDate day, LocalTime time, String title, String summary, int capacity,
                               List<String> topics, List<Speaker> speakers) {
            Instant start = day.atTime(time).atZone(AMSTERDAM).toInstant();
            boolean accessible = topics.contains("mensen met een beperking");
            return programme.createSession(week.id(), new SessionDraft(title, summary, start,
                    start.plus(Duration.ofHours(1)), "https://meet.example.org/kennisboost-" + slug(title), capacity,
                    "nl", new Session.Accessibility(true, accessible, accessible,
                    accessible ? "Live ondertiteling en een tolk Nederlandse Gebarentaal." : ""),
                    SessionStatus.PLANNED, organiser, topics, speakers.stream().map(Speaker::id).toList()));
        }

        private void attended(String sessionId, String personId, boolean came) {
            webinars.context().jdbi().useHandle(h -> h.createUpdate("""
                            UPDATE webinars_registrations SET attended = :came
                             WHERE session_id = :session AND person_id = :person AND status = 'registered'""")
                    .bind("came", came).bind("session", sessionId).bind("person", personId).execute());
        }

        private void evaluate(String sessionId, String personId, int score, String comment, Instant after) {
            webinars.context().jdbi().useHandle(h -> h.createUpdate("""
                            INSERT INTO webinars_evaluations (session_id, person_id, score, comment, created_at)
                            VALUES (:session, :person, :score, :comment, :at)""")
                    .bind("session", sessionId).bind("person", personId).bind("score", score).bind("comment", comment)
                    .bind("at", after.plus(Duration.ofHours(2))).execute());
        }
    }

    /** A readable, ASCII part of an invented meeting link. */
    private static String slug(String title) {
        String slug = java.text.Normalizer.normalize(title.toLowerCase(java.util.Locale.ROOT),
                java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-");
        return slug.replaceAll("^-|-$", "");
    }
}
