package nl.plein.networks.integration;

import static nl.plein.networks.integration.ScaleNumbers.DAY;
import static nl.plein.networks.integration.ScaleNumbers.HOUR;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import nl.plein.api.hooks.ScaleData;
import nl.plein.api.hooks.ScaleData.Organisation;
import nl.plein.api.hooks.ScaleData.Person;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The spaces and who is in them: 40 spaces (national; at least four at any scale, so a small installation still has a
 * big space, a programme and an open one), member organisations taken from core's generated organisations and their
 * representatives among those organisations' people, one to three coordinators per space (the first from outside
 * the member organisations, as a national office's staff would be) and a chair in every network; the notification
 * choices (four in five read the daily digest), requests to join and invitations in every state.
 *
 * <p>The first space is the biggest: the most members and about 5,000 of the threads. Sizes of the others vary
 * widely (log-normal): a few busy, many quiet.
 */
final class ScaleSpaces {

    /** Invented names (none is the name of a real network). */
    static final List<String> NAMES = List.of("Landelijk Beraad Zorgvrijwilligers", "Programma Langer Samen Thuis",
            "Netwerk Maatjesprojecten", "Platform Vrijwillige Thuishulp", "Kring Palliatieve Vrijwilligers",
            "Overleg Vrijwilligerscentrales Oost", "Netwerk Informele Zorg Zuid", "Programma Buurt in Beweging",
            "Platform Mantelzorgondersteuning", "Netwerk Jongeren en Vrijwilligerswerk",
            "Kenniskring Vrijwilligersmanagement", "Netwerk Sport en Vrijwilligers", "Platform Inclusief Meedoen",
            "Netwerk Taalmaatjes", "Programma Dorpen Doen Mee", "Overleg Vrijwillige Vervoersdiensten",
            "Netwerk Welzijn op Maat", "Platform Bedrijven en Buurten", "Kring Vrijwilligers in het Ziekenhuis",
            "Netwerk Natuur en Erfgoed Vrijwilligers", "Netwerk Schuldhulpmaatjes", "Platform Cultuurvrijwilligers",
            "Programma Ontmoeten in de Wijk", "Netwerk Buurtbemiddelaars", "Kenniskring Werving en Binding",
            "Netwerk Eenzaamheid Doorbreken", "Platform Vrijwilligers met een Beperking",
            "Overleg Vrijwilligerscentrales West", "Netwerk Voedselhulp Vrijwilligers",
            "Platform Stages en Vrijwilligerswerk", "Netwerk Dementievriendelijke Buurten",
            "Kring Vrijwilligers in de Gehandicaptenzorg", "Netwerk Nieuwkomers en Meedoen",
            "Platform Digitale Hulp voor Senioren", "Overleg Vrijwilligerscentrales Noord",
            "Netwerk Bibliotheekvrijwilligers", "Programma Krachtige Kernen", "Netwerk Vacaturebanken",
            "Kring Coördinatoren Bezoekwerk", "Werkgroep Vrijwilligersbeleid Gemeenten");
    /** Which of them are programmes (with local trajectories). */
    static final Set<Integer> PROGRAMMES = Set.of(1, 7, 14, 22, 36);

    static final int SPACES = 40;
    static final int MEMBERSHIPS = 15_000;
    static final int BIG_MEMBERSHIPS = 1_500;
    static final int JOIN_REQUESTS = 120;
    static final int INVITATIONS = 80;

    /** A person's choice for a space; {@code sentUntil}: where their next digest starts. */
    record Setting(String spaceId, String personId, String mode, Long sentUntil) {
    }

    record JoinRequest(String id, String spaceId, String personId, String organisationId, String message,
                       String status, String decidedBy, Long decidedAt, long createdAt) {
    }

    record Invitation(String id, String spaceId, String email, String tokenHash, String invitedBy, long createdAt,
                      long expiresAt, Long acceptedAt) {
    }

