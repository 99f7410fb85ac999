package nl.plein.goodbusy.integration;

import java.util.List;
import java.util.Map;

/**
 * Invented texts for generated data, in Dutch and, for the organisations whose coordinator reads English, in English:
 * titles built from the form of engagement and the cause, descriptions from a few sentences, the words of a
 * conversation. No names of people.
 */
final class ScaleTexts {

    private final ScaleShapes shapes;

    ScaleTexts(ScaleShapes shapes) {
        this.shapes = shapes;
    }

    private record Words(String nl, String en) {
        String in(boolean english) {
            return english ? en : nl;
        }
    }

    private static final Map<String, Words> CAUSE = Map.ofEntries(
            Map.entry("elderly", new Words("ouderen in de wijk", "older people in the neighbourhood")),
            Map.entry("youth", new Words("de jeugdclub", "the youth club")),
            Map.entry("poverty", new Words("het voedselpunt", "the food bank")),
            Map.entry("care", new Words("het zorgcentrum", "the care home")),
            Map.entry("disability", new Words("de dagbesteding", "the day centre")),
            Map.entry("newcomers", new Words("nieuwkomers", "newcomers")),
            Map.entry("nature", new Words("het natuurgebied", "the nature reserve")),
            Map.entry("culture", new Words("het dorpsmuseum", "the village museum")),
            Map.entry("sport", new Words("de sportvereniging", "the sports club")),
            Map.entry("education", new Words("de huiswerkklas", "the homework class")),
            Map.entry("neighbourhood", new Words("het buurthuis", "the community centre")),
            Map.entry("loneliness", new Words("eenzame buurtgenoten", "lonely neighbours")));

    private static final Map<String, List<Words>> REQUEST_TITLE = Map.of(
            "service-day", List.of(new Words("Opknapdag voor %s", "A day of odd jobs for %s"),
                    new Words("Klusdag bij %s", "Fix-up day at %s"),
                    new Words("Tuindag bij %s", "Garden day at %s"),
                    new Words("Schilderen en opruimen bij %s", "Painting and tidying at %s"),
                    new Words("Helpende handen voor een uitje met %s", "Helping hands for an outing with %s")),
            "relay", List.of(new Words("Vaste kookploeg voor %s", "A regular cooking team for %s"),
                    new Words("Elke maand een klusteam voor %s", "A monthly team of helpers for %s"),
                    new Words("Estafette: wekelijks meehelpen bij %s", "Relay: helping out every week at %s")),
            "skills-based", List.of(new Words("Coaches gezocht voor %s", "Coaches wanted for %s"),
                    new Words("Taalmaatjes voor %s", "Language buddies for %s"),
                    new Words("Mentoren voor %s", "Mentors for %s"),
                    new Words("Training en begeleiding voor %s", "Training and guidance for %s")),
            "pro-bono", List.of(new Words("Financieel advies voor %s", "Financial advice for %s"),
                    new Words("Een nieuwe website voor %s", "A new website for %s"),
                    new Words("Hulp bij de subsidieaanvraag voor %s", "Help with a grant application for %s"),
                    new Words("Juridisch advies voor %s", "Legal advice for %s"),
                    new Words("Strategie voor de komende jaren van %s", "A strategy for the coming years of %s")),
            "low-bono", List.of(new Words("Marketingplan tegen kostprijs voor %s", "A marketing plan at cost for %s"),
                    new Words("De ledenadministratie op orde voor %s",
                            "Getting the membership records in order for %s")));

