package nl.plein.networks.integration;

import java.time.Instant;
import java.util.List;
import nl.plein.networks.integration.DemoRows.Post;

/**
 * The demo programme "Programma Samen Oud in de Buurt" (members-only): ten partner organisations, four programme
 * officers, twenty local trajectories in invented municipalities across eleven provinces (none yet in Zeeland, so the
 * overview shows a gap), in every status, with monitoring notes from the officers and the coordinator.
 */
final class DemoProgramme {

    static final String NAME = "Programma Samen Oud in de Buurt";

    /** Municipality, province, theme, partners, status, officer (index in the cast's officers), lead (partner index). */
    private static final Object[][] TRAJECTORIES = {
            {"Lindeburg", "Gelderland", "Eenzaamheid onder ouderen voorkomen", "Bibliotheek, wijkteam, huisartsenpraktijk", "running", 0, 0},
            {"Heideveen", "Utrecht", "Langer thuis wonen met hulp uit de buurt", "Woningcorporatie, buurthuis", "running", 0, 1},
            {"Beekdal", "Noord-Brabant", "Mantelzorgers ontlasten", "Steunpunt mantelzorg, thuiszorg", "finished", 0, 4},
            {"Kanaaldorp", "Overijssel", "Digitale vaardigheden voor senioren", "Bibliotheek, seniorenvereniging", "running", 0, 2},
            {"Zuiderwaard", "Zuid-Holland", "Samen eten in de wijk", "Buurtrestaurant, kerk, wijkteam", "starting", 0, 3},
            {"Dijkhuizen", "Noord-Holland", "Bewegen voor ouderen", "Sportvereniging, fysiotherapie", "running", 1, 1},
            {"Mosterveld", "Drenthe", "Vervoer naar voorzieningen", "Vrijwillige vervoersdienst, gemeente", "running", 1, 6},
            {"Wierum-Noord", "Friesland", "Dementievriendelijke buurt", "Alzheimercafé, winkeliers", "finished", 1, 5},
            {"Heuvelrade", "Limburg", "Ouderen als vrijwilliger", "Vrijwilligerscentrale, ouderenbond", "running", 1, 7},
            {"Polderwijk", "Flevoland", "Eenzaamheid onder ouderen voorkomen", "Welzijnsorganisatie, kerken", "starting", 1, 9},
            {"Grevenhoek", "Groningen", "Langer thuis wonen met hulp uit de buurt", "Dorpsbelang, thuiszorg", "running", 2, 2},
            {"Oostermeer", "Groningen", "Samen eten in de wijk", "Dorpshuis, basisschool", "stopped", 2, 5},
            {"Rijnoord", "Utrecht", "Mantelzorgers ontlasten", "Steunpunt mantelzorg, respijthuis", "running", 2, 4},
            {"Maasdaal", "Limburg", "Digitale vaardigheden voor senioren", "Bibliotheek, jongerenwerk", "finished", 2, 8},
            {"Veendijk", "Drenthe", "Bewegen voor ouderen", "Wandelclub, huisartsenpraktijk", "starting", 2, 9},
            {"Zandvoorde", "Noord-Holland", "Ouderen als vrijwilliger", "Vrijwilligerscentrale", "running", 3, 3},
            {"Brugstede", "Zuid-Holland", "Dementievriendelijke buurt", "Wijkagent, winkeliers, apotheek", "running", 3, 3},
            {"Elsloo-Veld", "Gelderland", "Vervoer naar voorzieningen", "Vrijwillige rijdienst, gemeente", "finished", 3, 6},
            {"Breedveld", "Noord-Brabant", "Samen eten in de wijk", "Buurthuis, voedselbank", "stopped", 3, 5},
            {"Friesmeer", "Friesland", "Eenzaamheid onder ouderen voorkomen", "Dorpshuis, kerk, huisarts", "starting", 0, 0}};

    private final DemoRows rows;
    private final DemoTime time;
    private final DemoCast cast;

    DemoProgramme(DemoRows rows, DemoTime time, DemoCast cast) {
        this.rows = rows;
        this.time = time;
        this.cast = cast;
    }

    void load() {
        Instant started = time.daysAgo(700);
        String space = rows.space(NAME, """
                Tien landelijke organisaties werken in lokale trajecten aan een buurt waarin ouderen meedoen en \
                langer thuis kunnen wonen. Hier volgen we de trajecten per gemeente en delen we wat werkt.""",
                "members", "programme", cast.coordinator(), started);
        rows.member(space, cast.coordinator(), null, "coordinator", null, started, time.daysAgo(3));
        for (int i = 0; i < cast.officers().size(); i++) {
            rows.member(space, cast.officers().get(i), cast.programmeOrganisations().get(i), "member", null,
                    started.plusSeconds(60L * i), i == 0 ? time.daysAgo(12) : null);
        }
        rows.member(space, cast.representatives().get(0), cast.programmeOrganisations().get(6), "member", null,
                started, null);
        for (String partner : cast.programmeOrganisations()) rows.organisation(space, partner, started);

        for (int i = 0; i < TRAJECTORIES.length; i++) {
            Object[] t = TRAJECTORIES[i];
            String municipality = (String) t[0];
            String theme = (String) t[2];
            String status = (String) t[4];
            String officer = cast.officers().get((Integer) t[5]);
            Instant created = time.daysAgo(650 - i * 25);
            String id = rows.trajectory(space, municipality, (String) t[1], cast.programmeOrganisations().get((Integer) t[6]),
                    officer, theme, (String) t[3], status, created, time.daysAgo(Math.max(1, 60 - i * 3)));
            notes(space, id, municipality + ": " + theme, status, officer, i);
        }
        rows.thread(space, "Leersessie: wat werkt tegen eenzaamheid?", true, List.of(
                new Post(cast.coordinator(), """
                        Op de volgende leersessie delen drie trajecten wat bij hen werkte. Zet je vragen alvast hier.""",
                        time.daysAgo(9)),
                new Post(cast.officer(), "In Lindeburg werkt het koppelen van een vaste bezoeker goed. Ik neem voorbeelden mee.",
                        time.daysAgo(4))));
    }

    /** A monitoring round or two for trajectories under way or done; none yet for one that is just starting. */
    private void notes(String space, String trajectory, String label, String status, String officer, int i) {
        if (status.equals("starting")) return;
        rows.monitoringNote(trajectory, space, officer, """
                **Monitoringsronde voorjaar.** Het lokale netwerk is in kaart gebracht; de eerste activiteiten lopen. \
                Deelnemers: ongeveer %d ouderen.""".formatted(12 + i * 3), label, time.daysAgo(200 - i));
        if (status.equals("stopped")) {
            rows.monitoringNote(trajectory, space, cast.coordinator(), """
                    Gestopt: de lokale trekker is vertrokken en er is geen opvolger gevonden. Geleerd: leg het \
                    trekkerschap bij twee partners.""", label, time.daysAgo(90 - i));
        } else {
            rows.monitoringNote(trajectory, space, officer, """
                    **Monitoringsronde najaar.** Vaste groep gevormd; de partners komen elke maand samen. Volgende \
                    stap: vrijwilligers uit de buurt zelf laten organiseren.""", label, time.daysAgo(30 - i % 20));
        }
    }
}
