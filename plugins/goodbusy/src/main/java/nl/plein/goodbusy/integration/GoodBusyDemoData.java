package nl.plein.goodbusy.integration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import nl.plein.api.hooks.DemoData;
import nl.plein.goodbusy.GoodBusy;
import nl.plein.goodbusy.ItemStatus;
import nl.plein.goodbusy.deal.MatchStatus;
import nl.plein.goodbusy.deal.Side;
import nl.plein.goodbusy.matching.Facts;
import nl.plein.goodbusy.matching.Scorer;
import nl.plein.goodbusy.offer.Offer;
import nl.plein.goodbusy.offer.OfferDraft;
import nl.plein.goodbusy.offer.Offers;
import nl.plein.goodbusy.profile.OrganisationProfile;
import nl.plein.goodbusy.request.DateKind;
import nl.plein.goodbusy.request.HelpRequest;
import nl.plein.goodbusy.request.RequestDraft;
import nl.plein.goodbusy.request.Requests;

/**
 * Invented demo content: three companies and five social organisations with profiles in four provinces, eleven open
 * requests and six offers, and matches in every state — a proposal waiting for an answer, a conversation, a polite
 * no, one that expired unanswered, one withdrawn, an agreement with shifts employees signed up for, and two done with
 * approved hours (this year and last), hours still to approve and evaluations both ways. All names are made up.
 *
 * <p>The accounts to try it with (password as every demo account, see the README):
 * {@code goodbusy-company@demo.plein.nl} coordinates Lindeburg Logistiek (impact page with approved hours),
 * {@code goodbusy-organisation@demo.plein.nl} coordinates Buurthuis Het Klaverblad (a proposal to answer, hours to
 * approve), {@code goodbusy-employee@demo.plein.nl} works at Lindeburg Logistiek and is signed up for a coming shift,
 * and {@code goodbusy-broker@demo.plein.nl} (core's account for the broker role) joins Vrijwilligerscentrale
 * Lindeburg in Gelderland, where matches are stuck. Requests and offers go through the foundation's repositories,
 * on a clock set to when they were posted; the deal's rows are written directly ({@link DemoDeals}). Everything after
 * the people and organisations is one transaction: if anything fails nothing is left, and the next start in demo mode
 * loads it again.
 */
final class GoodBusyDemoData implements DemoData {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    static final String COMPANY = "goodbusy-company@demo.plein.nl";
    static final String ORGANISATION = "goodbusy-organisation@demo.plein.nl";
    static final String EMPLOYEE = "goodbusy-employee@demo.plein.nl";
    static final String BROKER_ROLE = "goodbusy.broker";

    private final GoodBusy goodBusy;

    GoodBusyDemoData(GoodBusy goodBusy) {
        this.goodBusy = goodBusy;
    }

