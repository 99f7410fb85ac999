package nl.plein.webinars.integration;

import java.util.List;

/**
 * The invented words of generated programmes: week themes with their topics, session titles with a summary, and the
 * sentences speakers' bios are made of. Mostly Dutch, with some English sessions and weeks, as in the real thing. No
 * real people are named; speakers take their names from core's invented people.
 */
final class ScaleTexts {

    private ScaleTexts() {
    }

    /** A week's theme, its introduction and the topics its sessions are mostly about. */
    record Theme(String theme, String description, List<String> topics) {
    }

    /** A session's title and the first sentence of its summary; {@code language} is {@code nl} or {@code en}. */
    record Title(String title, String summary, String language, List<String> topics) {
    }

    static final List<Theme> THEMES = List.of(
            new Theme("Jong geleerd: jongeren als vrijwilliger",
                    "Hoe je jongeren bereikt, wat ze zoeken en hoe ze blijven: van **scholen** tot de maatschappelijke diensttijd.",
                    List.of("jongeren", "scholen", "maatschappelijke diensttijd")),
            new Theme("Iedereen kan vrijwilliger zijn",
                    "Over vrijwilligers die je nog niet bereikt: mensen met een beperking, nieuwkomers en wie weinig tijd heeft.",
                    List.of("inclusie", "mensen met een beperking", "taal")),
            new Theme("Vrijwilligers vinden en houden",
                    "Werving, een warm welkom en een goede begeleiding: de basis van elke vrijwilligersorganisatie.",
                    List.of("werving", "behoud", "nieuwe vrijwilligers")),
            new Theme("Besturen met plezier",
                    "Voor bestuurders van verenigingen en stichtingen: taken verdelen, opvolging regelen en het overzicht houden.",
                    List.of("bestuur", "financiën", "wet- en regelgeving")),
            new Theme("Samenwerken met bedrijven",
                    "Medewerkers als vrijwilliger, een maatschappelijke beursvloer of een klus met expertise.",
                    List.of("bedrijven", "maatschappelijk ondernemen", "werving")),
            new Theme("Zilveren kracht: ouderen doen mee",
                    "Ouderen zijn de grootste groep vrijwilligers. Wat vragen ze, en hoe houd je ze betrokken?",
                    List.of("ouderen", "mantelzorg", "behoud")),
            new Theme("Digitaal vrijwilligerswerk",
                    "Online klussen, roosters in een app en privacy: vrijwilligerswerk in een digitale tijd.",
                    List.of("digitaal", "privacy", "werving")),
            new Theme("De buurt aan zet",
                    "Bewonersinitiatieven, buurthuizen en de gemeente: samen werken aan een levendige wijk.",
                    List.of("buurtwerk", "gemeente", "burgerinitiatief")),
            new Theme("Sport verbindt",
                    "Trainers, scheidsrechters en kantinediensten: zonder vrijwilligers geen sportclub.",
                    List.of("sport", "verenigingen", "jongeren")),
            new Theme("Welcome! International volunteers",
                    "Sessions in English on volunteering with people who are new to the Netherlands, and by them.",
                    List.of("international volunteers", "taal", "inclusie")),
            new Theme("Mantelzorg en vrijwilligers",
                    "Hoe vrijwilligers mantelzorgers ontlasten, en hoe je overbelasting bij beide voorkomt.",
                    List.of("mantelzorg", "zorg en welzijn", "ouderen")),
            new Theme("Regels zonder hoofdpijn",
                    "De VOG, de vrijwilligersvergoeding, verzekeringen en de AVG, helder uitgelegd.",
                    List.of("wet- en regelgeving", "privacy", "financiën")),
            new Theme("Vrijwilligers in zorg en welzijn",
                    "Van gastvrouw in het ziekenhuis tot maatje in de wijk: vrijwilligers naast professionals.",
                    List.of("zorg en welzijn", "mantelzorg", "behoud")),
            new Theme("Groene vrijwilligers",
                    "Natuurbeheer, tuinen en klimaatinitiatieven: groen vrijwilligerswerk groeit.",
                    List.of("natuur en klimaat", "buurtwerk", "jongeren")),
            new Theme("Taal en meedoen",
                    "Taalmaatjes, taalcafés en eenvoudige taal in je eigen organisatie.",
                    List.of("taal", "inclusie", "nieuwe vrijwilligers")),
            new Theme("Evenementen en festivals",
                    "Honderden vrijwilligers voor één weekend: werven, roosteren, instrueren en bedanken.",
                    List.of("evenementen", "werving", "veiligheid")),
            new Theme("Coördinatoren onder elkaar",
                    "Voor wie vrijwilligers begeleidt: intervisie, lastige gesprekken en je eigen grenzen.",
                    List.of("coördinatie", "behoud", "begeleiding")),
            new Theme("Employee volunteering that works",
                    "For companies and charities: make employee volunteering more than a team outing.",
                    List.of("bedrijven", "employee volunteering", "maatschappelijk ondernemen")),
            new Theme("Cultuur en erfgoed",
                    "Musea, bibliotheken, koren en molens: vrijwilligers houden cultuur levend.",
                    List.of("cultuur", "ouderen", "werving")),
            new Theme("Flexibel vrijwilligerswerk",
                    "Korte klussen, vrijwilligerswerk op afroep en met het hele gezin: nieuwe vormen die werken.",
                    List.of("flexibel vrijwilligerswerk", "nieuwe vrijwilligers", "digitaal")));

