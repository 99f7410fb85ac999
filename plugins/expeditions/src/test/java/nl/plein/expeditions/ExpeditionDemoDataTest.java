package nl.plein.expeditions;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import nl.plein.core.testing.Browser;
import nl.plein.core.testing.OnBothDatabases;
import nl.plein.core.testing.PleinExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A demo shows expeditions in every phase, with invented leaders and organisations. */
@OnBothDatabases
class ExpeditionDemoDataTest {

    @RegisterExtension
    PleinExtension plein = PleinExtension.forThisPlugin(s -> s.set("PLEIN_DEMO", "true"));

    @Test
    void demoHasLeadersAndExpeditionsInDifferentPhases() {
        String overview = plein.browser().get("/expeditions").body();
        assertTrue(overview.contains("Jong geleerd in Lindeburg"));
        assertTrue(overview.contains("Ouderen doen mee in de Vallei"));
        assertFalse(overview.contains("Nieuwkomers welkom"), "not published");
        String directory = plein.browser().get("/expeditions/leaders").body();
        assertTrue(directory.contains("Noor Wegwijzer"));

        Browser leader = plein.browser();
        leader.signIn("expeditions-leader@demo.plein.nl", "plein-demo-2026");
        String led = leader.get("/expeditions").body();
        assertTrue(led.contains("Expedities die ik leid"));
        assertTrue(led.contains("Nieuwkomers welkom"), "its own, also unpublished");
        String id = plein.jdbi().withHandle(h -> h.createQuery(
                "SELECT id FROM expeditions_expeditions WHERE title = 'Jong geleerd in Lindeburg'").mapTo(String.class).one());
        String page = leader.get("/expeditions/" + id).body();
        assertTrue(page.contains("Sportclub Vlietzicht") && page.contains("Buurthuis De Kastanje"));
        assertTrue(page.contains("Terugkomdag"));
    }
}
