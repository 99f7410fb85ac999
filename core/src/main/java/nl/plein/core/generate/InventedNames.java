package nl.plein.core.generate;

import java.util.List;
import java.util.Random;

/**
 * Names for generated people and organisations: common first names with surnames put together from two made-up
 * halves, so no generated person is someone from the programme's documents. Places are real municipalities (facts).
 */
final class InventedNames {

    private static final List<String> FIRST = List.of("Anouk", "Bas", "Charlotte", "Daan", "Eva", "Fleur", "Gijs",
            "Hanna", "Iris", "Jesse", "Kim", "Lars", "Maud", "Noah", "Olga", "Pim", "Quinten", "Roos", "Sem", "Tessa",
            "Umut", "Vera", "Wout", "Yara", "Zoë", "Ahmed", "Bo", "Cas", "Demi", "Elif", "Finn", "Grace", "Hugo",
            "Ilse", "Joris", "Kiki", "Luuk", "Mila", "Nina", "Owen", "Priya", "Rik", "Sara", "Thijs", "Lotte",
            "Mohamed", "Naomi", "Ruben", "Sophie", "Tim", "Yusuf", "Femke", "Jan", "Ria", "Gerrit", "Truus", "Henk",
            "Wilma", "Kees", "Annie");
    private static final List<String> SURNAME_START = List.of("Linde", "Hazel", "Beuke", "Wilge", "Eike", "Vlier",
            "Berken", "Klaver", "Riet", "Zand", "Veen", "Heide", "Brem", "Duin", "Kreek", "Polder", "Molen", "Esse",
            "Wei", "Rogge");
    private static final List<String> SURNAME_END = List.of("hout", "horst", "kamp", "stede", "stra", "rade",
            "gaard", "hof", "waard", "brink", "laar", "wijk", "rode", "sma", "ing");
    private static final List<String> INFIX = List.of("", "", "", "", "van ", "de ", "van der ", "van den ");

    static final List<String> PROVINCES = List.of("Drenthe", "Flevoland", "Friesland", "Gelderland", "Groningen",
            "Limburg", "Noord-Brabant", "Noord-Holland", "Overijssel", "Utrecht", "Zeeland", "Zuid-Holland");
    /** A few municipalities per province, in the order of {@link #PROVINCES}; larger provinces get more people. */
    private static final List<List<String>> MUNICIPALITIES = List.of(
            List.of("Assen", "Emmen", "Meppel", "Hoogeveen"),
            List.of("Almere", "Lelystad", "Dronten"),
            List.of("Leeuwarden", "Sneek", "Heerenveen", "Harlingen"),
            List.of("Arnhem", "Nijmegen", "Apeldoorn", "Ede", "Zutphen", "Tiel"),
            List.of("Groningen", "Veendam", "Delfzijl"),
            List.of("Maastricht", "Venlo", "Heerlen", "Roermond"),
            List.of("Eindhoven", "Tilburg", "Breda", "'s-Hertogenbosch", "Helmond", "Oss"),
            List.of("Amsterdam", "Haarlem", "Zaanstad", "Alkmaar", "Hilversum", "Hoorn"),
            List.of("Zwolle", "Enschede", "Deventer", "Hengelo", "Almelo"),
            List.of("Utrecht", "Amersfoort", "Nieuwegein", "Zeist", "Veenendaal"),
            List.of("Middelburg", "Vlissingen", "Goes", "Terneuzen"),
            List.of("Rotterdam", "Den Haag", "Leiden", "Dordrecht", "Delft", "Gouda", "Zoetermeer"));
    /** Rough share of the population per province (same order), so the national spread looks like the country. */
    private static final double[] PROVINCE_WEIGHT = {3, 2.5, 4, 12, 3.5, 6.5, 15, 16.5, 6.5, 7.5, 2.5, 21};

    private static final List<String> SOCIAL_PREFIX = List.of("Stichting", "Vereniging", "Buurthuis", "Sportclub",
            "Voedselbank", "Muziekvereniging", "Zorgboerderij", "Speeltuinvereniging", "Repair Café", "Taalhuis",
            "Hospice", "Wijkteam", "Natuurwerkgroep", "Scouting");
    private static final List<String> SOCIAL_THEME = List.of("De Brug", "Samen Sterk", "Het Anker", "Open Deur",
            "De Lindeboom", "Zonnebloemveld", "Horizon", "De Ontmoeting", "Thuis in de Wijk", "Groen Dichtbij",
            "Het Baken", "Kompas", "De Kapstok", "Nieuw Begin");
    private static final List<String> EMPLOYER_WORD = List.of("Installatietechniek", "Logistiek", "Advies",
            "Bouwgroep", "Software", "Verzekeringen", "Bakkerij", "Accountants", "Energie", "Zorggroep", "Drukkerij",
            "Transport", "Media", "Engineering");
    private static final List<String> EMPLOYER_FORM = List.of("B.V.", "N.V.", "& Partners", "Groep", "Nederland");

    private InventedNames() {
    }

    static String firstName(Random random) {
        return FIRST.get(random.nextInt(FIRST.size()));
    }

    static String surname(Random random) {
        return INFIX.get(random.nextInt(INFIX.size())) + SURNAME_START.get(random.nextInt(SURNAME_START.size()))
                + SURNAME_END.get(random.nextInt(SURNAME_END.size()));
    }

    static int province(Random random) {
        double total = 0;
        for (double weight : PROVINCE_WEIGHT) total += weight;
        double pick = random.nextDouble() * total;
        for (int i = 0; i < PROVINCE_WEIGHT.length; i++) {
            pick -= PROVINCE_WEIGHT[i];
            if (pick < 0) return i;
        }
        return PROVINCE_WEIGHT.length - 1;
    }

    static String municipality(Random random, int province) {
        List<String> places = MUNICIPALITIES.get(province);
        return places.get(random.nextInt(places.size()));
    }

    static String organisation(Random random, String kind, String surname, String municipality) {
        return switch (kind) {
            case "employer" -> pick(random, EMPLOYER_WORD) + " " + surname.replace(" ", "") + " "
                    + pick(random, EMPLOYER_FORM);
            case "volunteer-centre" -> "Vrijwilligerscentrale " + municipality;
            case "municipality" -> "Gemeente " + municipality + " (sociaal domein)";
            case "umbrella" -> "Platform " + pick(random, SOCIAL_THEME) + " " + municipality;
            default -> pick(random, SOCIAL_PREFIX) + " " + pick(random, SOCIAL_THEME) + " " + municipality;
        };
    }

    /** "Zoë van der Lindehout" → "zoe.vanderlindehout". */
    static String emailLocalPart(String first, String surname) {
        String ascii = java.text.Normalizer.normalize(first + "." + surname, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return ascii.toLowerCase(java.util.Locale.ROOT).replace(" ", "").replace("'", "");
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
