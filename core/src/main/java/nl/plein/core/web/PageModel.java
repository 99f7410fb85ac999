package nl.plein.core.web;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.plein.api.NavigationEntry;
import nl.plein.api.Visitor;

/**
 * The values every page's template can use: {@code visitor}, {@code lang}, {@code csrf}, {@code navigation} (only
 * entries this visitor may follow), {@code currentPath}, {@code otherLang} and {@code languageSwitchUrl}.
 */
public final class PageModel implements Function<Context, Map<String, Object>> {

    private volatile java.util.function.Supplier<List<NavigationEntry>> navigation = List::of;

    /**
     * Set once the plugins are installed (templates exist before, because plugins may render mail at install);
     * asked on every page, so a plugin switched off disappears from the menu at once.
     */
    public void navigation(java.util.function.Supplier<List<NavigationEntry>> entries) {
        this.navigation = entries;
    }

    @Override
    public Map<String, Object> apply(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        String lang = visitor.locale().getLanguage();
        String otherLang = lang.equals("en") ? "nl" : "en";
        String here = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
        Map<String, Object> model = new HashMap<>();
        model.put("visitor", visitor);
        model.put("lang", lang);
        model.put("otherLang", otherLang);
        model.put("languageSwitchUrl", "/language/" + otherLang + "?back="
                + URLEncoder.encode(here, StandardCharsets.UTF_8));
        model.put("csrf", ctx.attribute(CsrfProtection.ATTRIBUTE));
        model.put("currentPath", ctx.path());
        model.put("navigation", navigation.get().stream().sorted(Comparator.comparingInt(NavigationEntry::order))
                .filter(entry -> visitor.may(entry.permission()))
                .map(entry -> new NavItem(entry.labelKey(), entry.path(), isWithin(ctx.path(), entry.path()))).toList());
        return model;
    }

    /** A navigation entry as the layout shows it; {@code current} marks the section the page is in. */
    public record NavItem(String labelKey, String path, boolean current) {
    }

    private static boolean isWithin(String path, String section) {
        String base = section.endsWith("/") ? section.substring(0, section.length() - 1) : section;
        return path.equals(base) || path.startsWith(base + "/");
    }
}
