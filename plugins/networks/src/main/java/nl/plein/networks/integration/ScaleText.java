package nl.plein.networks.integration;

import java.util.List;
import java.util.Random;

/**
 * Invented texts for the generated spaces: thread titles, Markdown posts of 80–1,500 characters (paragraphs, now and
 * then a list, bold words or a link), meeting and document titles — in Dutch, about one in eight in English, as in a
 * network where some members write in English. Every choice comes from the generation's random, so a seed gives the
 * same words.
 */
final class ScaleText {

    static final List<String> TOPICS = List.of("vrijwilligers werven", "vrijwilligers behouden", "mantelzorg",
            "eenzaamheid onder ouderen", "de jaarplanning", "scholing van coördinatoren", "de subsidieaanvraag",
            "de evaluatie van de pilot", "het wijkteam", "informele zorg", "maatjesprojecten", "de urenregistratie",
            "de privacyverklaring", "de vrijwilligersvergoeding", "de VOG-regeling", "respijtzorg",
            "samenwerking met gemeenten", "het landelijk fonds", "de ledenraadpleging", "de werkgroep communicatie",
            "de vrijwilligersdag", "jongeren als vrijwilliger", "digitale vaardigheden", "vervoer voor ouderen",
            "palliatieve zorg thuis", "de inwerkmap", "het manifest", "de impactmeting", "de nieuwsbrief",
            "het verzuim onder vrijwilligers");
    static final List<String> TOPICS_EN = List.of("volunteer recruitment", "the annual plan", "the impact survey",
            "the funding application", "onboarding new volunteers", "the privacy statement", "the training day",
            "the European exchange", "the pilot evaluation", "our communication plan");
    private static final List<String> TITLES = List.of("Vraag over %s", "Ervaringen met %s", "Wie heeft ervaring met %s?",
            "Update: %s", "Voorstel rond %s", "Tips gezocht: %s", "Terugblik op %s", "Discussie: %s",
            "Nieuws over %s", "Hoe pakken jullie %s aan?", "Oproep: meedenken over %s", "Stand van zaken %s");
    private static final List<String> TITLES_EN = List.of("Question about %s", "Sharing our approach to %s",
            "Update on %s", "Who has experience with %s?", "Input needed: %s");
    private static final List<String> SENTENCES = List.of(
            "Bij ons loopt het aantal aanmeldingen de laatste maanden terug",
            "Wij hebben goede ervaringen met een vaste contactpersoon per vrijwilliger",
            "De gemeente wil volgend jaar meer weten over wat vrijwilligers bijdragen",
            "Misschien kunnen we dit in het volgende overleg samen bespreken",
            "Ik deel graag onze aanpak, die is niet ingewikkeld",
            "Het kost de coördinatoren veel tijd om alles bij te houden",
            "In de regio werken we sinds kort samen met de bibliotheek",
            "Onze vrijwilligers vragen vooral om duidelijke afspraken",
            "We merken dat jongeren liever korte klussen doen",
            "Het helpt als iemand van het bestuur meedoet",
            "De evaluatie laat zien dat de meeste deelnemers tevreden zijn",
            "Wie wil er meelezen met de eerste versie",
            "Dank voor het delen, dit is heel bruikbaar voor ons",
            "Wij gebruiken hiervoor een eenvoudig formulier",
            "Na de zomer willen we hier een bijeenkomst over organiseren",
            "Het fonds heeft aangegeven dat de aanvraag voor het eind van het kwartaal binnen moet zijn",
            "Bij de laatste ronde deden twaalf organisaties mee",
            "Goed punt, daar hadden wij nog niet aan gedacht",
            "Ik zet de stukken in de map van het overleg",
            "We zoeken nog twee organisaties die willen meedoen met de pilot");
    private static final List<String> SENTENCES_EN = List.of(
            "We have had good results with a buddy system for new volunteers",
            "Happy to share the template we use for this",
            "Could we put this on the agenda of the next meeting",
            "Our board asked for a short summary in English",
            "Thanks for sharing, this is very helpful");
    private static final List<String> DOCUMENTS = List.of("Jaarverslag %d", "Jaarplan %d", "Notulen overleg %d",
            "Handreiking vrijwilligersbeleid", "Presentatie netwerkdag %d", "Begroting %d", "Factsheet impactmeting",
            "Position paper werving", "Evaluatie pilot %d", "Privacyverklaring netwerk", "Inwerkmap coördinatoren",
            "Reactie op consultatie %d", "Annual report %d", "Toolkit volunteer onboarding");
    static final List<String> FOLDERS = List.of("Vergaderstukken", "Standpunten", "Jaarverslagen", "Coördinatie",
            "Handreikingen", "Presentaties", "Subsidies");
    static final List<String> TRAJECTORY_THEMES = List.of("Eenzaamheid onder ouderen voorkomen",
            "Langer thuis wonen met hulp uit de buurt", "Mantelzorgers ontlasten", "Digitale vaardigheden voor senioren",
            "Samen eten in de wijk", "Bewegen voor ouderen", "Vervoer naar voorzieningen", "Dementievriendelijke buurt",
            "Ouderen als vrijwilliger");
    static final List<String> PARTNERS = List.of("Bibliotheek", "wijkteam", "huisartsenpraktijk", "woningcorporatie",
            "buurthuis", "steunpunt mantelzorg", "thuiszorg", "seniorenvereniging", "sportvereniging", "kerk",
            "vrijwilligerscentrale", "dorpshuis", "welzijnsorganisatie");

