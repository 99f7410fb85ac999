package nl.plein.expeditions.integration;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import nl.plein.expeditions.expedition.TargetGroup;

/**
 * The invented texts of the generated expeditions: mostly Dutch, about one in ten in English (the programme also
 * runs expeditions for international volunteers). No names of people; places are core's generated municipalities.
 */
final class ScaleTexts {

    private final Random random;

    ScaleTexts(Random random) {
        this.random = random;
    }

    private String pick(List<String> dutch, List<String> english) {
        return random.nextInt(10) == 0 ? pick(english) : pick(dutch);
    }

    String pick(List<String> texts) {
        return texts.get(random.nextInt(texts.size()));
    }

    String title(TargetGroup focus, String place, LocalDate startsOn) {
        boolean english = random.nextInt(10) == 0;
        String title = switch (focus) {
            case YOUNG_PEOPLE -> english ? "Young people on board in %s"
                    : pick(List.of("Jong geleerd in %s", "Jongeren aan zet in %s", "Scholieren helpen mee in %s"));
            case OLDER_PEOPLE -> english ? "Seniors make the difference in %s"
                    : pick(List.of("Ouderen doen mee in %s", "Vitale senioren in %s", "Nooit te oud in %s"));
            case DISABILITY -> english ? "Volunteering without barriers in %s"
                    : pick(List.of("Iedereen kan meedoen in %s", "Drempelvrij vrijwilligen in %s"));
            case NEWCOMERS -> english ? "New in town: volunteering in %s"
                    : pick(List.of("Nieuwkomers welkom in %s", "Samen thuis in %s"));
            case EMPLOYEES -> english ? "Employees as volunteers in %s"
                    : pick(List.of("Werkgevers en vrijwilligers in %s", "Vanuit je werk vrijwilligen in %s"));
            case OTHER -> english ? "New faces in %s" : pick(List.of("Nieuwe gezichten in %s", "Iedereen welkom in %s"));
        };
        return title.formatted(place) + " – " + season(startsOn, english);
    }

    private static String season(LocalDate day, boolean english) {
        int month = day.getMonthValue();
        String season = month >= 3 && month <= 5 ? (english ? "spring" : "voorjaar")
                : month >= 6 && month <= 8 ? (english ? "summer" : "zomer")
                : month >= 9 && month <= 11 ? (english ? "autumn" : "najaar") : "winter";
        return season + " " + (month <= 2 ? day.getYear() - 1 : day.getYear());
    }

    String bio(int years) {
        return pick(List.of(
                "Begeleidt sinds %d jaar expedities met sportclubs, buurthuizen en zorgorganisaties.".formatted(years),
                "Werkt bij het vrijwilligerscentrum en traint organisaties in werven zonder drempels.",
                "Ervaringsdeskundige in het werven van jongeren; %d jaar expeditieleider.".formatted(years),
                "Helpt verenigingen hun deur open te zetten voor **nieuwkomers** en statushouders.",
                "Oud-bestuurder van een dorpshuis, nu trainer bij de Expedities Nieuwe Gezichten."),
                List.of("Trainer at the volunteer centre; runs expeditions in English for international volunteers.",
                        "Leads expeditions since %d years, mostly with sports clubs and community centres.".formatted(years)));
    }

    String agenda(String kind) {
        return switch (kind) {
            case "kick-off" -> pick(List.of("Kennismaken, de vijf stappen van de methode, je nulmeting voorbereiden.",
                    "Welkom; wie wil je bereiken en waarom lukt dat nu niet? Daarna: de vrijwilligersreis."));
            case "online" -> "Online sessie over de vrijwilligersreis: van eerste contact tot blijven.";
            case "follow-up" -> "Terugkijken op de eerste experimenten; wat werkte, wat niet? Intervisie in kleine groepen.";
            case "closing" -> "Eindmeting, de opbrengst delen en vieren. Neem je logboek mee.";
            default -> "Intervisie: elkaar helpen met de lastigste vraag van dit moment.";
        };
    }

    String assignmentDescription(int step) {
        return switch (step) {
            case 0 -> "Hoeveel vrijwilligers heb je nu, en welke doelgroep kies je? Vul de nulmeting in.";
            case 1 -> "Schrijf je expeditieplan: doel, doelgroep en drie kleine experimenten.";
            case 2 -> "Voer je eerste experiment uit en schrijf op wat je zag en wat je ervan leerde.";
            default -> "Deel je wervingstekst met de groep en geef feedback op twee andere teksten.";
        };
    }