    @Override
    public void load(DemoPeople demo) {
        People p = new People(
                demo.person("Karin Koersvast", COMPANY),
                demo.person("Erik Enthousiast", EMPLOYEE),
                demo.person("Fleur Fietskoerier", "goodbusy-fleur@demo.plein.nl"),
                demo.person("Hamid Heftruck", "goodbusy-hamid@demo.plein.nl"),
                demo.person("Ilona Inpakker", "goodbusy-ilona@demo.plein.nl"),
                demo.person("Tobias Toetsenbord", "goodbusy-datawolk@demo.plein.nl"),
                demo.person("Sanne Stroomlijn", "goodbusy-energie@demo.plein.nl"),
                demo.person("Olga Ontmoeter", ORGANISATION),
                demo.person("Vera Voorraad", "goodbusy-voedselpunt@demo.plein.nl"),
                demo.person("Tessa Taalcoach", "goodbusy-taalmaatjes@demo.plein.nl"),
                demo.person("Niels Nestkast", "goodbusy-natuurgroep@demo.plein.nl"),
                demo.person("Joris Jeugdwerk", "goodbusy-jeugdclub@demo.plein.nl"));
        String broker = demo.accountWithRole(BROKER_ROLE);
        // A broker's region is the provinces of their organisations: the demo volunteer centre is in Gelderland.
        demo.join(demo.demoOrganisation(), broker);

        Organisations o = new Organisations(
                demo.organisation("Lindeburg Logistiek", "employer", "Lindeburg", "Gelderland", p.karin),
                demo.organisation("Datawolk ICT", "employer", "Veenstad", "Utrecht", p.tobias),
                demo.organisation("Groene Vallei Energie", "employer", "Kievitshoek", "Overijssel", p.sanne),
                demo.organisation("Buurthuis Het Klaverblad", "volunteer-organisation", "Lindeburg", "Gelderland",
                        p.olga),
                demo.organisation("Voedselpunt Lindeburg", "volunteer-organisation", "Lindeburg", "Gelderland",
                        p.vera),
                demo.organisation("Taalmaatjes Veenstad", "volunteer-organisation", "Veenstad", "Utrecht", p.tessa),
                demo.organisation("Natuurgroep De Kievitsweide", "volunteer-organisation", "Kievitshoek",
                        "Overijssel", p.niels),
                demo.organisation("Jeugdclub De Vliegeraar", "volunteer-organisation", "Molenbroek", "Noord-Brabant",
                        p.joris));
        for (String employee : List.of(p.erik, p.fleur, p.hamid, p.ilona)) demo.join(o.logistiek, employee);

        goodBusy.context().jdbi().useTransaction(h -> new Loader(p, o).load());
    }

    private record People(String karin, String erik, String fleur, String hamid, String ilona, String tobias,
                          String sanne, String olga, String vera, String tessa, String niels, String joris) {
    }

    private record Organisations(String logistiek, String datawolk, String energie, String klaverblad,
                                 String voedselpunt, String taalmaatjes, String natuurgroep, String jeugdclub) {
    }

    /** One loading run. */
    private final class Loader {

        private final People p;
        private final Organisations o;
        private final Clock clock = goodBusy.context().clock();
        private final Instant now = clock.instant();
        private final LocalDate today = LocalDate.now(clock.withZone(AMSTERDAM));
        private final DemoDeals deals = new DemoDeals(goodBusy.context().jdbi(), goodBusy.context().ids());

        Loader(People p, Organisations o) {
            this.p = p;
            this.o = o;
        }