    private final ScaleData.Generation generation;
    private final Random random;
    private final long now;
    private final List<Person> people;
    private final List<Organisation> organisations;
    private final Map<String, Person> byId = new HashMap<>();
    final List<ScaleSpace> spaces = new ArrayList<>();
    final List<Setting> settings = new ArrayList<>();
    final List<JoinRequest> joinRequests = new ArrayList<>();
    final List<Invitation> invitations = new ArrayList<>();
    /** Organisation rows: space → organisation → joined at. */
    final Map<String, Map<String, Long>> memberOrganisations = new LinkedHashMap<>();
    private final Set<String> granted = new HashSet<>();

    ScaleSpaces(ScaleData.Generation generation) {
        this.generation = generation;
        this.random = generation.random();
        this.now = generation.now().toEpochMilli();
        this.people = generation.people();
        this.organisations = generation.organisations();
        for (Person p : people) byId.put(p.id(), p);
    }

    ScaleSpace big() {
        return spaces.get(0);
    }

    Person person(String id) {
        return byId.get(id);
    }

    void plan() {
        ScaleData.Scale scale = generation.scale();
        int count = Math.max(4, scale.of(SPACES));
        double[] weights = new double[count - 1];
        for (int i = 0; i < weights.length; i++) weights[i] = ScaleNumbers.skewed(random, 0.9);
        int big = scale.of(BIG_MEMBERSHIPS);
        int[] sizes = ScaleNumbers.shares(Math.max(scale.of(MEMBERSHIPS) - big, 6 * (count - 1)), weights,
                ScaleNumbers.minimums(count - 1, 6));
        for (int i = 0; i < count; i++) {
            String name = NAMES.get(i % NAMES.size()) + (i < NAMES.size() ? "" : " " + (i / NAMES.size() + 1));
            boolean programme = PROGRAMMES.contains(i % NAMES.size());
            String visibility = i == 0 || i == 1 ? "members" : i % 7 == 3 ? "open" : i % 11 == 5 ? "secret" : "members";
            long created = i == 0 ? now - 3 * 365 * DAY : now - (60 + random.nextInt(1_000)) * DAY;
            ScaleSpace space = new ScaleSpace(i, generation.id(), name, description(name, programme),
                    programme ? "programme" : "network", visibility, created);
            space.meetings = !programme && (i == 0 || i % 4 != 2);
            space.documents = i == 0 || i % 2 == 1;
            people(space, i == 0 ? big : sizes[i - 1]);
            spaces.add(space);
        }
        for (ScaleSpace space : spaces) settings(space);
        joinRequests();
        invitations();
    }

    private String description(String name, boolean programme) {
        return programme ? """
                In dit programma werken landelijke en lokale organisaties samen in trajecten per gemeente. Hier \
                volgen we de trajecten, delen we wat werkt en bereiden we de leersessies voor."""
                : """
                De ruimte van %s: landelijke organisaties delen hier stukken, bereiden overleggen voor en \
                bespreken wat vrijwilligers bijdragen. Alleen voor leden.""".formatted(name);
    }

