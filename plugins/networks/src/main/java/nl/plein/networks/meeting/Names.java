package nl.plein.networks.meeting;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import nl.plein.api.Directory;

/** Display names for a page that names many people: one directory lookup, not one per row. */
final class Names {

    private Names() {
    }

    static Map<String, String> of(Directory directory, Collection<String> personIds) {
        var ids = new LinkedHashSet<String>();
        personIds.stream().filter(Objects::nonNull).forEach(ids::add);
        Map<String, String> names = new HashMap<>();
        if (ids.isEmpty()) return names;
        directory.people(ids).forEach((id, person) -> names.put(id, person.displayName()));
        return names;
    }
}