        void load() {
            profiles();
            // Open requests: a proposal waits for Het Klaverblad; nobody has proposed on the kitchen request yet.
            HelpRequest gardenDay = request(o.klaverblad, 16, new RequestDraft("Opknapdag in de buurttuin",
                    "De moestuin achter het buurthuis moet na de winter worden opgeknapt: bedden spitten, paden "
                            + "herstellen en een nieuwe schuur in elkaar zetten. Lunch staat klaar.",
                    "service-day", "neighbourhood", List.of("hands-on", "gardening", "maintenance"), 6, 10,
                    DateKind.ONE_DAY, today.plusDays(21), today.plusDays(21), "", false, "Lindeburg", "Gelderland",
                    false, "De tuin is vlak en met een rolstoel bereikbaar."));
            request(o.klaverblad, 12, new RequestDraft("Kookclub voor ouderen: vaste koks gezocht",
                    "Elke donderdag koken we met en voor twintig ouderen uit de wijk. We zoeken een vast groepje "
                            + "collega's dat een jaar lang eens per maand de keuken draait.",
                    "relay", "elderly", List.of("cooking"), 2, 4, DateKind.RECURRING, today.plusDays(10),
                    today.plusDays(370), "Elke eerste donderdag van de maand, 16.00–19.30 uur", false, "Lindeburg",
                    "Gelderland", false, ""));
            HelpRequest parcels = request(o.voedselpunt, 30, new RequestDraft(
                    "Sorteren en inpakken van voedselpakketten",
                    "Op vrijdag komen de donaties binnen. Help sorteren, houdbaarheid controleren en pakketten "
                            + "inpakken voor zestig huishoudens.",
                    "service-day", "poverty", List.of("hands-on"), 4, 6, DateKind.PERIOD, today.plusDays(7),
                    today.plusDays(60), "", false, "Lindeburg", "Gelderland", false,
                    "Veel staan en tillen; een zittende taak is er ook."));
            HelpRequest administration = request(o.voedselpunt, 20, new RequestDraft(
                    "Hulp bij de administratie en financiën",
                    "Onze penningmeester stopt. Wie helpt ons de boekhouding op orde te brengen en een eenvoudige "
                            + "begroting te maken voor de subsidieaanvraag?",
                    "pro-bono", "poverty", List.of("finance", "strategy"), 1, 2, DateKind.PERIOD, today.plusDays(5),
                    today.plusDays(120), "", true, "Lindeburg", "Gelderland", false, ""));
            request(o.taalmaatjes, 10, new RequestDraft("Taalcoaches voor nieuwkomers",
                    "Een uur per week oefenen met een nieuwkomer: boodschappen doen, een brief lezen, een gesprek bij "
                            + "de huisarts. Wij koppelen en begeleiden.",
                    "skills-based", "newcomers", List.of("teaching", "languages", "coaching"), 2, 6,
                    DateKind.PERIOD, today.plusDays(7), today.plusDays(180), "", false, "Veenstad", "Utrecht", false,
                    "Het taalcafé is op de begane grond."));
            HelpRequest languageCafe = request(o.taalmaatjes, 25, new RequestDraft("Inrichten van het nieuwe taalcafé",
                    "We verhuizen naar een nieuwe ruimte. Kasten in elkaar zetten, schilderen en de boeken uitpakken.",
                    "service-day", "newcomers", List.of("hands-on", "maintenance"), 6, 8, DateKind.ONE_DAY,
                    today.plusDays(12), today.plusDays(12), "", false, "Veenstad", "Utrecht", false, ""));
            HelpRequest willows = request(o.natuurgroep, 3, new RequestDraft("Wilgen knotten langs de beek",
                    "Een winterse klus in de buitenlucht: knotwilgen snoeien en het snoeihout opruimen. Laarzen en "
                            + "gereedschap hebben we.",
                    "service-day", "nature", List.of("hands-on", "gardening"), 8, 15, DateKind.ONE_DAY,
                    today.plusDays(30), today.plusDays(30), "", false, "Kievitshoek", "Overijssel", false,
                    "Oneffen terrein, niet geschikt voor een rolstoel."));
            request(o.natuurgroep, 9, new RequestDraft("Website en ledenadministratie vernieuwen",
                    "Onze website is verouderd en de ledenlijst staat in een spreadsheet. Wie helpt ons naar iets "
                            + "eenvoudigs dat vrijwilligers zelf kunnen bijhouden?",
                    "skills-based", "nature", List.of("it", "design"), 1, 3, DateKind.PERIOD, today.plusDays(14),
                    today.plusDays(150), "", true, "Kievitshoek", "Overijssel", false, ""));
            HelpRequest sportsDay = request(o.jeugdclub, 14, new RequestDraft("Sportdag voor de jeugd begeleiden",
                    "Tachtig kinderen, twaalf onderdelen. We zoeken begeleiders per onderdeel en iemand voor de "
                            + "EHBO-post.",
                    "service-day", "sport", List.of("hands-on", "teaching"), 6, 12, DateKind.ONE_DAY,
                    today.plusDays(40), today.plusDays(40), "", false, "Molenbroek", "Noord-Brabant", true, ""));
            HelpRequest homework = request(o.jeugdclub, 35, new RequestDraft("Huiswerkbegeleiding op dinsdag",
                    "Op dinsdagmiddag helpen we scholieren met plannen en huiswerk. Een vast groepje begeleiders "
                            + "zou geweldig zijn.",
                    "relay", "youth", List.of("teaching", "coaching"), 2, 4, DateKind.RECURRING, today.plusDays(5),
                    today.plusDays(200), "Elke dinsdag, 15.30–17.00 uur", false, "Molenbroek", "Noord-Brabant", true,
                    ""));
            request(o.jeugdclub, 2, new RequestDraft("Nieuwe verlichting in het clubhuis",
                    "De tl-buizen gaan eruit. Wie helpt een middag met het ophangen van ledlampen?", "service-day",
                    "youth", List.of("maintenance"), 2, 4, DateKind.PERIOD, today.plusDays(20), today.plusDays(90),
                    "", false, "Molenbroek", "Noord-Brabant", false, ""));
            // Requests of work that is over.
            HelpRequest tuindag = request(o.klaverblad, 90, new RequestDraft("Winterklaar maken van het buurthuis",
                    "Dakgoten schoonmaken, de tuin winterklaar maken en de grote zaal schilderen.", "service-day",
                    "neighbourhood", List.of("hands-on", "maintenance", "gardening"), 4, 10, DateKind.PERIOD,
                    thisYear(60), thisYear(15), "", false, "Lindeburg", "Gelderland", false, ""));
            HelpRequest christmas = request(o.voedselpunt, 400, new RequestDraft("Kerstpakketten inpakken",
                    "Honderdtwintig kerstpakketten voor gezinnen die het krap hebben.", "service-day", "poverty",
                    List.of("hands-on"), 3, 6, DateKind.ONE_DAY, lastDecember(), lastDecember(), "", false,
                    "Lindeburg", "Gelderland", false, ""));
            goodBusy.requests().setStatus(tuindag.id(), ItemStatus.CLOSED);
            goodBusy.requests().setStatus(christmas.id(), ItemStatus.CLOSED);

            Offer teamDay = offer(o.logistiek, p.karin, 100, new OfferDraft("Handen uit de mouwen: teamdag",
                    "Een team van acht collega's van het magazijn en de planning, handig met gereedschap.",
                    "service-day", List.of("neighbourhood", "elderly"), List.of("hands-on", "maintenance", "gardening"),
                    8, today.minusDays(100), today.plusDays(270), false, true, List.of("Gelderland", "Utrecht"),
                    true));
            Offer monthly = offer(o.logistiek, p.karin, 420, new OfferDraft("Een jaar lang elke maand een klusteam",
                    "Elke maand een groepje van zes collega's, een jaar lang, met een vaste teamcaptain.", "relay",
                    List.of("poverty", "newcomers", "elderly"), List.of("hands-on", "cooking"), 6,
                    today.minusDays(420), today.plusDays(300), false, true, List.of("Gelderland", "Utrecht"), false));
            Offer remoteIt = offer(o.datawolk, p.tobias, 60, new OfferDraft("ICT-hulp op afstand",
                    "Twee ontwikkelaars helpen een organisatie een dag per week met websites en systemen.",
                    "skills-based", List.of("education", "youth", "nature"), List.of("it", "design", "communication"),
                    2, today.minusDays(60), today.plusDays(300), true, false, List.of(), false));
            offer(o.datawolk, p.tobias, 40, new OfferDraft("Taal- en huiswerkcoaches",
                    "Vier collega's die een half jaar wekelijks willen coachen.", "skills-based",
                    List.of("education", "newcomers", "youth"), List.of("teaching", "coaching", "languages"), 4,
                    today.minusDays(40), today.plusDays(200), false, true, List.of("Utrecht", "Zuid-Holland"), true));
            Offer finance = offer(o.energie, p.sanne, 50, new OfferDraft("Financieel advies pro bono",
                    "Twee controllers helpen met boekhouding, begroting en subsidieaanvragen.", "pro-bono",
                    List.of("poverty", "nature"), List.of("finance", "strategy"), 2, today.minusDays(50),
                    today.plusDays(300), true, true, List.of("Gelderland", "Overijssel"), false));
            Offer natureDay = offer(o.energie, p.sanne, 45, new OfferDraft("Natuurwerkdag met ons team",
                    "Twaalf collega's voor een dag buiten aan het werk.", "service-day", List.of("nature", "sport"),
                    List.of("hands-on", "gardening"), 12, today.minusDays(45), today.plusDays(250), false, true,
                    List.of("Overijssel", "Gelderland", "Noord-Brabant"), true));

            proposals(gardenDay, teamDay, willows, natureDay);
            conversation(administration, finance);
            endings(sportsDay, natureDay, homework, remoteIt, parcels, teamDay);
            agreed(languageCafe, monthly);
            done(tuindag, teamDay);
            doneLastYear(christmas, monthly);
        }