    static final List<Title> TITLES = List.of(
            t("Zo bereik je scholieren", "Scholen, stages en de maatschappelijke diensttijd: waar je jongeren tegenkomt.",
                    "jongeren", "scholen"),
            t("Een eerste klus: wat jongeren echt willen", "Kort, samen met vrienden en met iets om te laten zien.",
                    "jongeren", "nieuwe vrijwilligers"),
            t("Maatschappelijke diensttijd in je vereniging", "Hoe je met een MDT-traject jongeren een plek geeft.",
                    "maatschappelijke diensttijd", "jongeren"),
            t("Van klus naar club: jongeren houden", "Na de eerste klus: begeleiding, verantwoordelijkheid en een plek in het bestuur.",
                    "jongeren", "behoud"),
            t("Vrijwilligerswerk zonder drempels", "Een ervaringsdeskundige en een adviseur over toegankelijke klussen.",
                    "mensen met een beperking", "inclusie"),
            t("Inclusief werven: wie mis je nog?", "Kijk met andere ogen naar je vacatureteksten en je wervingskanalen.",
                    "inclusie", "werving"),
            t("Eenvoudige taal in je organisatie", "Schrijf zo dat iedereen je begrijpt, ook wie Nederlands als tweede taal heeft.",
                    "taal", "inclusie"),
            t("Vacatureteksten die wél werken", "Wat een goede vrijwilligersvacature zegt, en wat je beter weglaat.",
                    "werving"),
            t("Een warm welkom voor nieuwe vrijwilligers", "De eerste weken bepalen of iemand blijft: zo pak je ze aan.",
                    "nieuwe vrijwilligers", "behoud"),
            t("Waarom vrijwilligers stoppen, en wat je eraan doet", "Cijfers en verhalen over uitval, met wat wel helpt.",
                    "behoud"),
            t("Een vloed aan aanmeldingen: zo houd je het overzicht", "Ineens melden zich tientallen mensen. Iedereen snel een antwoord.",
                    "nieuwe vrijwilligers", "coördinatie"),
            t("Taken verdelen in het bestuur", "Van alles-zelf-doen naar een bestuur waarin iedereen zijn rol kent.",
                    "bestuur"),
            t("Opvolging in het bestuur regelen", "Wie neemt het over als de voorzitter stopt? Begin op tijd.",
                    "bestuur", "behoud"),
            t("Begroten voor een kleine vereniging", "Een begroting, een kascommissie en fondsen: de financiën op orde.",
                    "financiën", "bestuur"),
            t("De vrijwilligersvergoeding uitgelegd", "Wat mag, wat moet je bijhouden en hoe zit het met de belasting?",
                    "wet- en regelgeving", "financiën"),
            t("De VOG: wanneer en hoe", "Wanneer vraag je een verklaring omtrent het gedrag, en hoe krijg je hem gratis?",
                    "wet- en regelgeving", "veiligheid"),
            t("Privacy en de AVG voor vrijwilligersorganisaties", "Welke gegevens mag je bewaren, en hoe lang?",
                    "privacy", "wet- en regelgeving"),
            t("Medewerkers als vrijwilliger", "Een teamdag, een klus met expertise of structureel: wat past bij jouw organisatie?",
                    "bedrijven", "maatschappelijk ondernemen"),
            t("De maatschappelijke beursvloer", "Vraag en aanbod tussen bedrijven en organisaties op één middag bij elkaar.",
                    "bedrijven", "gemeente"),
            t("Ouderen als vrijwilliger: meer dan koffie schenken", "Wat ouderen zoeken, en hoe je ze vraagt zonder hokjes.",
                    "ouderen"),
            t("Jong en oud samen", "Koppels van een jongere en een oudere vrijwilliger: twee ervaringen, één gesprek.",
                    "ouderen", "jongeren"),
            t("Vrijwilligers die mantelzorgers ontlasten", "Respijtzorg door vrijwilligers: zo organiseer je het.",
                    "mantelzorg", "zorg en welzijn"),
            t("Roosters in een app", "Van het schrift in de kantine naar een rooster dat iedereen op zijn telefoon heeft.",
                    "digitaal", "coördinatie"),
            t("Online vrijwilligerswerk", "Klussen die je van huis doet: van bijles via video tot een website bijhouden.",
                    "digitaal", "flexibel vrijwilligerswerk"),
            t("Sociale media voor je vereniging", "Welke kanalen, hoe vaak en wie doet het? Praktische tips.",
                    "digitaal", "werving"),
            t("Een bewonersinitiatief starten", "Van een idee op de stoep naar een plan waar de gemeente aan meebetaalt.",
                    "burgerinitiatief", "buurtwerk"),
            t("Het buurthuis als thuisbasis", "Vrijwilligers runnen steeds vaker het buurthuis: wat komt erbij kijken?",
                    "buurtwerk", "bestuur"),
            t("Samenwerken met je gemeente", "Subsidies, beleid en het gesprek met de wethouder.",
                    "gemeente", "financiën"),
            t("Zonder vrijwilligers geen sportclub", "Trainers, scheidsrechters en de kantine: zo verdeel je de taken.",
                    "sport", "verenigingen"),
            t("Ouders inzetten bij de club", "Van ouders langs de lijn naar ouders in een taak.",
                    "sport", "werving"),
            t("Mantelzorg en werk combineren", "Wat werkgevers en vrijwilligersorganisaties samen kunnen doen.",
                    "mantelzorg", "bedrijven"),
            t("Vrijwilligers naast professionals", "Wie doet wat? Heldere afspraken in zorg en welzijn.",
                    "zorg en welzijn", "coördinatie"),
            t("Natuurwerkdagen organiseren", "Honderden mensen een dag aan het werk in het groen: zo pak je het aan.",
                    "natuur en klimaat", "evenementen"),
            t("Een buurttuin beginnen", "Grond, gereedschap en vaste gezichten: een tuin die blijft.",
                    "natuur en klimaat", "buurtwerk"),
            t("Taalmaatjes koppelen", "Hoe je vraag en aanbod goed koppelt, en wat een maatje nodig heeft.",
                    "taal", "begeleiding"),
            t("Vrijwilligers voor je festival", "Werven, roosteren en instrueren voor één druk weekend.",
                    "evenementen", "werving"),
            t("Veilig werken op evenementen", "EHBO, verkeersregelaars en een draaiboek: veiligheid met vrijwilligers.",
                    "veiligheid", "evenementen"),
            t("Lastige gesprekken met vrijwilligers", "Als iemand niet past of over grenzen gaat: het gesprek aangaan.",
                    "begeleiding", "coördinatie"),
            t("Intervisie voor coördinatoren", "Leren van elkaars casussen, in een vaste methode.",
                    "coördinatie", "begeleiding"),
            t("Je eigen grenzen als coördinator", "Altijd bereikbaar en overal verantwoordelijk? Zo houd je het vol.",
                    "coördinatie", "behoud"),
            t("Vrijwilligers in het museum", "Gastheren, rondleiders en restaurateurs: vrijwilligers in de cultuursector.",
                    "cultuur"),
            t("Koren en muziekverenigingen vernieuwen", "Nieuwe leden en vrijwilligers voor een vereniging die vergrijst.",
                    "cultuur", "verenigingen"),
            t("Korte klussen, grote impact", "Vrijwilligerswerk op afroep: voor wie geen vaste tijd kan geven.",
                    "flexibel vrijwilligerswerk", "nieuwe vrijwilligers"),
            t("Vrijwilligerswerk met het hele gezin", "Klussen waar ouders en kinderen samen aan meedoen.",
                    "flexibel vrijwilligerswerk", "jongeren"),
            t("Vrijwilligers bedanken", "Meer dan een kerstpakket: waardering die echt aankomt.",
                    "behoud", "begeleiding"),
            t("Verzekeringen voor vrijwilligers", "Wat dekt de gemeentelijke vrijwilligersverzekering, en wat niet?",
                    "wet- en regelgeving", "veiligheid"),
            new Title("Volunteering in the Netherlands: how it works", "A first introduction for newcomers who want to help out.",
                    "en", List.of("international volunteers", "nieuwe vrijwilligers")),
            new Title("Finding your first volunteer job", "Where to look, how to apply and what to expect.",
                    "en", List.of("international volunteers", "werving")),
            new Title("Dutch at the volunteer desk", "Practising Dutch while volunteering: tips from a language buddy.",
                    "en", List.of("international volunteers", "taal")),
            new Title("Welcoming international volunteers", "For organisations: what changes when your team speaks several languages.",
                    "en", List.of("international volunteers", "inclusie")),
            new Title("Employee volunteering beyond the team outing", "Skills-based volunteering that helps charities for years.",
                    "en", List.of("employee volunteering", "bedrijven")),
            new Title("Measuring the impact of employee volunteering", "What to count, and what to tell your board.",
                    "en", List.of("employee volunteering", "maatschappelijk ondernemen")),
            new Title("Inclusive recruitment in practice", "Reaching people your usual channels miss.",
                    "en", List.of("inclusie", "werving")));

