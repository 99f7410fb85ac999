package nl.plein.core.generate;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import nl.plein.api.Role;
import nl.plein.api.hooks.ScaleData;
import nl.plein.core.account.Passwords;
import nl.plein.core.organisation.Membership;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Core's share of generated data: people (100,000 nationally), organisations (10,000) with their members, and one
 * administrator. Written in batches straight into core's tables, with one password hash for everyone.
 */
final class CorePeople {

    static final int NATIONAL_PEOPLE = 100_000;
    static final int NATIONAL_ORGANISATIONS = 10_000;
    static final String DOMAIN = "@schaal.plein.example";
    static final String ADMINISTRATOR = "beheerder" + DOMAIN;
    private static final int BATCH = 5_000;

    private final Jdbi jdbi;

    CorePeople(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    record Made(List<ScaleData.Person> people, List<ScaleData.Organisation> organisations) {
    }

    Made generate(SeededGeneration generation) {
        Random random = generation.random();
        Instant now = generation.now();
        int organisationCount = generation.scale().of(NATIONAL_ORGANISATIONS);
        int peopleCount = Math.max(organisationCount, generation.scale().of(NATIONAL_PEOPLE));
        int[] sizes = sizes(random, organisationCount, peopleCount);
        String hash = Passwords.hash(ScaleData.PASSWORD);

        List<ScaleData.Organisation> organisations = new ArrayList<>(organisationCount);
        List<ScaleData.Person> people = new ArrayList<>(peopleCount);
        int first = 0;
        for (int o = 0; o < organisationCount; o++) {
            int province = InventedNames.province(random);
            String municipality = InventedNames.municipality(random, province);
            String kind = kind(random.nextDouble());
            String organisationId = generation.id();
            for (int m = 0; m < sizes[o]; m++) {
                String firstName = InventedNames.firstName(random);
                String surname = InventedNames.surname(random);
                String email = InventedNames.emailLocalPart(firstName, surname) + "." + (people.size() + 1) + DOMAIN;
                String name = firstName + " " + Character.toUpperCase(surname.charAt(0)) + surname.substring(1);
                people.add(new ScaleData.Person(generation.id(), email, name, random.nextInt(10) == 0 ? "en" : "nl", o));
            }
            String name = InventedNames.organisation(random, kind, InventedNames.surname(random), municipality);
            organisations.add(new ScaleData.Organisation(organisationId, name, kind, municipality,
                    InventedNames.PROVINCES.get(province), people.get(first).id(), first, sizes[o]));
            first += sizes[o];
        }

        try (ScaleData.Progress progress = generation.progress("people", people.size())) {
            for (int from = 0; from < people.size(); from += BATCH) {
                List<ScaleData.Person> chunk = people.subList(from, Math.min(people.size(), from + BATCH));
                jdbi.useTransaction(h -> {
                    PreparedBatch batch = h.prepareBatch("""
                            INSERT INTO plein_people (id, email, display_name, password_hash, locale, blocked,
                                                      email_confirmed, created_at)
                            VALUES (:id, :email, :name, :hash, :locale, :blocked, :confirmed, :created)
                            """);
                    for (ScaleData.Person person : chunk) {
                        batch.bind("id", person.id()).bind("email", person.email()).bind("name", person.displayName())
                                .bind("hash", hash).bind("locale", person.locale()).bind("blocked", false)
                                .bind("confirmed", true).bind("created", daysBefore(now, random, 1_000)).add();
                    }
                    batch.execute();
                });
                progress.advance(chunk.size());
            }
        }
        try (ScaleData.Progress progress = generation.progress("organisations", organisations.size())) {
            for (int from = 0; from < organisations.size(); from += BATCH / 5) {
                List<ScaleData.Organisation> chunk = organisations.subList(from,
                        Math.min(organisations.size(), from + BATCH / 5));
                jdbi.useTransaction(h -> {
                    PreparedBatch organisationBatch = h.prepareBatch("""
                            INSERT INTO plein_organisations (id, name, kind, municipality, province, website,
                                                             description, created_at)
                            VALUES (:id, :name, :kind, :municipality, :province, NULL, :description, :created)
                            """);
                    PreparedBatch memberBatch = h.prepareBatch("""
                            INSERT INTO plein_memberships (organisation_id, person_id, role, joined_at)
                            VALUES (:organisation, :person, :role, :joined)
                            """);
                    for (ScaleData.Organisation organisation : chunk) {
                        Instant created = daysBefore(now, random, 1_500);
                        organisationBatch.bind("id", organisation.id()).bind("name", organisation.name())
                                .bind("kind", organisation.kind()).bind("municipality", organisation.municipality())
                                .bind("province", organisation.province())
                                .bind("description", "Een verzonnen organisatie in " + organisation.municipality()
                                        + ", gemaakt voor metingen op landelijke schaal.")
                                .bind("created", created).add();
                        for (int m = 0; m < organisation.members(); m++) {
                            memberBatch.bind("organisation", organisation.id())
                                    .bind("person", people.get(organisation.firstPerson() + m).id())
                                    .bind("role", m == 0 ? Membership.ADMIN : Membership.MEMBER)
                                    .bind("joined", created.plus(Duration.ofDays(m))).add();
                        }
                    }
                    organisationBatch.execute();
                    memberBatch.execute();
                });
                progress.advance(chunk.size());
            }
        }
        String administrator = generation.id();
        jdbi.useTransaction(h -> h.createUpdate("""
                INSERT INTO plein_people (id, email, display_name, password_hash, locale, blocked, email_confirmed,
                                          created_at)
                VALUES (:id, :email, 'Beheerder (gegenereerd)', :hash, 'nl', :blocked, :confirmed, :created)
                """).bind("id", administrator).bind("email", ADMINISTRATOR).bind("hash", hash).bind("blocked", false)
                .bind("confirmed", true).bind("created", now).execute());
        generation.grant(administrator, Role.ADMINISTRATOR);
        return new Made(List.copyOf(people), List.copyOf(organisations));
    }

    /** About 20 % employers (Good Busy's companies), two thirds volunteer organisations, a few of the rest. */
    private static String kind(double pick) {
        if (pick < 0.20) return "employer";
        if (pick < 0.85) return "volunteer-organisation";
        if (pick < 0.90) return "umbrella";
        if (pick < 0.94) return "volunteer-centre";
        if (pick < 0.97) return "municipality";
        return "other";
    }

    /**
     * Organisation sizes summing to {@code people}: everyone belongs to exactly one, each has at least one (its
     * administrator), and a few are large while most are small, as in the sector.
     */
    private static int[] sizes(Random random, int organisations, int people) {
        double[] weights = new double[organisations];
        double total = 0;
        for (int i = 0; i < organisations; i++) {
            double r = random.nextDouble();
            weights[i] = 0.3 + r * r * r * 4;
            total += weights[i];
        }
        int[] sizes = new int[organisations];
        int rest = people - organisations;
        int given = 0;
        for (int i = 0; i < organisations; i++) {
            sizes[i] = 1 + (int) Math.floor(rest * weights[i] / total);
            given += sizes[i] - 1;
        }
        for (int i = 0; given < rest; i = (i + 1) % organisations, given++) sizes[i]++;
        return sizes;
    }

    private static Instant daysBefore(Instant now, Random random, int days) {
        return now.minus(Duration.ofMinutes(1 + random.nextInt(days * 24 * 60)));
    }
}