        private void profiles() {
            var profiles = goodBusy.profiles();
            profiles.saveCompany(o.logistiek, "logistics", "250-999", List.of("Gelderland", "Utrecht", "Overijssel"),
                    List.of("elderly", "poverty", "neighbourhood"),
                    List.of("hands-on", "project-management", "maintenance", "cooking"),
                    List.of("service-day", "relay"), 800,
                    "Transport en opslag vanuit Lindeburg. Elke collega mag twee dagen per jaar "
                            + "vrijwilligerswerk doen.");
            profiles.saveCompany(o.datawolk, "ict", "50-249", List.of("Utrecht", "Zuid-Holland", "Noord-Holland"),
                    List.of("education", "youth", "newcomers"), List.of("it", "coaching", "teaching", "communication"),
                    List.of("skills-based", "pro-bono"), 400,
                    "Softwarebedrijf dat kennis deelt met wie het nodig heeft.");
            profiles.saveCompany(o.energie, "energy", "1000+", List.of("Overijssel", "Gelderland", "Noord-Brabant"),
                    List.of("nature", "sport", "youth"), List.of("hands-on", "gardening", "finance", "strategy"),
                    List.of("service-day", "skills-based", "pro-bono"), 1500,
                    "Energiebedrijf met een groen hart: onze mensen werken graag buiten.");
            profiles.saveOrganisation(o.klaverblad, "Een buurthuis waar iedereen welkom is: koffie, koken en klussen.",
                    "buurtbewoners, ouderen", "Gelderland", "Lindeburg", 10);
            profiles.saveOrganisation(o.voedselpunt, "Voedselhulp voor huishoudens die rond moeten komen.",
                    "gezinnen met weinig geld", "Gelderland", "Lindeburg", 6);
            profiles.saveOrganisation(o.taalmaatjes, "Nieuwkomers leren Nederlands in het dagelijks leven.",
                    "nieuwkomers, statushouders", "Utrecht", "Veenstad", 12);
            profiles.saveOrganisation(o.natuurgroep, "Beheer van een stuk beekdal met knotwilgen en hooiland.",
                    "iedereen die graag buiten is", "Overijssel", "Kievitshoek", 15);
            profiles.saveOrganisation(o.jeugdclub, "Sport, spel en huiswerkhulp voor kinderen van 8 tot 16.",
                    "kinderen en jongeren", "Noord-Brabant", "Molenbroek", 8);
        }

