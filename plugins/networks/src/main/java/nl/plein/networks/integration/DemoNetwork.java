package nl.plein.networks.integration;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import nl.plein.networks.integration.DemoRows.Post;
import nl.plein.networks.integration.DemoRows.Version;

/**
 * The demo network "Landelijk Netwerk Zorgvrijwilligers" (members-only): twelve member organisations with their
 * representatives, four meetings a year — two past with attendance, approved minutes, decisions and actions; one
 * coming with agenda items (one still proposed), answers and a guest; one later — folders with documents (one in two
 * versions, one for coordinators only, one draft) and discussions with a pinned announcement. The member last visited
 * ten days ago, so the newer activity shows as "new since your last visit".
 */
final class DemoNetwork {

    static final String NAME = "Landelijk Netwerk Zorgvrijwilligers";

    private final DemoRows rows;
    private final DemoTime time;
    private final DemoCast cast;

    DemoNetwork(DemoRows rows, DemoTime time, DemoCast cast) {
        this.rows = rows;
        this.time = time;
        this.cast = cast;
    }

    void load() {
        Instant founded = time.daysAgo(400);
        String space = rows.space(NAME, """
                Het overleg van landelijke organisaties van vrijwilligers in zorg en welzijn. We komen vier keer per \
                jaar bij elkaar, delen standpunten en werken aan een gezamenlijk beeld van wat vrijwilligers bijdragen.""",
                "members", "network", cast.coordinator(), founded);
        rows.member(space, cast.coordinator(), null, "coordinator", null, founded, time.daysAgo(1));
        rows.member(space, cast.member(), org(0), "member", null, founded, time.daysAgo(10));
        rows.member(space, cast.chair(), org(1), "chair", null, founded, time.daysAgo(4));
        for (int i = 0; i < cast.representatives().size(); i++) {
            rows.member(space, cast.representatives().get(i), org(i + 2), "member", null, founded.plusSeconds(60L * i),
                    i % 3 == 0 ? null : time.daysAgo(20 + i));
        }
        List<String> everyone = everyone();

        // A year of four meetings, on Thursday afternoons.
        LocalDate first = thursday(-150);
        LocalDate second = thursday(-60);
        LocalDate coming = thursday(21);
        LocalDate later = thursday(110);
        String m1 = meeting(space, "Netwerkoverleg: een gezamenlijk manifest", first);
        String m2 = meeting(space, "Netwerkoverleg: impact van vrijwilligers optellen", second);
        String m3 = meeting(space, "Netwerkoverleg: werven en behouden", coming);
        String m4 = meeting(space, "Netwerkoverleg: jaarplan en evaluatie", later);
        rows.member(space, cast.guest(), null, "guest", m3, time.daysAgo(3), null);

        pastMeeting(space, m1, "Netwerkoverleg: een gezamenlijk manifest", first, everyone, """
                ## Aanwezig
                Elf van de veertien leden; Dora en Ivo hadden zich afgemeld.

                ## Besproken
                1. **Manifest.** We willen met één stem laten zien wat vrijwilligers in zorg en welzijn doen. Roos \
                schrijft een eerste versie, iedereen levert twee voorbeelden aan.
                2. **Urenregistratie.** Leden tellen hun vrijwilligersuren nog verschillend. Merel inventariseert hoe.
                """);
        rows.decision(space, m1, "Het netwerk schrijft een gezamenlijk manifest over vrijwillige inzet in zorg en welzijn.",
                first, time.at(first, 16, 0));
        rows.action(space, m1, "Inventariseren hoe leden vrijwilligersuren registreren", cast.member(),
                first.plusDays(40), "done", time.at(first, 16, 0));
        rows.action(space, m1, "Eerste versie van het manifest schrijven", cast.chair(), first.plusDays(60), "done",
                time.at(first, 16, 0));

        pastMeeting(space, m2, "Netwerkoverleg: impact van vrijwilligers optellen", second, everyone, """
                ## Aanwezig
                Dertien van de veertien leden.

                ## Besproken
                1. **Manifest.** De tweede versie is met kleine wijzigingen vastgesteld.
                2. **Impact optellen.** Uit de inventarisatie blijkt dat acht leden uren per maand tellen. We kiezen \
                één telmethode; Merel werkt die uit.
                3. **Landelijk fonds.** De coördinator plant een gesprek over een bijdrage aan het secretariaat.
                """);
        rows.decision(space, m2, "Het manifest is vastgesteld en wordt gedeeld met alle leden.", second,
                time.at(second, 16, 0));
        rows.decision(space, m2, "Leden tellen vrijwilligersuren vanaf dit jaar op dezelfde manier, per maand.",
                second, time.at(second, 16, 0));
        rows.action(space, m2, "Telmethode voor vrijwilligersuren uitwerken", cast.member(), time.day(14), "open",
                time.at(second, 16, 0));
        rows.action(space, m2, "Gesprek plannen met het landelijk fonds", cast.coordinator(), time.day(-5), "open",
                time.at(second, 16, 0));
        rows.action(space, m2, "Wervingscampagne voorjaar afstemmen", cast.representatives().get(3), time.day(-20),
                "dropped", time.at(second, 16, 0));

        comingMeeting(space, m3, coming, everyone);
        rows.agendaItem(m4, space, "Jaarplan volgend jaar", "Concept van de coördinator.", cast.coordinator(),
                "accepted", 1, time.daysAgo(2));
        documents(space, m2, m3);
        discussions(space);
        rows.joinRequest(space, cast.candidate(), null,
                "Wij zijn een nieuwe landelijke stichting voor vrijwilligers in de kraamzorg en willen graag aansluiten.",
                time.daysAgo(2));
    }