    static final List<String> ASSIGNMENTS = List.of("Nulmeting invullen", "Expeditieplan schrijven",
            "Eerste experiment uitvoeren", "Wervingstekst delen");

    String ambition() {
        return pick(List.of("Vijf jongeren die één keer per maand helpen bij wedstrijden.",
                "Meer mensen uit de wijk betrekken bij de inloop.", "Een tweede team gastvrouwen en -heren.",
                "Statushouders als maatje of chauffeur.", "Collega's van bedrijven in de buurt voor klussendagen.",
                "Vrijwilligers die korte, losse klussen willen doen in plaats van een vaste taak."),
                List.of("Reach international students for our weekend activities.",
                        "Find five new volunteers who speak both Dutch and Arabic."));
    }

    String goal(int target) {
        return pick(List.of("%d nieuwe vrijwilligers uit onze doelgroep voor het eind van de expeditie.".formatted(target),
                "%d nieuwe gezichten die blijven, ook na een half jaar.".formatted(target),
                "Een vast team van %d nieuwe mensen voor de zaterdag.".formatted(target)),
                List.of("%d new volunteers who stay after six months.".formatted(target)));
    }

    String experiments() {
        return pick(List.of("- Proefdag voor scholieren\n- Maatjes voor nieuwe vrijwilligers\n- Korte klussen op de site",
                "- Vacature in eenvoudige taal\n- Open dag met de buurt\n- Persoonlijk vragen in plaats van een flyer",
                "- Samen koken met nieuwkomers\n- Taalmaatjes\n- Welkomstgesprek bij de koffie",
                "- Vrijwilligerswerk met een collega (werkgeversdag)\n- Flexibele roosters\n- Bedankmoment elke maand"),
                List.of("- Info evening in English\n- Buddy system\n- Short tasks that need no Dutch"));
    }

    String submission() {
        return pick(List.of("Ingevuld, zie de bijlage op ons eigen drive.", "Gedaan. We kozen jongeren als doelgroep.",
                "Plan besproken in het bestuur en goedgekeurd.", "Eerste experiment gedaan: zes mensen kwamen kijken.",
                "Onze tekst staat online; graag feedback op de toon."),
                List.of("Done; our plan is attached in the shared folder.", "Handed in a bit late, sorry!"));
    }

    String action() {
        return pick(List.of("Proefdag gehouden met de middelbare school", "Vacature op de vacaturebank gezet",
                "Welkomstbrief herschreven in eenvoudige taal", "Flyers uitgedeeld op de markt",
                "Persoonlijk drie buren gevraagd om mee te helpen", "Open dag georganiseerd in het clubhuis",
                "Gesprek gevoerd met de wijkcoach over statushouders", "Post op Instagram met een filmpje van de vrijwilligers",
                "Koffieochtend voor nieuwe bewoners", "Maatjesgesprek met een nieuwe vrijwilliger",
                "Taakomschrijvingen korter gemaakt", "Kraam op de vrijwilligersmarkt", "Samenwerking gezocht met de bibliotheek",
                "Bedrijf in de buurt gebeld over een klussendag", "Rooster flexibeler gemaakt: ook losse zaterdagen",
                "Stagiairs van het mbo uitgenodigd voor een meeloopdag"),
                List.of("Posted the vacancy in English on the university's board", "Hosted an info evening for expats",
                        "Buddy meeting with two new volunteers"));
    }

    String result() {
        return pick(List.of("Zes scholieren kwamen, twee willen terugkomen.", "Twee reacties, één kennismakingsgesprek gepland.",
                "Niemand reageerde; volgende keer persoonlijk vragen.", "Vier nieuwe mensen op de lijst.",
                "Veel vragen over de tijd die het kost; we maken kortere taken.", "De wijkcoach brengt ons in contact met drie gezinnen.",
                "Eén nieuwe vrijwilliger die direct is begonnen!", "Meer bereik dan verwacht: 1.200 weergaven."),
                List.of("Three people signed up, one started right away.", "Nobody showed up; we'll try a weekday evening."));
    }

    String reflection() {
        return pick(List.of("Persoonlijk vragen werkt beter dan een flyer.", "We moeten de drempel lager maken: eerst meelopen.",
                "Onze taal was te ingewikkeld; de nieuwe tekst is veel duidelijker.",
                "Het bestuur was eerst sceptisch, nu enthousiast.", "Jongeren willen korte klussen, geen vaste avond.",
                "Volgende keer eerder beginnen met uitnodigen."),
                List.of("Asking in person works better than posting online.", "We learned to make the first step smaller."));
    }
}