        /** Lindeburg Logistiek proposed a week ago and Het Klaverblad has not answered; a fresh one waits too. */
        private void proposals(HelpRequest gardenDay, Offer teamDay, HelpRequest willows, Offer natureDay) {
            deals.match(gardenDay.id(), teamDay.id(), o.klaverblad, o.logistiek)
                    .proposed(Side.COMPANY, p.karin, "Ons team van acht helpt graag met de buurttuin. Past 21 dagen "
                            + "vanaf nu?", daysAgo(7), score(gardenDay, teamDay))
                    .create();
            deals.match(willows.id(), natureDay.id(), o.natuurgroep, o.energie)
                    .proposed(Side.ORGANISATION, p.niels, "Jullie natuurwerkdag past precies bij ons knotwerk!",
                            daysAgo(1), score(willows, natureDay))
                    .create();
        }

        /** Accepted, talking, an agreement written and confirmed by the organisation only. */
        private void conversation(HelpRequest administration, Offer finance) {
            String match = deals.match(administration.id(), finance.id(), o.voedselpunt, o.energie)
                    .proposed(Side.ORGANISATION, p.vera, "Kunnen jullie controllers ons helpen met de begroting?",
                            daysAgo(14), score(administration, finance))
                    .answered(MatchStatus.ACCEPTED, p.sanne, "", daysAgo(9))
                    .create();
            deals.message(match, Side.COMPANY, p.sanne, "Graag! Wat is de deadline van de subsidieaanvraag?",
                    daysAgo(9));
            deals.message(match, Side.ORGANISATION, p.vera, "Over zes weken. Kunnen we eerst een keer bellen?",
                    daysAgo(8));
            deals.message(match, Side.COMPANY, p.sanne, "Prima, ik stuur een paar momenten voor volgende week.",
                    daysAgo(8));
            deals.agreement(match,
                    "Twee controllers helpen vier dinsdagmiddagen op afstand met boekhouding en begroting.",
                    today.plusDays(5), today.plusDays(40), p.vera, p.sanne, "Kennismaking met de penningmeester.",
                    p.vera, daysAgo(6), null, null, daysAgo(6));
        }