    /** Coordinators first, then the member organisations' representatives until the space has its size. */
    private void people(ScaleSpace space, int size) {
        Set<String> inSpace = new HashSet<>();
        int coordinators = size > 100 ? 3 : size > 30 ? 2 : 1;
        // The first coordinator works for none of the member organisations (a national office's staff member).
        Person outsider = people.get(random.nextInt(people.size()));
        add(space, inSpace, new ScaleSpace.Member(outsider.id(), null, "coordinator", space.createdAt,
                now - ScaleNumbers.between(random, HOUR, 3 * DAY), null));
        boolean programme = "programme".equals(space.kind);
        List<Organisation> pool = organisations.stream().filter(o -> fits(o, space.index, programme)).toList();
        if (pool.isEmpty()) pool = organisations;
        Set<Integer> chosen = new HashSet<>();
        int attempts = 0;
        while (space.members.size() < size && attempts++ < size * 20 && chosen.size() < pool.size()) {
            int pick = random.nextInt(pool.size());
            if (!chosen.add(pick)) continue;
            Organisation organisation = pool.get(pick);
            long joined = space.organisations.isEmpty() ? space.createdAt
                    : ScaleNumbers.between(random, space.createdAt, now - 2 * DAY);
            double mean = space.index == 0 ? 3.5 : 1.8;
            int representatives = (int) Math.min(organisation.members(), 1 + ScaleNumbers.exponential(random,
                    (long) (mean * 1000)) / 1000);
            representatives = Math.min(representatives, size - space.members.size());
            boolean added = false;
            for (int j = 0; j < representatives; j++) {
                Person person = people.get(organisation.firstPerson() + j);
                String role = space.coordinators().size() < coordinators ? "coordinator"
                        : !programme && space.members.stream().noneMatch(m -> "chair".equals(m.role())) ? "chair"
                        : "member";
                long joinedAt = Math.min(now - DAY, joined + j * ScaleNumbers.between(random, ScaleNumbers.MINUTE, 30 * DAY));
                added |= add(space, inSpace, new ScaleSpace.Member(person.id(), organisation.id(), role, joinedAt,
                        lastVisit(role, joinedAt), null));
            }
            if (added) {
                space.organisations.add(organisation.id());
                memberOrganisations.computeIfAbsent(space.id, k -> new LinkedHashMap<>()).put(organisation.id(), joined);
            }
        }
        for (ScaleSpace.Member coordinator : space.coordinators()) {
            if (granted.add(coordinator.personId())) generation.grant(coordinator.personId(), "networks.coordinator");
        }
    }

    private boolean add(ScaleSpace space, Set<String> inSpace, ScaleSpace.Member member) {
        if (!inSpace.add(member.personId())) return false;
        space.members.add(member);
        return true;
    }

    /** Who may be a member organisation: councils in the council workgroup, the rest by the kind of space. */
    private static boolean fits(Organisation o, int index, boolean programme) {
        if (index % NAMES.size() == NAMES.size() - 1) return o.kind().equals("municipality");
        if (programme) return !o.kind().equals("employer");
        if (index % NAMES.size() == 17) return o.kind().equals("employer") || o.kind().equals("volunteer-centre");
        return o.kind().equals("volunteer-organisation") || o.kind().equals("umbrella")
                || o.kind().equals("volunteer-centre");
    }

    /** Coordinators come by every day or so; members now and then; a quarter of members never opened the space. */
    private Long lastVisit(String role, long joinedAt) {
        if (!"coordinator".equals(role) && random.nextInt(4) == 0) return null;
        long ago = "coordinator".equals(role) ? ScaleNumbers.between(random, HOUR, 3 * DAY)
                : HOUR + ScaleNumbers.exponential(random, 12 * DAY);
        return Math.max(joinedAt + HOUR, now - ago);
    }

    /**
     * Four in five readers take the daily digest, the others a mail per post, none, or never chose (no row: a mail
     * per post). The last digest went out yesterday at 7:00, so everything since is new to them.
     */
    private void settings(ScaleSpace space) {
        long lastDigest = ScaleNumbers.at(ScaleNumbers.day(now).minusDays(1), 7, 0);
        for (ScaleSpace.Member member : space.readers()) {
            int roll = random.nextInt(100);
            if (roll < 80) {
                settings.add(new Setting(space.id, member.personId(), "digest", lastDigest));
            } else if (roll < 88) {
                settings.add(new Setting(space.id, member.personId(), "immediately", member.joinedAt()));
            } else if (roll < 92) {
                settings.add(new Setting(space.id, member.personId(), "never", member.joinedAt()));
            }
        }
    }

