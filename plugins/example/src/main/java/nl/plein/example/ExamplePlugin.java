package nl.plein.example;

import java.util.Set;
import nl.plein.api.HomeBlock;
import nl.plein.api.NavigationEntry;
import nl.plein.api.Permission;
import nl.plein.api.PleinPlugin;
import nl.plein.api.PluginContext;
import nl.plein.api.Role;
import nl.plein.example.notice.NoticeDemoData;
import nl.plein.example.notice.NoticeScaleData;
import nl.plein.example.notice.NoticePages;
import nl.plein.example.notice.NoticeRepository;
import nl.plein.example.notice.NoticeSearch;
import nl.plein.example.notice.NoticesPersonalData;
import org.pf4j.Extension;

/**
 * The example plugin: a noticeboard ("prikbord") where signed-in people pin short notices. It shows every part a
 * plugin can have: routes with permissions, a migration, templates, messages in two languages, a static asset, a
 * navigation entry, a home-page block, a role, full-text search, personal data and demo data.
 */
@Extension
public class ExamplePlugin implements PleinPlugin {

    /** Moderators may remove anyone's notice. */
    public static final Permission MODERATE = new Permission("example.moderate");

    @Override
    public void install(PluginContext context) {
        NoticeRepository notices = new NoticeRepository(context.jdbi(), context.ids(), context.clock(),
                context.fullText());
        notices.indexExisting();
        NoticePages pages = new NoticePages(notices);

        context.routes()
                .get("/", Permission.PUBLIC, pages::list)
                .post("/", Permission.SIGNED_IN, pages::create)
                .post("/{id}/delete", Permission.SIGNED_IN, pages::delete);

        context.role(new Role("example.moderator", Set.of(MODERATE)));
        context.navigation(new NavigationEntry("example.nav", "/example", Permission.PUBLIC, 90));
        context.homeBlock(new HomeBlock("example/home-block", Permission.PUBLIC, 90));
        context.search(new NoticeSearch(notices));
        context.personalData(new NoticesPersonalData(notices));
        context.demoData(new NoticeDemoData(notices));
        context.scaleData(new NoticeScaleData(notices));
    }
}