    private String meeting(String space, String title, LocalDate day) {
        return rows.meeting(space, title, time.at(day, 13, 30), time.at(day, 16, 0),
                "Vergadercentrum De Brug, Stationsplein 4, Lindeburg",
                "https://meet.example.org/netwerk-zorgvrijwilligers", time.at(day.minusDays(7), 23, 59),
                // Planned with the year's calendar, never later than yesterday.
                min(time.at(day.minusDays(90), 10, 0), time.daysAgo(1)));
    }

    private void pastMeeting(String space, String meeting, String title, LocalDate day, List<String> everyone,
                             String minutes) {
        for (int i = 0; i < everyone.size(); i++) {
            boolean no = i % 7 == 6;
            rows.rsvp(meeting, everyone.get(i), no ? "no" : "yes", !no && i % 5 != 4, time.at(day.minusDays(10), 9, i));
        }
        rows.agendaItem(meeting, space, "Opening en mededelingen", "", cast.coordinator(), "accepted", 1,
                time.at(day.minusDays(20), 10, 0));
        rows.agendaItem(meeting, space, title.substring(title.indexOf(':') + 2), "Voorbereid door de voorzitter.",
                cast.chair(), "accepted", 2, time.at(day.minusDays(20), 10, 5));
        rows.minuteComment(meeting, cast.member(), "Bij punt 2: ook de vrijwilligers van de thuishulp tellen mee.",
                time.at(day.plusDays(5), 11, 0));
        rows.approvedMinutes(meeting, space, minutes, cast.coordinator(), time.at(day.plusDays(3), 15, 0), cast.chair(),
                time.at(day.plusDays(12), 9, 30), title);
    }

    private void comingMeeting(String space, String meeting, LocalDate day, List<String> everyone) {
        rows.agendaItem(meeting, space, "Opening en mededelingen", "", cast.coordinator(), "accepted", 1,
                time.daysAgo(12));
        rows.agendaItem(meeting, space, "Werven en behouden: wat werkt bij de leden?",
                "Drie leden vertellen kort wat hun aanpak is. Daarna bespreken we wat we samen kunnen doen.",
                cast.chair(), "accepted", 2, time.daysAgo(12));
        rows.agendaItem(meeting, space, "Telmethode vrijwilligersuren",
                "Voorstel voor één telmethode, zie de notitie bij de stukken.", cast.member(), "accepted", 3,
                time.daysAgo(6));
        rows.agendaItem(meeting, space, "Samenwerking met vrijwilligerscentrales",
                "Voorstel om een keer per jaar samen met de centrales te vergaderen.", cast.representatives().get(1),
                "proposed", 4, time.daysAgo(1));
        for (int i = 0; i < everyone.size(); i += 2) {
            rows.rsvp(meeting, everyone.get(i), i % 6 == 4 ? "maybe" : "yes", null, time.daysAgo(5 - i % 4));
        }
        rows.rsvp(meeting, everyone.get(3), "no", null, time.daysAgo(4));
        rows.rsvp(meeting, cast.guest(), "yes", null, time.daysAgo(2));
    }