    private static final List<String> MESSAGES = List.of(
            "Wij zijn een landelijke stichting en willen graag aansluiten bij het netwerk.",
            "Onze organisatie werkt met veel vrijwilligers in de zorg; we denken graag mee.",
            "Via een collega hoorde ik van dit netwerk. Mogen wij meedoen?",
            "We would like to join to share our experience with volunteer programmes.");

    /** Pending, approved (the person became a member) and declined requests. */
    private void joinRequests() {
        List<ScaleSpace> open = spaces.stream().filter(s -> !"secret".equals(s.visibility)).toList();
        Set<String> asked = new HashSet<>();
        int count = generation.scale().of(JOIN_REQUESTS);
        for (int i = 0; i < count; i++) {
            ScaleSpace space = open.get(random.nextInt(open.size()));
            String coordinator = space.creator();
            int roll = random.nextInt(100);
            if (roll < 35) {
                List<ScaleSpace.Member> members = space.members.stream().filter(m -> "member".equals(m.role())).toList();
                if (members.isEmpty()) continue;
                ScaleSpace.Member member = members.get(random.nextInt(members.size()));
                if (!asked.add(space.id + member.personId())) continue;
                long created = Math.max(space.createdAt, member.joinedAt() - ScaleNumbers.between(random, HOUR, 5 * DAY));
                joinRequests.add(new JoinRequest(generation.id(), space.id, member.personId(), member.organisationId(),
                        random(MESSAGES), "approved", coordinator, member.joinedAt(), created));
            } else {
                Person person = outsider(space);
                if (!asked.add(space.id + person.id())) continue;
                boolean pending = roll < 75;
                long created = pending ? now - ScaleNumbers.between(random, HOUR, 20 * DAY)
                        : now - ScaleNumbers.between(random, 10 * DAY, 200 * DAY);
                joinRequests.add(new JoinRequest(generation.id(), space.id, person.id(),
                        organisations.get(person.organisationIndex()).id(), random(MESSAGES),
                        pending ? "pending" : "declined", pending ? null : coordinator,
                        pending ? null : created + ScaleNumbers.between(random, HOUR, 7 * DAY), created));
            }
        }
    }

    /** Open invitations, accepted ones (of members) and expired ones. */
    private void invitations() {
        int count = generation.scale().of(INVITATIONS);
        HexFormat hex = HexFormat.of();
        Set<String> tokens = new LinkedHashSet<>();
        for (int i = 0; i < count; i++) {
            ScaleSpace space = spaces.get(random.nextInt(spaces.size()));
            String coordinator = space.creator();
            byte[] token = new byte[32];
            random.nextBytes(token);
            String hash = hex.formatHex(token);
            if (!tokens.add(hash)) continue;
            int roll = random.nextInt(100);
            if (roll < 30) {
                ScaleSpace.Member member = space.members.get(random.nextInt(space.members.size()));
                long created = Math.max(space.createdAt, member.joinedAt() - 3 * DAY);
                invitations.add(new Invitation(generation.id(), space.id, person(member.personId()).email(), hash,
                        coordinator, created, created + 14 * DAY, member.joinedAt()));
            } else {
                boolean expired = roll < 50;
                long created = expired ? now - ScaleNumbers.between(random, 30 * DAY, 90 * DAY)
                        : now - ScaleNumbers.between(random, HOUR, 10 * DAY);
                invitations.add(new Invitation(generation.id(), space.id, outsider(space).email(), hash, coordinator,
                        created, created + 14 * DAY, null));
            }
        }
    }

    private Person outsider(ScaleSpace space) {
        Set<String> inside = new HashSet<>();
        space.members.forEach(m -> inside.add(m.personId()));
        while (true) {
            Person person = people.get(random.nextInt(people.size()));
            if (!inside.contains(person.id())) return person;
        }
    }

