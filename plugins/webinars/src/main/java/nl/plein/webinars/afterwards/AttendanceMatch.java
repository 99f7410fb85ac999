package nl.plein.webinars.afterwards;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.plein.webinars.organiser.Registrant;

/**
 * Which registrants an attendance list names: by registration id when the row has one, else by display name,
 * ignoring case, accents written in another Unicode form, and extra spaces. A row that names nobody with a seat, or
 * a name two seat holders share, is reported rather than guessed.
 *
 * @param present   registration ids of the seat holders the list names
 * @param unmatched the rows that could not be matched, with the reason
 */
record AttendanceMatch(Set<String> present, List<Unmatched> unmatched) {

    /** A row of the file that was not used, what it said, and why (a message key). */
    record Unmatched(long row, String value, String reasonKey) {
    }

    static AttendanceMatch of(AttendanceList list, List<Registrant> registrants) {
        Map<String, Registrant> byId = new HashMap<>();
        Map<String, List<Registrant>> byName = new HashMap<>();
        for (Registrant r : registrants) {
            byId.put(r.registrationId(), r);
            if (r.name() != null) byName.computeIfAbsent(normal(r.name()), k -> new ArrayList<>()).add(r);
        }
        Set<String> present = new LinkedHashSet<>();
        List<Unmatched> unmatched = new ArrayList<>();
        for (AttendanceList.Entry entry : list.entries()) {
            boolean byRegistration = !entry.id().isEmpty();
            String value = byRegistration ? entry.id() : entry.name();
            List<Registrant> candidates = byRegistration
                    ? (byId.containsKey(entry.id()) ? List.of(byId.get(entry.id())) : List.of())
                    : byName.getOrDefault(normal(entry.name()), List.of());
            List<Registrant> seated = candidates.stream().filter(Registrant::seated).toList();
            if (seated.size() == 1) present.add(seated.get(0).registrationId());
            else if (seated.size() > 1) unmatched.add(new Unmatched(entry.row(), value, "webinars.afterwards.import.reason.ambiguous"));
            else if (!candidates.isEmpty()) unmatched.add(new Unmatched(entry.row(), value, "webinars.afterwards.import.reason.no-seat"));
            else unmatched.add(new Unmatched(entry.row(), value, byRegistration
                    ? "webinars.afterwards.import.reason.unknown-id" : "webinars.afterwards.import.reason.unknown"));
        }
        return new AttendanceMatch(Set.copyOf(present), List.copyOf(unmatched));
    }

    static String normal(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
