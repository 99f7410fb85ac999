package nl.plein.core.view;

import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import nl.plein.api.Markdown;
import nl.plein.api.Messages;
import nl.plein.api.Visitor;

/**
 * Renders Pebble templates found along the theme chain ({@link ThemeChainLoader}) for Javalin's
 * {@code ctx.render(name, model)}. Every page gets the common model (visitor, language, CSRF token, navigation)
 * on top of its own. Autoescaping stays on; compiled templates are cached outside development mode.
 */
public final class Templates implements FileRenderer {

    /** Request attribute naming the plugin whose handler is running. */
    public static final String RENDERING_PLUGIN = "plein.rendering-plugin";

    private final PebbleEngine engine;
    private final Map<String, ClassLoader> pluginLoaders;
    private final Function<Context, Map<String, Object>> commonModel;

    public Templates(Path themeTemplates, Map<String, ClassLoader> pluginLoaders, Messages messages, Markdown markdown,
                     boolean development, Function<Context, Map<String, Object>> commonModel) {
        this.engine = new PebbleEngine.Builder()
                .loader(new ThemeChainLoader(themeTemplates, pluginLoaders))
                .extension(new PleinPebbleExtension(messages, markdown))
                .cacheActive(!development)
                .strictVariables(false)
                .autoEscaping(true)
                .defaultLocale(Locale.forLanguageTag("nl"))
                .build();
        this.commonModel = commonModel;
        this.pluginLoaders = pluginLoaders;
    }

    @Override
    public String render(String name, Map<String, ?> model, Context ctx) {
        String renderer = ctx.attribute(RENDERING_PLUGIN);
        int slash = name.indexOf('/');
        String owner = slash > 0 ? name.substring(0, slash) : "";
        if (renderer != null && !renderer.equals(owner) && pluginLoaders.containsKey(owner)) {
            // One plugin's pages are its own: it may use core's and the theme's templates, not another plugin's.
            throw new IllegalStateException("plugin " + renderer + " may not render " + name);
        }
        Map<String, Object> merged = new HashMap<>(commonModel.apply(ctx));
        merged.putAll(model);
        return render(name, merged, Visitor.of(ctx).locale());
    }

    /** Renders outside a request (mail, fragments), in the given language. */
    public String render(String name, Map<String, ?> model, Locale locale) {
        PebbleTemplate template = engine.getTemplate(name);
        StringWriter out = new StringWriter();
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) model;
            template.evaluate(out, values, locale);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    public Function<Context, Map<String, Object>> commonModel() {
        return commonModel;
    }

    public boolean exists(String name) {
        try {
            engine.getTemplate(name);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