    private static final List<Words> REQUEST_SENTENCES = List.of(
            new Words("Wij zijn een kleine stichting die draait op vrijwilligers.",
                    "We are a small foundation run by volunteers."),
            new Words("Er is veel te doen en we kunnen wel wat extra handen gebruiken.",
                    "There is a lot to do and we could use some extra hands."),
            new Words("Koffie, thee en een lunch staan klaar.", "Coffee, tea and lunch are provided."),
            new Words("Vooraf krijgt iedereen een korte uitleg van onze coördinator.",
                    "Everyone gets a short briefing from our coordinator beforehand."),
            new Words("Ervaring is niet nodig; enthousiasme wel.", "No experience needed, just enthusiasm."),
            new Words("Onze bezoekers kijken er nu al naar uit.", "Our visitors are already looking forward to it."),
            new Words("Gereedschap en materiaal zijn aanwezig.", "Tools and materials are there."),
            new Words("Het gaat om een klus die we zelf niet rond krijgen.",
                    "It is a job we cannot get done on our own."),
            new Words("We werken in kleine groepjes met een vaste begeleider.",
                    "We work in small groups with a regular supervisor."),
            new Words("Na afloop sluiten we samen af met een hapje en een drankje.",
                    "Afterwards we round off together with a drink and a bite."));

    private static final Map<String, List<Words>> OFFER_TITLE = Map.of(
            "service-day", List.of(new Words("Teamdag: een dag de handen uit de mouwen",
                            "Team day: rolling up our sleeves"),
                    new Words("Onze afdeling komt een dag klussen", "Our department comes for a day of odd jobs"),
                    new Words("Natuurwerkdag met collega's", "Nature work day with colleagues")),
            "relay", List.of(new Words("Een jaar lang elke maand een klusteam", "A team every month, for a year"),
                    new Words("Vaste groep collega's voor een estafette", "A regular group of colleagues for a relay")),
            "skills-based", List.of(new Words("Coaches uit ons team", "Coaches from our team"),
                    new Words("Taal- en huiswerkcoaches", "Language and homework coaches"),
                    new Words("Mentoren voor jongeren en nieuwkomers", "Mentors for young people and newcomers")),
            "pro-bono", List.of(new Words("Pro-bono advies over financiën", "Pro bono advice on finance"),
                    new Words("ICT-hulp op afstand", "IT help, remotely"),
                    new Words("Juridisch advies pro bono", "Legal advice, pro bono"),
                    new Words("Strategie en projectmanagement pro bono", "Strategy and project management, pro bono")),
            "low-bono", List.of(new Words("Marketing tegen kostprijs", "Marketing at cost"),
                    new Words("Ontwerp en communicatie tegen een klein tarief",
                            "Design and communication at a low rate")));

    private static final List<Words> OFFER_SENTENCES = List.of(
            new Words("Elke collega mag twee dagen per jaar vrijwilligerswerk doen.",
                    "Every employee may volunteer two days a year."),
            new Words("Ons team helpt graag, met handen of met kennis.",
                    "Our team is happy to help, with hands or know-how."),
            new Words("We nemen zelf gereedschap en werkkleding mee.", "We bring our own tools and work clothes."),
            new Words("Een vaste teamcaptain houdt contact met de organisatie.",
                    "A regular team captain keeps in touch with the organisation."),
            new Words("Wij zoeken een klus waar we echt iets kunnen betekenen.",
                    "We are looking for a job where we can really make a difference."),
            new Words("Onze mensen werken graag buiten.", "Our people like working outdoors."),
            new Words("Overleg over de planning kan op afstand.", "We can plan together remotely."));

    private static final List<Words> MISSIONS = List.of(
            new Words("Iedereen hoort erbij: wij brengen mensen in de buurt samen.",
                    "Everyone belongs: we bring people in the neighbourhood together."),
            new Words("Wij helpen huishoudens die rond moeten komen, met eten en met aandacht.",
                    "We help households that struggle to make ends meet, with food and attention."),
            new Words("Wij beheren een stuk natuur met vrijwilligers uit de omgeving.",
                    "We look after a piece of nature with volunteers from the area."),
            new Words("Sport, spel en huiswerkhulp voor kinderen van 8 tot 16.",
                    "Sport, games and homework help for children aged 8 to 16."),
            new Words("Nieuwkomers leren Nederlands in het dagelijks leven.",
                    "Newcomers learn Dutch in everyday life."),
            new Words("Wij bieden dagbesteding en een luisterend oor.",
                    "We offer day activities and a listening ear."));

    private static final List<Words> TARGET_GROUPS = List.of(new Words("buurtbewoners", "local residents"),
            new Words("ouderen", "older people"), new Words("kinderen en jongeren", "children and young people"),
            new Words("gezinnen met weinig geld", "families on a low income"),
            new Words("nieuwkomers, statushouders", "newcomers, refugees"),
            new Words("mensen met een beperking", "people with a disability"));

