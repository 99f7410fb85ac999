package nl.plein.example.notice;

import nl.plein.api.hooks.DemoData;

/** A few invented notices, so the board is not empty in a demo. */
public final class NoticeDemoData implements DemoData {

    private final NoticeRepository notices;

    public NoticeDemoData(NoticeRepository notices) {
        this.notices = notices;
    }

    @Override
    public void load(DemoPeople demo) {
        notices.add(null, "Vrijwilligerscentrale Lindeburg", "Gezocht: maatjes voor de taalcafés",
                "Elke dinsdagavond oefenen nieuwkomers Nederlands in de bibliotheek. Wie schuift aan als gesprekspartner?");
        notices.add(null, "Buurthuis De Kastanje", "Kennissessie: jongeren werven via school",
                "Op 12 maart vertellen twee stagiairs hoe zij hun klasgenoten enthousiast maakten voor vrijwilligerswerk.");
        notices.add(null, "Sportclub Vlietzicht", "Tip: begin klein met een proefdag",
                "Nieuwe vrijwilligers haken minder snel af als ze eerst een dagdeel meelopen. Wij doen dat nu bij elk evenement.");
    }
}
