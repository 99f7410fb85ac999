package nl.plein.goodbusy.integration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.plein.core.testing.Browser;
import nl.plein.core.testing.PleinExtension;
import nl.plein.goodbusy.GoodBusyFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** WCAG: one h1 per page and no level skipped on the way down (screen-reader users navigate by headings). */
class HeadingOrderTest {

    private static final Pattern HEADING = Pattern.compile("<h([1-6])[\\s>]");

    @RegisterExtension
    final PleinExtension plein = PleinExtension.forThisPlugin();

    @Test
    void theOfferListOfMyCompaniesAndTheStartPageKeepTheirHeadingsInOrder() {
        GoodBusyFixture fixture = new GoodBusyFixture(plein);
        String cora = fixture.person("cora@rekenhuis.test", "Cora Coördinator");
        String rekenhuis = fixture.company("Rekenhuis", cora);
        Browser coordinator = fixture.signedIn("cora@rekenhuis.test");

        String none = coordinator.get("/goodbusy/offers/mine").body();
        assertInOrder(none);
        assertTrue(none.contains("<h2 id=\"posted-title\">Geplaatst aanbod</h2>"));

        fixture.offer(rekenhuis, GoodBusyFixture.offerDraft("Teamdag"));
        String mine = coordinator.get("/goodbusy/offers/mine").body();
        assertEquals(List.of(1, 2, 3), levels(mine), "title, the list's heading, the offer's card");
        assertInOrder(coordinator.get("/goodbusy").body());
        assertInOrder(fixture.withRole("manager@plein.test", "Manager", GoodBusyFixture.MANAGER_ROLE)
                .get("/goodbusy").body());
    }

    private static void assertInOrder(String html) {
        List<Integer> levels = levels(html);
        assertEquals(1, levels.stream().filter(l -> l == 1).count(), "one h1: " + levels);
        assertEquals(1, levels.get(0), "the h1 first: " + levels);
        for (int i = 1; i < levels.size(); i++) {
            assertTrue(levels.get(i) <= levels.get(i - 1) + 1, "a level skipped: " + levels);
        }
    }

    /** The heading levels inside the page's main content, in document order. */
    private static List<Integer> levels(String html) {
        int main = html.indexOf("<main");
        int end = html.indexOf("</main>");
        Matcher m = HEADING.matcher(html.substring(Math.max(main, 0), end < 0 ? html.length() : end));
        List<Integer> levels = new ArrayList<>();
        while (m.find()) levels.add(Integer.parseInt(m.group(1)));
        return levels;
    }
}