    private static final List<Words> COMPANY_SENTENCES = List.of(
            new Words("Wij geloven dat ondernemen en meedoen in de samenleving samengaan.",
                    "We believe business and taking part in society go together."),
            new Words("Vrijwilligerswerk hoort bij ons MVO-beleid.", "Volunteering is part of our CSR policy."),
            new Words("Collega's kiezen zelf waar ze zich voor inzetten.", "Colleagues choose what they work for."),
            new Words("We delen graag onze kennis met wie het nodig heeft.",
                    "We are glad to share our knowledge with those who need it."));

    private static final List<Words> PROPOSALS = List.of(
            new Words("Dit lijkt ons een mooie match. Zullen we kennismaken?",
                    "This looks like a good match to us. Shall we get acquainted?"),
            new Words("Ons team past precies bij deze vraag. Wanneer kunnen we bellen?",
                    "Our team fits this request well. When can we call?"),
            new Words("Jullie aanbod past bij wat wij zoeken. Hebben jullie interesse?",
                    "Your offer fits what we are looking for. Are you interested?"),
            new Words("Kunnen jullie ons hiermee helpen? We horen het graag.",
                    "Could you help us with this? We would love to hear from you."));

    private static final List<Words> DECLINES = List.of(
            new Words("Op die datum lukt het ons helaas niet.", "Unfortunately that date does not work for us."),
            new Words("We zoeken liever een vast groepje voor langere tijd.",
                    "We would rather find a regular group for a longer time."),
            new Words("De vraag is inmiddels ingevuld, dank voor het aanbod!",
                    "The request has been filled in the meantime, thanks for the offer!"),
            new Words("Het past nu niet in onze planning.", "It does not fit our planning right now."));

    private static final List<Words> MESSAGES = List.of(
            new Words("Leuk dat jullie willen helpen! Wanneer schikt een kennismaking?",
                    "Great that you want to help! When would suit you for a first meeting?"),
            new Words("Volgende week dinsdag of donderdag kan bij ons.", "Next Tuesday or Thursday works for us."),
            new Words("Hoeveel mensen kunnen er tegelijk komen?", "How many people can come at the same time?"),
            new Words("We denken aan twee groepjes, ochtend en middag.",
                    "We are thinking of two groups, morning and afternoon."),
            new Words("Is er parkeergelegenheid in de buurt?", "Is there parking nearby?"),
            new Words("Ik stuur de afspraak zo op het platform.", "I will put the agreement on the platform shortly."),
            new Words("Prima, dan zien we elkaar daar.", "Fine, see you there."),
            new Words("Moeten de collega's nog iets meenemen?", "Should our colleagues bring anything?"));

    private static final List<Words> AGREEMENTS = List.of(
            new Words("Een team helpt op de afgesproken dagen met de klus uit de hulpvraag.",
                    "A team helps with the job from the request on the agreed days."),
            new Words("Twee collega's begeleiden wekelijks een vaste groep deelnemers.",
                    "Two colleagues guide a regular group of participants every week."),
            new Words("Advies in drie sessies, op afstand en op locatie.",
                    "Advice in three sessions, remotely and on site."));

    private static final List<Words> BRIEFINGS = List.of(
            new Words("Om 8.45 uur koffie en uitleg bij de ingang.", "Coffee and a briefing at the entrance at 8.45."),
            new Words("Werkkleding aan; wij zorgen voor lunch.", "Wear work clothes; we provide lunch."),
            new Words("Kennismaking met de vaste vrijwilligers vooraf.", "Meet our regular volunteers beforehand."));

    private static final List<Words> HOURS_NOTES = List.of(new Words("Klusdag.", "Work day."),
            new Words("Begeleiding van de groep.", "Guiding the group."), new Words("Tuinwerk.", "Gardening."),
            new Words("Schilderwerk en opruimen.", "Painting and tidying."), new Words("", ""),
            new Words("Adviesgesprek.", "Advice session."));

