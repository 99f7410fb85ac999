package nl.plein.networks.trajectory;

import java.util.List;

/** The twelve Dutch provinces, by the names core uses for an organisation's province. */
public final class Provinces {

    public static final List<String> ALL = List.of("Drenthe", "Flevoland", "Friesland", "Gelderland", "Groningen",
            "Limburg", "Noord-Brabant", "Noord-Holland", "Overijssel", "Utrecht", "Zeeland", "Zuid-Holland");

    private Provinces() {
    }
}
