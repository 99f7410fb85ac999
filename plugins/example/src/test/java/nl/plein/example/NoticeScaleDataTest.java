package nl.plein.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.plein.api.hooks.ScaleData;
import nl.plein.core.generate.Manifest;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.TestPlein;
import org.junit.jupiter.api.Test;

/** The noticeboard's share of generated data: the scaled count, searchable, on the measured page, reproducible. */
@OnBothDatabases
class NoticeScaleDataTest {

    @Test
    void smallScaleFillsTheBoardAndItsSearchAndNamesThePageToMeasure() {
        try (TestPlein plein = TestPlein.with().thisPlugin().start()) {
            Manifest manifest = plein.generate(ScaleData.Scale.SMALL, 5);
            int rows = plein.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM example_notices")
                    .mapTo(Integer.class).one());
            assertEquals(100, rows);
            assertEquals(100, manifest.notes().get("example.rows.example_notices"));
            assertEquals(List.of(new Manifest.Page("example", "noticeboard", "/example", null)),
                    manifest.pagesOf("example"));

            var page = plein.browser().get("/example");
            assertEquals(200, page.status());
            String newest = plein.jdbi().withHandle(h -> h.createQuery(
                    "SELECT title FROM example_notices ORDER BY created_at DESC, id DESC LIMIT 1")
                    .mapTo(String.class).one());
            assertTrue(page.body().contains(newest.replace("&", "&amp;")), "the newest notice is on the board");
            assertTrue(plein.browser().get("/search?q=voedselbank").body().contains("voedselbank"),
                    "generated notices are in the full-text index");
        }
    }

    @Test
    void theSameSeedGivesTheSameNotices() {
        List<String> first = notices(11);
        assertEquals(first, notices(11));
        assertNotEquals(first, notices(12));
    }

    private static List<String> notices(long seed) {
        try (TestPlein plein = TestPlein.with().thisPlugin().start()) {
            plein.generate(new ScaleData.Scale("tiny", 0.004), seed);
            return plein.jdbi().withHandle(h -> h.createQuery("SELECT * FROM example_notices ORDER BY id")
                    .mapToMap().map(Object::toString).list());
        }
    }
}
