package nl.plein.core.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import nl.plein.api.hooks.ScaleData;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.TestPlein;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** Core's share of generated data: people, organisations, an administrator, the manifest; reproducible from a seed. */
@OnBothDatabases
class GenerateTest {

    @Test
    void smallScaleMakesPeopleInOrganisationsWhoCanSignIn() throws Exception {
        try (TestPlein plein = TestPlein.with().start()) {
            Manifest manifest = plein.generate(ScaleData.Scale.SMALL, 7);
            Jdbi jdbi = plein.jdbi();

            assertEquals(2_000 + 1, count(jdbi, "SELECT COUNT(*) FROM plein_people"), "people and the administrator");
            assertEquals(200, count(jdbi, "SELECT COUNT(*) FROM plein_organisations"));
            assertEquals(2_000, count(jdbi, "SELECT COUNT(*) FROM plein_memberships"), "everyone in one organisation");
            assertEquals(200, count(jdbi, "SELECT COUNT(*) FROM plein_memberships WHERE role = 'admin'"));
            assertEquals(0, count(jdbi, """
                    SELECT COUNT(*) FROM plein_organisations o
                     WHERE NOT EXISTS (SELECT 1 FROM plein_memberships m
                                        WHERE m.organisation_id = o.id AND m.role = 'admin')"""));
            assertTrue(count(jdbi, "SELECT COUNT(*) FROM plein_organisations WHERE kind = 'employer'") > 20);

            assertEquals("small", manifest.scale());
            assertEquals(2_000, manifest.notes().get("core.people"));
            Manifest.Page home = manifest.pagesOf("core").get(0);
            assertEquals("/", home.path());
            var member = plein.browser();
            member.signIn(home.email(), ScaleData.PASSWORD);
            assertEquals(200, member.get("/").status());

            var administrator = plein.browser();
            administrator.signIn(manifest.administrator(), ScaleData.PASSWORD);
            assertEquals(200, administrator.get("/admin").status());

            String written = Files.readString(plein.dataDir().resolve(Manifest.FILE));
            assertTrue(written.contains("\"administrator\" : \"beheerder@schaal.plein.example\""), written);
            assertTrue(written.contains("\"core.organisations\" : 200"), written);
        }
    }

    @Test
    void theSameSeedGivesTheSameRowsAndAnotherSeedOthers() {
        List<String> first = generated(7);
        assertEquals(first, generated(7));
        assertNotEquals(first, generated(8));
    }

    @Test
    void refusesADatabaseThatAlreadyHoldsPeople() {
        try (TestPlein plein = TestPlein.with().start()) {
            plein.plein().people().create("iemand@plein.test", "Iemand", "een-lang-wachtwoord", "nl");
            var refused = assertThrows(Generator.Refused.class, () -> plein.generate(ScaleData.Scale.SMALL, 1));
            assertTrue(refused.getMessage().contains("already holds 1 people"), refused.getMessage());
            assertEquals(0, count(plein.jdbi(), "SELECT COUNT(*) FROM plein_organisations"));
        }
    }

    /** Core's tables after generating with a seed, row by row in key order (password hashes are salted: left out). */
    private static List<String> generated(long seed) {
        try (TestPlein plein = TestPlein.with().start()) {
            plein.generate(new ScaleData.Scale("tiny", 0.005), seed);
            return plein.jdbi().withHandle(h -> {
                List<String> rows = new java.util.ArrayList<>();
                for (String query : List.of(
                        "SELECT id, email, display_name, locale, blocked, email_confirmed, created_at FROM plein_people ORDER BY id",
                        "SELECT * FROM plein_organisations ORDER BY id",
                        "SELECT * FROM plein_memberships ORDER BY organisation_id, person_id",
                        "SELECT * FROM plein_person_roles ORDER BY person_id, role_id")) {
                    h.createQuery(query).mapToMap().forEach((Map<String, Object> row) -> rows.add(row.toString()));
                }
                return rows;
            });
        }
    }

    private static long count(Jdbi jdbi, String sql) {
        return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
    }
}