    private final Random random;

    ScaleText(Random random) {
        this.random = random;
    }

    <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    boolean english() {
        return random.nextInt(8) == 0;
    }

    String threadTitle() {
        return english() ? String.format(pick(TITLES_EN), pick(TOPICS_EN))
                : capitalised(String.format(pick(TITLES), pick(TOPICS)));
    }

    /** Markdown of about {@code 80 + random} characters: the length of posts varies from a line to a page. */
    String post() {
        boolean english = english();
        int length = 80 + (int) Math.min(1_420, -Math.log(1 - random.nextDouble()) * 350);
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            switch (random.nextInt(7)) {
                case 0 -> text.append("- ").append(sentence(english)).append("\n- ").append(sentence(english))
                        .append("\n\n");
                case 1 -> text.append("Zie ook [het verslag](https://example.org/verslag/").append(random.nextInt(1000))
                        .append(") over **").append(pick(TOPICS)).append("**.\n\n");
                default -> text.append(paragraph(english)).append("\n\n");
            }
        }
        return text.toString().strip();
    }

    String paragraph(boolean english) {
        StringBuilder paragraph = new StringBuilder();
        int sentences = 1 + random.nextInt(3);
        for (int i = 0; i < sentences; i++) paragraph.append(i == 0 ? "" : " ").append(sentence(english)).append('.');
        return paragraph.toString();
    }

    private String sentence(boolean english) {
        return english ? pick(SENTENCES_EN) : pick(SENTENCES);
    }

    String documentTitle(int year) {
        String title = pick(DOCUMENTS);
        return title.contains("%d") ? String.format(title, year) : title;
    }

    String meetingTitle() {
        return english() ? "Network meeting: " + pick(TOPICS_EN) : "Netwerkoverleg: " + pick(TOPICS);
    }

    String minutes(int present, int members) {
        return """
                ## Aanwezig
                %d van de %d leden.

                ## Besproken
                1. **%s.** %s
                2. **%s.** %s
                """.formatted(present, members, capitalised(pick(TOPICS)), paragraph(false),
                capitalised(pick(TOPICS)), paragraph(false));
    }

    static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Lower case with dashes, as in a file name or an address: "jaarplan-2026". */
    static String slug(String title) {
        return java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFD).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
