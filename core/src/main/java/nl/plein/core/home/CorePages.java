package nl.plein.core.home;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import nl.plein.api.HomeBlock;
import nl.plein.api.Visitor;
import nl.plein.api.hooks.DashboardWidget;
import nl.plein.api.hooks.SearchProvider;
import nl.plein.core.account.People;
import nl.plein.core.plugin.InstalledPlugin;
import nl.plein.core.view.Templates;
import nl.plein.core.web.Cookies;
import nl.plein.core.web.Forms;
import nl.plein.core.web.LocalRedirects;
import nl.plein.core.web.VisitorResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The pages core itself offers to everyone: home, search, dashboard and the language switch. */
public final class CorePages {

    private static final Logger log = LoggerFactory.getLogger(CorePages.class);
    private static final int SEARCH_LIMIT = 20;

    private final java.util.function.Supplier<List<InstalledPlugin>> plugins;
    private final People people;
    private final Cookies cookies;
    private final Templates templates;

    /** @param plugins the plugins that are switched on now */
    public CorePages(java.util.function.Supplier<List<InstalledPlugin>> plugins, People people, Cookies cookies,
                     Templates templates) {
        this.plugins = plugins;
        this.people = people;
        this.cookies = cookies;
        this.templates = templates;
    }

    public void home(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        List<ShownBlock> blocks = new ArrayList<>();
        for (InstalledPlugin plugin : plugins.get()) {
            for (HomeBlock block : plugin.homeBlocks()) {
                if (!visitor.may(block.permission())) continue;
                try {
                    blocks.add(new ShownBlock(block.template(), block.order(), block.model().apply(visitor)));
                } catch (RuntimeException e) {
                    log.error("home block failed plugin={} template={}", plugin.id(), block.template(), e);
                }
            }
        }
        blocks.sort(Comparator.comparingInt(ShownBlock::order));
        ctx.render("home", Map.of("blocks", blocks, "erased", "1".equals(ctx.queryParam("erased"))));
    }

    /** Asks every plugin; one that fails is logged and left out, the others still answer. */
    public void search(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        String text = Forms.query(ctx, "q", 200);
        List<SearchProvider.SearchHit> hits = new ArrayList<>();
        if (!text.isEmpty()) {
            SearchProvider.SearchQuery query = new SearchProvider.SearchQuery(text, visitor, SEARCH_LIMIT);
            for (InstalledPlugin plugin : plugins.get()) {
                for (SearchProvider provider : plugin.searchProviders()) {
                    try {
                        hits.addAll(provider.search(query).stream().limit(SEARCH_LIMIT).toList());
                    } catch (RuntimeException e) {
                        log.error("search provider failed plugin={}", plugin.id(), e);
                    }
                }
            }
        }
        ctx.render("search", Map.of("q", text, "hits", hits, "searched", !text.isEmpty()));
    }

    public void dashboard(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        // Each widget is rendered on its own, with only its own model, so one widget cannot read another's values.
        List<String> widgets = new ArrayList<>();
        for (InstalledPlugin plugin : plugins.get()) {
            for (DashboardWidget widget : plugin.widgets()) {
                try {
                    widget.render(visitor).ifPresent(w -> widgets.add(
                            templates.render(w.template(), w.model(), visitor.locale())));
                } catch (RuntimeException e) {
                    log.error("dashboard widget failed plugin={}", plugin.id(), e);
                }
            }
        }
        ctx.render("dashboard", Map.of("widgets", widgets));
    }

    /** A plain link, so it works without JavaScript; remembered in a cookie and, when signed in, on the profile. */
    public void switchLanguage(Context ctx) {
        String language = ctx.pathParam("language");
        if (!language.equals("nl") && !language.equals("en")) throw new NotFoundResponse();
        cookies.set(ctx, VisitorResolver.LANGUAGE_COOKIE, language, 60 * 60 * 24 * 365);
        Visitor.of(ctx).person().ifPresent(id -> people.updateLocale(id, language));
        ctx.redirect(LocalRedirects.safe(ctx.queryParam("back"), "/"), HttpStatus.SEE_OTHER);
    }

    /** A home block as the page includes it: its template sees {@code model}. */
    public record ShownBlock(String template, int order, Map<String, Object> model) {
    }
}