    private <T> T random(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    // ---- writing

    void write(ScaleWriter writer) {
        writer.write("networks spaces", spaces, (h, part) -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO networks_spaces (id, name, description, visibility, kind, created_by, created_at, updated_at)
                    VALUES (:id, :name, :description, :visibility, :kind, :by, :at, :at)""");
            for (ScaleSpace s : part) {
                batch.bind("id", s.id).bind("name", s.name).bind("description", s.description)
                        .bind("visibility", s.visibility).bind("kind", s.kind).bind("by", s.creator())
                        .bind("at", s.createdAt).add();
            }
            batch.execute();
        });
        List<String[]> organisationRows = new ArrayList<>();
        memberOrganisations.forEach((space, byOrganisation) -> byOrganisation.forEach((organisation, at) ->
                organisationRows.add(new String[] {space, organisation, Long.toString(at)})));
        writer.write("networks member organisations", organisationRows, (h, part) -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO networks_organisations (space_id, organisation_id, joined_at)
                    VALUES (:space, :organisation, :at)""");
            for (String[] r : part) batch.bind("space", r[0]).bind("organisation", r[1]).bind("at", Long.parseLong(r[2])).add();
            batch.execute();
        });
        List<Object[]> memberRows = new ArrayList<>();
        for (ScaleSpace space : spaces) for (ScaleSpace.Member m : space.members) memberRows.add(new Object[] {space, m});
        writer.write("networks members", memberRows, (h, part) -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO networks_members (space_id, person_id, organisation_id, role, guest_meeting_id,
                           joined_at, last_visit_at)
                    VALUES (:space, :person, :organisation, :role, :meeting, :joined, :visit)""");
            for (Object[] r : part) {
                ScaleSpace.Member m = (ScaleSpace.Member) r[1];
                batch.bind("space", ((ScaleSpace) r[0]).id).bind("person", m.personId())
                        .bind("organisation", m.organisationId()).bind("role", m.role())
                        .bind("meeting", m.guestMeetingId()).bind("joined", m.joinedAt())
                        .bind("visit", m.lastVisitAt()).add();
            }
            batch.execute();
        });
        writer.write("networks notification settings", settings, (h, part) -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO networks_notification_settings (space_id, person_id, mode, digest_sent_until)
                    VALUES (:space, :person, :mode, :sent)""");
            for (Setting s : part) {
                batch.bind("space", s.spaceId()).bind("person", s.personId()).bind("mode", s.mode())
                        .bind("sent", s.sentUntil()).add();
            }
            batch.execute();
        });
        writer.write("networks join requests", joinRequests, (h, part) -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO networks_join_requests (id, space_id, person_id, organisation_id, message, status,
                           decided_by, decided_at, created_at)
                    VALUES (:id, :space, :person, :organisation, :message, :status, :by, :decided, :created)""");
            for (JoinRequest r : part) {
                batch.bind("id", r.id()).bind("space", r.spaceId()).bind("person", r.personId())
                        .bind("organisation", r.organisationId()).bind("message", r.message())
                        .bind("status", r.status()).bind("by", r.decidedBy()).bind("decided", r.decidedAt())
                        .bind("created", r.createdAt()).add();
            }
            batch.execute();
        });
        writer.write("networks invitations", invitations, (h, part) -> {
            PreparedBatch batch = h.prepareBatch("""
                    INSERT INTO networks_invitations (id, space_id, email, role, guest_meeting_id, token_hash,
                           invited_by, created_at, expires_at, accepted_at)
                    VALUES (:id, :space, :email, 'member', NULL, :hash, :by, :created, :expires, :accepted)""");
            for (Invitation i : part) {
                batch.bind("id", i.id()).bind("space", i.spaceId()).bind("email", i.email()).bind("hash", i.tokenHash())
                        .bind("by", i.invitedBy()).bind("created", i.createdAt()).bind("expires", i.expiresAt())
                        .bind("accepted", i.acceptedAt()).add();
            }
            batch.execute();
        });
    }
}
