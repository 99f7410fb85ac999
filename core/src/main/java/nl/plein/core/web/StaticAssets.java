package nl.plein.core.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Serves {@code /static/<path>} along the theme chain: the active theme's {@code static/} folder, then the plugin the
 * path starts with ({@code static/<id>/…} inside its jar, read through its class loader, which Javalin's own static
 * handler cannot do), then core's {@code static/}.
 */
public final class StaticAssets implements Handler {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"), Map.entry("webp", "image/webp"), Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"), Map.entry("txt", "text/plain; charset=utf-8"));

    private final Path themeStatic;
    private final Map<String, ClassLoader> pluginLoaders;
    private final boolean development;
    private final java.util.function.Predicate<String> pluginIsOn;

    public StaticAssets(Path themeStatic, Map<String, ClassLoader> pluginLoaders,
                        java.util.function.Predicate<String> pluginIsOn, boolean development) {
        this.themeStatic = themeStatic.toAbsolutePath().normalize();
        this.pluginLoaders = pluginLoaders;
        this.pluginIsOn = pluginIsOn;
        this.development = development;
    }

    @Override
    public void handle(Context ctx) throws IOException {
        String path = ctx.path().substring("/static/".length());
        String extension = path.substring(path.lastIndexOf('.') + 1);
        String type = TYPES.get(extension);
        if (type == null || path.contains("..") || path.contains("\\") || path.startsWith("/")) {
            throw new NotFoundResponse();
        }
        InputStream body = open(path);
        if (body == null) throw new NotFoundResponse();
        ctx.contentType(type);
        ctx.header("Cache-Control", development ? "no-cache" : "public, max-age=3600");
        ctx.result(body);
    }

    private InputStream open(String path) throws IOException {
        Path themed = themeStatic.resolve(path).normalize();
        if (themed.startsWith(themeStatic) && Files.isRegularFile(themed)) return Files.newInputStream(themed);
        int slash = path.indexOf('/');
        String owner = slash > 0 ? path.substring(0, slash) : "";
        ClassLoader plugin = pluginIsOn.test(owner) ? pluginLoaders.get(owner) : null;
        if (plugin != null) {
            InputStream in = plugin.getResourceAsStream("static/" + path);
            if (in != null) return in;
        }
        return StaticAssets.class.getClassLoader().getResourceAsStream("static/core/" + path);
    }
}