        /** A polite no, a proposal that expired unanswered, and one the company withdrew. */
        private void endings(HelpRequest sportsDay, Offer natureDay, HelpRequest homework, Offer remoteIt,
                             HelpRequest parcels, Offer teamDay) {
            deals.match(sportsDay.id(), natureDay.id(), o.jeugdclub, o.energie)
                    .proposed(Side.COMPANY, p.sanne, "Ons team kan de sportdag helpen begeleiden.", daysAgo(12),
                            score(sportsDay, natureDay))
                    .answered(MatchStatus.DECLINED, p.joris, "Voor deze dag hebben we begeleiders met een VOG nodig "
                            + "die de kinderen kennen; we zoeken liever een vast groepje. Probeer het bij de "
                            + "huiswerkclub!",
                            daysAgo(10))
                    .create();
            deals.match(homework.id(), remoteIt.id(), o.jeugdclub, o.datawolk)
                    .proposed(Side.ORGANISATION, p.joris, "Zouden jullie coaches ook op dinsdag kunnen?", daysAgo(30),
                            score(homework, remoteIt))
                    .now(MatchStatus.EXPIRED, daysAgo(20))
                    .create();
            deals.match(parcels.id(), teamDay.id(), o.voedselpunt, o.logistiek)
                    .proposed(Side.COMPANY, p.karin, "Wij kunnen een vrijdag komen inpakken.", daysAgo(25),
                            score(parcels, teamDay))
                    .now(MatchStatus.WITHDRAWN, daysAgo(24))
                    .create();
        }

        /** Agreed: two shifts in twelve days, the demo employee signed up for the morning. */
        private void agreed(HelpRequest languageCafe, Offer monthly) {
            String match = deals.match(languageCafe.id(), monthly.id(), o.taalmaatjes, o.logistiek)
                    .proposed(Side.ORGANISATION, p.tessa, "Helpen jullie ons verhuizen?", daysAgo(20),
                            score(languageCafe, monthly))
                    .answered(MatchStatus.ACCEPTED, p.karin, "", daysAgo(18))
                    .now(MatchStatus.AGREED, daysAgo(15))
                    .create();
            LocalDate day = languageCafe.startsOn();
            deals.agreement(match, "Kasten monteren, twee lokalen schilderen en de bibliotheek uitpakken.", day, day,
                    p.tessa, p.karin, "Om 8.45 uur koffie en uitleg in het nieuwe taalcafé.", p.tessa, daysAgo(16),
                    p.karin, daysAgo(15), daysAgo(15));
            deals.shift(match, "Ochtend", at(day, 9, 0), at(day, 12, 30), 4, List.of(p.erik, p.fleur, p.hamid),
                    daysAgo(12));
            deals.shift(match, "Middag", at(day, 13, 0), at(day, 16, 30), 4, List.of(p.ilona), daysAgo(11));
        }