    /** Closing sentences of summaries, Dutch and English. */
    static final List<String> CLOSINGS_NL = List.of(
            "Met praktijkvoorbeelden en volop ruimte voor vragen.",
            "Je krijgt een checklist mee om morgen mee te beginnen.",
            "Na afloop delen we de **slides** en een lijst met handige links.",
            "Een korte inleiding, daarna gaan we in gesprek met de deelnemers.",
            "Voor beginners en voor wie het al jaren doet.",
            "Met een ervaringsdeskundige die vertelt hoe het in de praktijk gaat.",
            "We bespreken vragen die je vooraf instuurt.",
            "Inclusief drie voorbeelden uit kleine dorpen en grote steden.");
    static final List<String> CLOSINGS_EN = List.of(
            "With examples from practice and plenty of time for questions.",
            "You will get a short checklist to start with tomorrow.",
            "Slides and links are shared afterwards.");

    static final List<String> BIOS_EXPERT = List.of(
            "Adviseert vrijwilligersorganisaties over werving en begeleiding, vanuit %s.",
            "Werkt bij %s en begeleidt daar tientallen vrijwilligers.",
            "Coördinator vrijwilligerswerk bij %s. Schreef een handreiking over behoud van vrijwilligers.",
            "Beleidsadviseur bij %s, met vrijwilligerswerk en participatie in de portefeuille.",
            "Trainer en coach; werkt voor %s aan inclusief vrijwilligerswerk.",
            "Works at %s on employee volunteering and partnerships with charities.");
    static final List<String> BIOS_LIVED = List.of(
            "Is zelf al jaren vrijwilliger bij %s en vertelt hoe dat gaat.",
            "Begon als deelnemer bij %s en is nu vrijwilliger en ambassadeur.",
            "Mantelzorger en vrijwilliger bij %s: weet wat het is om weinig tijd te hebben.",
            "Vrijwilliger met een beperking bij %s. Laat zien hoe een klus voor iedereen toegankelijk wordt.",
            "Volunteers at %s after moving to the Netherlands, and helps other newcomers find their way.");

    /** What participants write in an evaluation; most leave the comment empty. */
    static final List<String> COMMENTS = List.of(
            "Heel praktisch, ik ga de tips meteen gebruiken.",
            "Fijn tempo. Graag meer voorbeelden uit kleine dorpen.",
            "Goed verhaal, maar het geluid haperde af en toe.",
            "Het verhaal van de ervaringsdeskundige maakte het echt.",
            "Te kort! Graag een vervolg.",
            "Veel herkenning, weinig nieuws voor mij.",
            "De checklist hangt nu bij ons op het prikbord.",
            "Clear and useful, thank you.");

    private static Title t(String title, String summary, String... topics) {
        return new Title(title, summary, "nl", List.of(topics));
    }
}
