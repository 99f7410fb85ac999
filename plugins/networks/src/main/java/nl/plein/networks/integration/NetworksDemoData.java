package nl.plein.networks.integration;

import java.util.ArrayList;
import java.util.List;
import nl.plein.api.PluginContext;
import nl.plein.api.hooks.DemoData;
import nl.plein.networks.Networks;

/**
 * Invented demo content: a members-only national network of twelve care-volunteering organisations with a year of
 * four meetings ({@link DemoNetwork}), a members-only programme with twenty local trajectories
 * ({@link DemoProgramme}), an open space and a secret one ({@link DemoOtherSpaces}). All names are made up.
 *
 * <p>The demo accounts (password as every demo account): {@code networks-coordinator@demo.plein.nl} (core's account
 * for the role; coordinator of every demo space), {@code networks-member@…} (a member organisation's representative
 * in the network and the open space), {@code networks-chair@…} (chair of the network, also in the secret space),
 * {@code networks-officer@…} (programme officer of six trajectories), {@code networks-guest@…} (guest for the
 * coming meeting only) and {@code networks-outsider@…} (in no space: sees the listed names and nothing inside).
 *
 * <p>People first (making them is idempotent); then organisations and every row in one transaction, so a failure
 * leaves nothing half-loaded and core tries again at the next start.
 */
public final class NetworksDemoData implements DemoData {

    private static final String[][] REPRESENTATIVES = {
            {"Anton Aandacht", "anton"}, {"Bea Bijstand", "bea"}, {"Chris Contactpersoon", "chris"},
            {"Dora Dagbesteding", "dora"}, {"Eef Erbijzijn", "eef"}, {"Femke Familiehulp", "femke"},
            {"Gerrit Gastvrij", "gerrit"}, {"Hilde Huisbezoek", "hilde"}, {"Ivo Inloop", "ivo"},
            {"Joke Jaarplan", "joke"}};
    private static final String[][] OFFICERS = {
            {"Karin Kwartiermaker", "karin"}, {"Lucas Lokaalnetwerk", "lucas"}, {"Nora Nabijheid", "nora"}};
    /** Name, kind, municipality, province: the network's members (the member's and the chair's first). */
    private static final String[][] NETWORK_ORGANISATIONS = {
            {"Stichting Handen aan het Bed", "volunteer-organisation", "Lindeburg", "Gelderland"},
            {"Vereniging Zorgzame Buren", "umbrella", "Heideveen", "Utrecht"},
            {"Landelijke Stichting Vrijwillige Thuishulp", "volunteer-organisation", "Beekdal", "Noord-Brabant"},
            {"Netwerk Palliatieve Vrijwilligers", "umbrella", "Zuiderwaard", "Zuid-Holland"},
            {"Stichting Maatjes voor Mantelzorgers", "volunteer-organisation", "Kanaaldorp", "Overijssel"},
            {"Bond van Ziekenhuisvrijwilligers", "umbrella", "Lindeburg", "Gelderland"},
            {"Stichting Het Open Oor", "volunteer-organisation", "Dijkhuizen", "Noord-Holland"},
            {"Vereniging Vrijwillige Vervoersdiensten", "volunteer-organisation", "Mosterveld", "Drenthe"},
            {"Stichting Samen aan Tafel", "volunteer-organisation", "Wierum-Noord", "Friesland"},
            {"Vrijwilligersbond Geestkracht", "umbrella", "Heuvelrade", "Limburg"},
            {"Stichting Wandelmaatjes", "volunteer-organisation", "Polderwijk", "Flevoland"},
            {"Stichting Lichtpunt Bezoekwerk", "volunteer-organisation", "Schelderoord", "Zeeland"}};
    private static final String[][] PROGRAMME_ORGANISATIONS = {
            {"Stichting Ouder en Wijzer", "volunteer-organisation", "Lindeburg", "Gelderland"},
            {"Ouderenbond Zilverkracht", "umbrella", "Heideveen", "Utrecht"},
            {"Vereniging Mantelzorg Samen", "volunteer-organisation", "Kanaaldorp", "Overijssel"},
            {"Stichting Buurtkracht Senioren", "volunteer-organisation", "Zuiderwaard", "Zuid-Holland"},
            {"Kenniscentrum Langer Thuis", "other", "Beekdal", "Noord-Brabant"},
            {"Stichting Eetgroepen Nabij", "volunteer-organisation", "Wierum-Noord", "Friesland"}};
    /** Network organisations that are programme partners too. */
    private static final int[] SHARED = {2, 4, 8, 10};

    private final Networks networks;

    public NetworksDemoData(Networks networks) {
        this.networks = networks;
    }

    @Override
    public void load(DemoPeople demo) {
        PluginContext context = networks.context();
        String coordinator = demo.accountWithRole("networks.coordinator");
        String member = demo.person("Merel Meedenker", "networks-member@demo.plein.nl");
        String chair = demo.person("Roos Rondetafel", "networks-chair@demo.plein.nl");
        String officer = demo.person("Olaf Ommetje", "networks-officer@demo.plein.nl");
        String guest = demo.person("Gijs Gastspreker", "networks-guest@demo.plein.nl");
        demo.person("Bert Buitenstaander", "networks-outsider@demo.plein.nl");
        String candidate = demo.person("Kees Kandidaat", "networks-kees@demo.plein.nl");
        List<String> representatives = new ArrayList<>();
        for (String[] p : REPRESENTATIVES) representatives.add(demo.person(p[0], "networks-" + p[1] + "@demo.plein.nl"));
        List<String> officers = new ArrayList<>(List.of(officer));
        for (String[] p : OFFICERS) officers.add(demo.person(p[0], "networks-" + p[1] + "@demo.plein.nl"));

        context.jdbi().useTransaction(h -> {
            List<String> networkOrganisations = new ArrayList<>();
            for (int i = 0; i < NETWORK_ORGANISATIONS.length; i++) {
                String admin = i == 0 ? member : i == 1 ? chair : representatives.get(i - 2);
                String[] o = NETWORK_ORGANISATIONS[i];
                networkOrganisations.add(demo.organisation(o[0], o[1], o[2], o[3], admin));
            }
            List<String> programmeOrganisations = new ArrayList<>();
            for (int i = 0; i < PROGRAMME_ORGANISATIONS.length; i++) {
                String admin = i < officers.size() ? officers.get(i) : coordinator;
                String[] o = PROGRAMME_ORGANISATIONS[i];
                programmeOrganisations.add(demo.organisation(o[0], o[1], o[2], o[3], admin));
            }
            for (int shared : SHARED) programmeOrganisations.add(networkOrganisations.get(shared));
            DemoCast cast = new DemoCast(coordinator, chair, member, guest, candidate, representatives, officers,
                    networkOrganisations, programmeOrganisations);
            DemoRows rows = new DemoRows(h, context.ids(), context.uploads(), networks.searchIndex());
            DemoTime time = DemoTime.of(context.clock());
            new DemoNetwork(rows, time, cast).load();
            new DemoProgramme(rows, time, cast).load();
            new DemoOtherSpaces(rows, time, cast).load();
        });
    }
}
