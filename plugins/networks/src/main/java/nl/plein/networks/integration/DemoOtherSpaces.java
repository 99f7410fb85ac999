package nl.plein.networks.integration;

import java.time.Instant;
import java.util.List;
import nl.plein.networks.integration.DemoRows.Post;
import nl.plein.networks.integration.DemoRows.Version;

/**
 * Two small demo spaces that show the other visibilities: an open knowledge space anyone can read (the member takes
 * part in it), and a secret core group of the network that only its three members know exists.
 */
final class DemoOtherSpaces {

    static final String OPEN = "Open Kennisplein Zorgvrijwilligers";
    static final String SECRET = "Kerngroep Toekomst Netwerk";

    private final DemoRows rows;
    private final DemoTime time;
    private final DemoCast cast;

    DemoOtherSpaces(DemoRows rows, DemoTime time, DemoCast cast) {
        this.rows = rows;
        this.time = time;
        this.cast = cast;
    }

    void load() {
        openSpace();
        secretSpace();
    }

    private void openSpace() {
        Instant opened = time.daysAgo(300);
        String space = rows.space(OPEN, """
                Een open plek waar iedereen kan meelezen: praktische kennis over het werken met vrijwilligers in zorg \
                en welzijn. Meepraten kan als lid.""", "open", "network", cast.coordinator(), opened);
        rows.member(space, cast.coordinator(), null, "coordinator", null, opened, time.daysAgo(2));
        rows.member(space, cast.member(), cast.networkOrganisations().get(0), "member", null, opened, time.daysAgo(15));
        rows.member(space, cast.representatives().get(5), cast.networkOrganisations().get(7), "member", null, opened,
                null);
        rows.thread(space, "Tips voor het inwerken van nieuwe vrijwilligers", false, List.of(
                new Post(cast.member(), """
                        Wat doen jullie in de eerste week van een nieuwe vrijwilliger? Wij werken met een vast \
                        maatje voor de eerste drie keer.""", time.daysAgo(25)),
                new Post(cast.representatives().get(5), "Bij ons krijgt iedereen een kort welkomstgesprek en een "
                        + "rondleiding.", time.daysAgo(24)),
                new Post(cast.coordinator(), "Mooie voorbeelden! Ik zet ze in de checklist.", time.daysAgo(7))));
        String folder = rows.folder(space, null, "Handreikingen", opened);
        rows.document(space, folder, null, "Checklist inwerken nieuwe vrijwilligers", "members", List.of(new Version(
                "checklist-inwerken.txt", DemoRows.text("Checklist inwerken\n\n1. Welkomstgesprek\n2. Rondleiding\n"
                        + "3. Vast maatje voor de eerste drie keer\n"), "", cast.coordinator(), time.daysAgo(6))));
    }

    private void secretSpace() {
        Instant formed = time.daysAgo(45);
        String space = rows.space(SECRET, """
                Verkenning van de toekomst van het netwerk. Vertrouwelijk: alleen de kerngroep weet van deze ruimte.""",
                "secret", "network", cast.coordinator(), formed);
        rows.member(space, cast.coordinator(), null, "coordinator", null, formed, time.daysAgo(1));
        rows.member(space, cast.chair(), cast.networkOrganisations().get(1), "chair", null, formed, time.daysAgo(9));
        rows.member(space, cast.representatives().get(1), cast.networkOrganisations().get(3), "member", null, formed,
                null);
        rows.thread(space, "Verkenning: samengaan met een verwant netwerk", false, List.of(
                new Post(cast.coordinator(), "Vertrouwelijk: een verwant netwerk vroeg of we willen verkennen of we "
                        + "kunnen samengaan. Graag jullie eerste reactie.", time.daysAgo(40)),
                new Post(cast.chair(), "Interessant. Laten we eerst de leden van beide netwerken naast elkaar leggen.",
                        time.daysAgo(8))));
        rows.document(space, null, null, "Verkenningsnotitie samengaan", "members", List.of(new Version(
                "verkenning-samengaan.txt", DemoRows.text("Verkenningsnotitie samengaan (vertrouwelijk)\n"), "",
                cast.coordinator(), time.daysAgo(20))));
    }
}