        /**
         * Done: two days of work this year with approved hours, one entry declined, two still waiting for Het
         * Klaverblad's approval for over a week, and both evaluations.
         */
        private void done(HelpRequest tuindag, Offer teamDay) {
            String match = deals.match(tuindag.id(), teamDay.id(), o.klaverblad, o.logistiek)
                    .proposed(Side.ORGANISATION, p.olga, "Helpen jullie ons de winter door?", daysAgo(75), 88)
                    .answered(MatchStatus.ACCEPTED, p.karin, "", daysAgo(73))
                    .now(MatchStatus.DONE, daysAgo(8))
                    .create();
            LocalDate first = thisYear(50);
            LocalDate second = thisYear(20);
            deals.agreement(match, "Twee klusdagen: dakgoten en tuin, daarna de grote zaal schilderen.", first, second,
                    p.olga, p.karin, "Werkkleding aan; het buurthuis zorgt voor lunch.", p.olga, daysAgo(71), p.karin,
                    daysAgo(70), daysAgo(70));
            String shiftOne = deals.shift(match, "Klusdag 1", at(first, 9, 0), at(first, 13, 0), 6,
                    List.of(p.erik, p.fleur, p.hamid, p.karin), daysAgo(65));
            String shiftTwo = deals.shift(match, "Klusdag 2", at(second, 9, 0), at(second, 13, 0), 6,
                    List.of(p.erik, p.fleur, p.ilona), daysAgo(40));
            approved(match, shiftOne, p.erik, first, 180, "Dakgoten en tuin.");
            approved(match, shiftOne, p.fleur, first, 180, "Tuin.");
            approved(match, shiftOne, p.hamid, first, 210, "Dakgoten, bleef iets langer.");
            approved(match, shiftOne, p.karin, first, 180, "Tuin en lunch.");
            approved(match, shiftTwo, p.erik, second, 240, "Schilderen.");
            approved(match, shiftTwo, p.fleur, second, 240, "Schilderen.");
            approved(match, shiftTwo, p.ilona, second, 150, "Schilderen, 's middags weg.");
            deals.hours(match, shiftOne, p.hamid, o.logistiek, o.klaverblad, first, 600, "Hele dag.", "declined",
                    "Dubbel geregistreerd: de klusdag duurde vier uur.", p.olga, daysAgo(30), daysAgo(45));
            deals.hours(match, shiftTwo, p.ilona, o.logistiek, o.klaverblad, second, 60, "Opruimen na afloop.",
                    "pending", "", null, null, daysAgo(8));
            deals.hours(match, shiftTwo, p.erik, o.logistiek, o.klaverblad, second, 120, "Spullen teruggebracht.",
                    "pending", "", null, null, daysAgo(8));
            deals.evaluation(match, Side.ORGANISATION, 5, "Hard gewerkt en heel gezellig met de bezoekers.",
                    "Iets eerder laten weten met hoeveel mensen jullie komen.", "Dank jullie wel, de zaal is prachtig!",
                    p.olga, daysAgo(9));
            deals.evaluation(match, Side.COMPANY, 4, "Goed voorbereid, duidelijke taken.",
                    "De ladder was te kort voor de dakgoten.", "Bedankt voor de gastvrijheid en de soep.", p.karin,
                    daysAgo(8));
        }