    private static final List<Words> WENT_WELL = List.of(
            new Words("Hard gewerkt en heel gezellig met de bezoekers.",
                    "Worked hard and had a great time with the visitors."),
            new Words("Goed voorbereid, duidelijke taken.", "Well prepared, clear tasks."),
            new Words("Het team kwam precies op tijd en was enthousiast.",
                    "The team arrived right on time and was keen."));

    private static final List<Words> TO_IMPROVE = List.of(
            new Words("Iets eerder laten weten met hoeveel mensen jullie komen.",
                    "Let us know a little earlier how many people are coming."),
            new Words("Het gereedschap was niet compleet.", "Some tools were missing."), new Words("", ""));

    private static final List<Words> THANKS = List.of(new Words("Dank jullie wel, het ziet er prachtig uit!",
                    "Thank you so much, it looks wonderful!"),
            new Words("Bedankt voor de gastvrijheid en de soep.", "Thanks for the hospitality and the soup."),
            new Words("Graag tot een volgende keer.", "Hope to see you again next time."));

    private static final List<Words> RECURRENCE = List.of(
            new Words("Elke week op dinsdagmiddag",
                    "Every Tuesday afternoon"),
            new Words("Elke eerste donderdag van de maand", "Every first Thursday of the month"),
            new Words("Om de week op zaterdagochtend", "Every other Saturday morning"));

    private static final List<Words> ACCESSIBILITY = List.of(new Words("", ""), new Words("", ""),
            new Words("Het gebouw is met een rolstoel bereikbaar.", "The building is wheelchair accessible."),
            new Words("Oneffen terrein, niet geschikt voor een rolstoel.",
                    "Uneven ground, not suitable for a wheelchair."));

    String requestTitle(String form, String cause, boolean english) {
        return String.format(shapes.pick(REQUEST_TITLE.get(form)).in(english), CAUSE.get(cause).in(english));
    }

    String requestDescription(boolean english) {
        return sentences(REQUEST_SENTENCES, 2 + shapes.between(0, 3), english);
    }

    String offerTitle(String form, boolean english) {
        return shapes.pick(OFFER_TITLE.get(form)).in(english);
    }

    String offerDescription(boolean english) {
        return sentences(OFFER_SENTENCES, 2 + shapes.between(0, 2), english);
    }

    String mission(boolean english) {
        return shapes.pick(MISSIONS).in(english);
    }

    String targetGroups(boolean english) {
        return shapes.pick(TARGET_GROUPS).in(english);
    }

    String companyDescription(boolean english) {
        return sentences(COMPANY_SENTENCES, 1 + shapes.between(0, 2), english);
    }

    String recurrence(boolean english) {
        return shapes.pick(RECURRENCE).in(english);
    }

    String accessibility(boolean english) {
        return shapes.pick(ACCESSIBILITY).in(english);
    }

    String proposal(boolean english) {
        return shapes.pick(PROPOSALS).in(english);
    }

    String decline(boolean english) {
        return shapes.pick(DECLINES).in(english);
    }

    String message(boolean english) {
        return shapes.pick(MESSAGES).in(english);
    }

    String agreement(boolean english) {
        return shapes.pick(AGREEMENTS).in(english);
    }

    String briefing(boolean english) {
        return shapes.pick(BRIEFINGS).in(english);
    }

    String shiftLabel(int number, boolean english) {
        return (english ? "Shift " : "Dienst ") + number;
    }

    String hoursNote(boolean english) {
        return shapes.pick(HOURS_NOTES).in(english);
    }

    String wentWell(boolean english) {
        return shapes.pick(WENT_WELL).in(english);
    }

    String toImprove(boolean english) {
        return shapes.pick(TO_IMPROVE).in(english);
    }

    String thanks(boolean english) {
        return shapes.pick(THANKS).in(english);
    }

    String declinedHours(boolean english) {
        return english ? "Registered twice." : "Dubbel geregistreerd.";
    }

    private String sentences(List<Words> pool, int n, boolean english) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) text.append(' ');
            text.append(shapes.pick(pool).in(english));
        }
        return text.toString();
    }
}