    private void documents(String space, String m2, String m3) {
        String meetings = rows.folder(space, null, "Vergaderstukken", time.daysAgo(390));
        String positions = rows.folder(space, null, "Standpunten", time.daysAgo(390));
        String coordination = rows.folder(space, null, "Coördinatie", time.daysAgo(390));
        rows.document(space, positions, null, "Manifest vrijwillige inzet in zorg en welzijn", "members", List.of(
                new Version("manifest-concept.pdf", DemoPdf.of(List.of("Manifest vrijwillige inzet - concept",
                        "Vrijwilligers maken zorg menselijk.")), "Eerste versie", cast.chair(), time.daysAgo(100)),
                new Version("manifest-vastgesteld.pdf", DemoPdf.of(List.of("Manifest vrijwillige inzet",
                        "Vastgesteld in het netwerkoverleg.", "Vrijwilligers maken zorg menselijk.")),
                        "Vastgestelde versie", cast.coordinator(), time.daysAgo(55))));
        rows.document(space, meetings, null, "Jaarplanning netwerkoverleg", "members", List.of(new Version(
                "jaarplanning.txt", DemoRows.text("Jaarplanning netwerkoverleg\n\nVier overleggen per jaar, op "
                        + "donderdagmiddag van 13.30 tot 16.00 uur.\n"), "", cast.coordinator(), time.daysAgo(380))));
        rows.document(space, meetings, m2, "Notitie impact optellen", "members", List.of(new Version(
                "notitie-impact.txt", DemoRows.text("Notitie impact optellen\n\nAcht leden tellen uren per maand. "
                        + "Voorstel: tel uren per maand, per soort inzet.\n"), "", cast.member(), time.daysAgo(67))));
        rows.document(space, meetings, m3, "Voorstel telmethode vrijwilligersuren", "members", List.of(new Version(
                "telmethode.txt", DemoRows.text("Voorstel telmethode\n\nTel per maand de gewerkte uren, afgerond op "
                        + "een kwartier.\n"), "Voor het komende overleg", cast.member(), time.daysAgo(3))));
        rows.document(space, coordination, null, "Begroting netwerksecretariaat", "coordinators", List.of(new Version(
                "begroting.txt", DemoRows.text("Begroting netwerksecretariaat (alleen coördinatoren)\n"), "",
                cast.coordinator(), time.daysAgo(30))));
        rows.document(space, positions, null, "Position paper werving (concept)", "draft", List.of(new Version(
                "position-paper-werving.txt", DemoRows.text("Position paper werving - concept van de voorzitter\n"),
                "Nog niet delen", cast.chair(), time.daysAgo(8))));
    }

    private void discussions(String space) {
        String welcome = rows.thread(space, "Welkom in de ruimte van het netwerk", true, List.of(
                new Post(cast.coordinator(), """
                        Welkom! Hier delen we stukken, bereiden we de overleggen voor en houden we de actielijst bij. \
                        Alles in deze ruimte is alleen voor leden van het netwerk.""", time.daysAgo(395)),
                new Post(cast.chair(), "Fijn dat we nu één plek hebben voor alle stukken.", time.daysAgo(394))));
        String counting = rows.thread(space, "Ervaringen met het tellen van vrijwilligersuren", false, List.of(
                new Post(cast.member(), """
                        Hoe tellen jullie de uren van vrijwilligers? Wij vragen het per kwartaal uit, maar dat is \
                        **veel werk** voor de coördinatoren.""", time.daysAgo(70)),
                new Post(cast.representatives().get(0), "Wij laten vrijwilligers zelf per maand hun uren doorgeven.",
                        time.daysAgo(69)),
                new Post(cast.representatives().get(2), "Wij tellen alleen dagdelen; dat is grof maar eenvoudig.",
                        time.daysAgo(68)),
                new Post(cast.chair(), "Goed om dit in het volgende overleg samen te brengen.", time.daysAgo(2))));
        rows.thread(space, "Gezamenlijke reactie op de consultatie over mantelzorg", false, List.of(
                new Post(cast.chair(), "Zullen we als netwerk één reactie insturen? De termijn sluit over drie weken.",
                        time.daysAgo(6)),
                new Post(cast.representatives().get(4), "Goed idee. Ik lever een alinea aan over respijtzorg.",
                        time.daysAgo(5))));
        rows.thread(space, "Vacature: vrijwilligerscoördinator gedeeld over twee organisaties", false, List.of(
                new Post(cast.representatives().get(6), "Wie heeft ervaring met een coördinator die voor twee "
                        + "organisaties werkt?", time.daysAgo(40))));
        rows.follow(welcome, cast.member());
        rows.follow(counting, cast.member());
        rows.follow(counting, cast.chair());
        rows.notifications(space, cast.member(), "digest");
        rows.notifications(space, cast.chair(), "immediately");
    }

    /** Everyone who is a member of the network (not the guest), the coordinator first. */
    private List<String> everyone() {
        List<String> people = new ArrayList<>(List.of(cast.coordinator(), cast.member(), cast.chair()));
        people.addAll(cast.representatives());
        return people;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private String org(int index) {
        return cast.networkOrganisations().get(index);
    }

    /** The Thursday on or after a number of days from today. */
    private LocalDate thursday(int days) {
        return time.day(days).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
    }
}