        /** Last December's Christmas parcels, so the impact page has a previous year to compare. */
        private void doneLastYear(HelpRequest christmas, Offer monthly) {
            LocalDate day = lastDecember();
            Instant before = at(day, 9, 0).minus(Duration.ofDays(30));
            String match = deals.match(christmas.id(), monthly.id(), o.voedselpunt, o.logistiek)
                    .proposed(Side.ORGANISATION, p.vera, "Helpen jullie met de kerstpakketten?", before, 90)
                    .answered(MatchStatus.ACCEPTED, p.karin, "", before.plus(Duration.ofDays(1)))
                    .now(MatchStatus.DONE, at(day, 17, 0))
                    .create();
            deals.agreement(match, "Een middag kerstpakketten inpakken.", day, day, p.vera, p.karin, "",
                    p.vera, before.plus(Duration.ofDays(2)), p.karin, before.plus(Duration.ofDays(2)),
                    before.plus(Duration.ofDays(2)));
            String shift = deals.shift(match, "Inpakmiddag", at(day, 13, 0), at(day, 17, 0), 6,
                    List.of(p.erik, p.fleur, p.karin), before.plus(Duration.ofDays(5)));
            for (String person : List.of(p.erik, p.fleur, p.karin)) {
                deals.hours(match, shift, person, o.logistiek, o.voedselpunt, day, 240, "Inpakken.", "approved", "",
                        p.vera, at(day, 18, 0), at(day, 17, 30));
            }
        }

        private void approved(String match, String shift, String person, LocalDate day, int minutes, String note) {
            Instant registered = at(day, 14, 0);
            deals.hours(match, shift, person, o.logistiek, o.klaverblad, day, minutes, note, "approved", "", p.olga,
                    registered.plus(Duration.ofDays(2)), registered);
        }

        /** A request posted some days ago, through the repository on a clock set to that moment. */
        private HelpRequest request(String organisationId, int postedDaysAgo, RequestDraft draft) {
            String coordinator = coordinatorOf(organisationId);
            return new Requests(goodBusy.context().jdbi(), goodBusy.context().ids(),
                    Clock.fixed(daysAgo(postedDaysAgo), AMSTERDAM)).create(organisationId, draft, coordinator);
        }

        private Offer offer(String companyId, String coordinator, int postedDaysAgo, OfferDraft draft) {
            return new Offers(goodBusy.context().jdbi(), goodBusy.context().ids(),
                    Clock.fixed(daysAgo(postedDaysAgo), AMSTERDAM)).create(companyId, draft, coordinator);
        }

        private String coordinatorOf(String organisationId) {
            if (organisationId.equals(o.klaverblad)) return p.olga;
            if (organisationId.equals(o.voedselpunt)) return p.vera;
            if (organisationId.equals(o.taalmaatjes)) return p.tessa;
            if (organisationId.equals(o.natuurgroep)) return p.niels;
            return p.joris;
        }

        /** The score the proposer saw, from the foundation's scorer. */
        private int score(HelpRequest request, Offer offer) {
            OrganisationProfile profile = goodBusy.profiles().organisation(request.organisationId()).orElse(null);
            return Scorer.points(Facts.of(request, profile), Facts.of(offer));
        }

        private Instant daysAgo(int days) {
            return now.minus(Duration.ofDays(days));
        }

        /** Some days ago, but not before the first of January: this year's impact page has its figures. */
        private LocalDate thisYear(int daysAgo) {
            LocalDate day = today.minusDays(daysAgo);
            LocalDate newYear = today.withDayOfYear(1);
            return day.isBefore(newYear) ? newYear : day;
        }

        private LocalDate lastDecember() {
            return LocalDate.of(today.getYear() - 1, 12, 12);
        }

        private Instant at(LocalDate day, int hour, int minute) {
            return day.atTime(LocalTime.of(hour, minute)).atZone(AMSTERDAM).toInstant();
        }
    }
}
