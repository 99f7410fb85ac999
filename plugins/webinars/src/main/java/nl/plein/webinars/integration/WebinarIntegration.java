package nl.plein.webinars.integration;

import java.util.Map;
import nl.plein.api.HomeBlock;
import nl.plein.api.NavigationEntry;
import nl.plein.api.Permission;
import nl.plein.api.PluginContext;
import nl.plein.webinars.Webinars;
import nl.plein.webinars.programme.SessionListener;
import nl.plein.webinars.registration.RegistrationMail;

/** Navigation, home-page block, dashboard widget, search, personal data, demo data and data at scale. */
public final class WebinarIntegration {

    /** Place in the menu and on the home page: after expeditions (20), before the example plugin (90). */
    static final int ORDER = 30;

    private WebinarIntegration() {
    }

    public static void install(Webinars webinars, RegistrationMail registrationMail, SessionListener sessionListener) {
        PluginContext context = webinars.context();
        context.navigation(new NavigationEntry("webinars.nav", "/webinars", Permission.PUBLIC, ORDER));
        var upcoming = new UpcomingSessionsWidget(webinars);
        context.homeBlock(new HomeBlock("webinars/home-block", Permission.PUBLIC, ORDER,
                visitor -> Map.of("upcoming", upcoming.upcoming(visitor))));
        context.widget(upcoming);
        context.search(new WebinarSearch(context.jdbi(), context.messages(), context.clock()));
        // A seat freed by an erasure goes to the first waiting person, who is told as after any cancellation.
        context.personalData(new WebinarPersonalData(webinars, registrationMail));
        context.demoData(new WebinarDemoData(webinars, sessionListener));
        context.scaleData(new WebinarsScaleData(context.jdbi()));
    }
}
