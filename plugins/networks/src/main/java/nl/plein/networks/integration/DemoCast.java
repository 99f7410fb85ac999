package nl.plein.networks.integration;

import java.util.List;

/**
 * The invented people and organisations of the demo spaces.
 *
 * @param representatives       the representatives of network organisations 2..11 (0 and 1 are the member's and
 *                              the chair's)
 * @param officers              the programme officers: the demo officer first, then three colleagues, each for
 *                              programme organisations 0..3
 * @param networkOrganisations  the network's twelve member organisations
 * @param programmeOrganisations the programme's partners (the first six new, then four of the network's)
 */
record DemoCast(String coordinator, String chair, String member, String guest, String candidate,
                List<String> representatives, List<String> officers, List<String> networkOrganisations,
                List<String> programmeOrganisations) {

    String officer() {
        return officers.get(0);
    }
}
