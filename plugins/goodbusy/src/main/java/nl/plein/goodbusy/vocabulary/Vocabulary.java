package nl.plein.goodbusy.vocabulary;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The fixed lists Good Busy matches on. Matching needs shared words: "coaching" typed by a company and "coach" typed
 * by an organisation would never meet, so both sides pick from the same codes. Each code has a message
 * ({@code goodbusy.skill.<code>}, {@code goodbusy.cause.<code>}, ...) in both languages. Codes are stored, never the
 * translated words, and are never renamed once shipped (add new ones at the end).
 */
public final class Vocabulary {

    /** Forms of engagement, from the Good Busy toolkit. */
    public static final List<String> FORMS = List.of("service-day", "relay", "skills-based", "pro-bono", "low-bono");

    public static final List<String> CAUSES = List.of("elderly", "youth", "poverty", "care", "disability", "newcomers",
            "nature", "culture", "sport", "education", "neighbourhood", "loneliness");

    public static final List<String> SKILLS = List.of("hands-on", "coaching", "finance", "it", "marketing",
            "communication", "legal", "hr", "strategy", "project-management", "cooking", "gardening", "maintenance",
            "teaching", "languages", "design");

    public static final List<String> SECTORS = List.of("finance", "ict", "industry", "retail", "logistics",
            "consultancy", "construction", "care", "public", "energy", "food", "other");

    public static final List<String> SIZE_BANDS = List.of("1-9", "10-49", "50-249", "250-999", "1000+");

    /** The twelve provinces (the same names core uses for an organisation's province). */
    public static final List<String> PROVINCES = List.of("Drenthe", "Flevoland", "Friesland", "Gelderland",
            "Groningen", "Limburg", "Noord-Brabant", "Noord-Holland", "Overijssel", "Utrecht", "Zeeland",
            "Zuid-Holland");

    /**
     * Provinces that share a border (Friesland and Noord-Holland through the Afsluitdijk): "next door" is close enough
     * for a team to travel to for a day, so region scoring gives part of its weight.
     */
    private static final Map<String, Set<String>> NEIGHBOURS = Map.ofEntries(
            Map.entry("Groningen", Set.of("Friesland", "Drenthe")),
            Map.entry("Friesland", Set.of("Groningen", "Drenthe", "Overijssel", "Flevoland", "Noord-Holland")),
            Map.entry("Drenthe", Set.of("Groningen", "Friesland", "Overijssel")),
            Map.entry("Overijssel", Set.of("Drenthe", "Friesland", "Flevoland", "Gelderland")),
            Map.entry("Flevoland", Set.of("Friesland", "Overijssel", "Gelderland", "Utrecht", "Noord-Holland")),
            Map.entry("Gelderland", Set.of("Overijssel", "Flevoland", "Utrecht", "Zuid-Holland", "Noord-Brabant",
                    "Limburg")),
            Map.entry("Utrecht", Set.of("Noord-Holland", "Zuid-Holland", "Gelderland", "Flevoland")),
            Map.entry("Noord-Holland", Set.of("Friesland", "Flevoland", "Utrecht", "Zuid-Holland")),
            Map.entry("Zuid-Holland", Set.of("Noord-Holland", "Utrecht", "Gelderland", "Noord-Brabant", "Zeeland")),
            Map.entry("Zeeland", Set.of("Zuid-Holland", "Noord-Brabant")),
            Map.entry("Noord-Brabant", Set.of("Zeeland", "Zuid-Holland", "Gelderland", "Limburg")),
            Map.entry("Limburg", Set.of("Noord-Brabant", "Gelderland")));

    private Vocabulary() {
    }

    public static boolean neighbours(String province, String other) {
        return NEIGHBOURS.getOrDefault(province, Set.of()).contains(other);
    }

    /** Codes as stored: known codes only, in vocabulary order, comma-separated. */
    public static String join(List<String> vocabulary, Collection<String> codes) {
        return vocabulary.stream().filter(codes::contains).collect(Collectors.joining(","));
    }

    /** Stored codes back as a list; unknown codes (from a newer version) are kept, empty text is an empty list. */
    public static List<String> split(String stored) {
        if (stored == null || stored.isBlank()) return List.of();
        return Arrays.stream(stored.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The codes as bits of a long, by their place in the vocabulary (each list has fewer than 64 entries): matching
     * compares thousands of pairs, and a bitwise AND with a bit count is the cheapest overlap there is.
     */
    public static long mask(List<String> vocabulary, Collection<String> codes) {
        long mask = 0;
        for (String code : codes) {
            int bit = vocabulary.indexOf(code);
            if (bit >= 0) mask |= 1L << bit;
        }
        return mask;
    }
}
