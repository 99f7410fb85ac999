package nl.plein.webinars.programme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.plein.api.Directory;
import nl.plein.api.Visitor;

/**
 * Whom an organiser may name as a session's host. The platform's directory cannot find a person by e-mail address
 * or list the holders of a role, and plugins may not read core's people; so the choice is the organiser themself and
 * the people of the organiser's own organisations (the colleagues who host sessions), plus whoever hosts it now.
 */
final class HostChoices {

    private final Directory directory;

    HostChoices(Directory directory) {
        this.directory = directory;
    }

    /** The people to choose from, by name. */
    List<Directory.PersonInfo> of(Visitor organiser, String currentHostId) {
        Map<String, Directory.PersonInfo> people = new LinkedHashMap<>();
        people.put(organiser.personId(), new Directory.PersonInfo(organiser.personId(), organiser.displayName(), null));
        for (Directory.OrganisationInfo organisation : directory.organisationsOf(organiser.personId())) {
            for (Directory.PersonInfo member : directory.membersOf(organisation.id())) {
                people.putIfAbsent(member.id(), member);
            }
        }
        if (currentHostId != null && !people.containsKey(currentHostId)) {
            directory.person(currentHostId).ifPresent(host -> people.put(host.id(), host));
        }
        List<Directory.PersonInfo> sorted = new ArrayList<>(people.values());
        sorted.sort(Comparator.comparing(
                        (Directory.PersonInfo p) -> String.valueOf(p.displayName()).toLowerCase(Locale.ROOT))
                .thenComparing(Directory.PersonInfo::id));
        return sorted;
    }
}
