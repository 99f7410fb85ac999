package nl.plein.core.organisation;

import java.time.Instant;
import java.util.List;

/** An organisation people act for. */
public record Organisation(String id, String name, OrganisationKind kind, String municipality, String province,
                           String website, String description, Instant createdAt) {

    /** The twelve Dutch provinces, as offered in the form. */
    public static final List<String> PROVINCES = List.of("Drenthe", "Flevoland", "Friesland", "Gelderland",
            "Groningen", "Limburg", "Noord-Brabant", "Noord-Holland", "Overijssel", "Utrecht", "Zeeland",
            "Zuid-Holland");
}
