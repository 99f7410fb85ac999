package nl.plein.core.view;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a template along the theme chain: the active theme's folder first, then the plugin the name starts with,
 * then core. So {@code webinars/session} is {@code themes/<active>/templates/webinars/session.peb} if the theme has
 * it, else {@code templates/webinars/session.peb} inside the webinars plugin; {@code layout} is the theme's
 * {@code layout.peb}, else core's {@code templates/core/layout.peb}. A theme thus overrides any page of any plugin
 * without touching the plugin.
 */
final class ThemeChainLoader implements Loader<String> {

    private static final String SUFFIX = ".peb";

    private final Path themeTemplates;
    private final Map<String, ClassLoader> pluginLoaders;
    private final ClassLoader coreLoader = ThemeChainLoader.class.getClassLoader();

    ThemeChainLoader(Path themeTemplates, Map<String, ClassLoader> pluginLoaders) {
        this.themeTemplates = themeTemplates.toAbsolutePath().normalize();
        this.pluginLoaders = pluginLoaders;
    }

    @Override
    public Reader getReader(String name) {
        return open(name).orElseThrow(() -> new LoaderException(null, "template not found: " + name));
    }

    @Override
    public boolean resourceExists(String name) {
        Optional<Reader> reader = open(name);
        reader.ifPresent(r -> {
            try {
                r.close();
            } catch (IOException ignored) {
                // only probing
            }
        });
        return reader.isPresent();
    }

    private Optional<Reader> open(String name) {
        if (!isSafe(name)) return Optional.empty();
        Path themed = themeTemplates.resolve(name + SUFFIX).normalize();
        if (themed.startsWith(themeTemplates) && Files.isRegularFile(themed)) {
            try {
                return Optional.of(Files.newBufferedReader(themed, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new LoaderException(e, "cannot read " + themed);
            }
        }
        int slash = name.indexOf('/');
        ClassLoader plugin = slash > 0 ? pluginLoaders.get(name.substring(0, slash)) : null;
        if (plugin != null) {
            InputStream in = plugin.getResourceAsStream("templates/" + name + SUFFIX);
            if (in != null) return Optional.of(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        InputStream core = coreLoader.getResourceAsStream("templates/core/" + name + SUFFIX);
        return core == null ? Optional.empty() : Optional.of(new InputStreamReader(core, StandardCharsets.UTF_8));
    }

    /** Template names come from code, but a name built from input must never climb out of its folder. */
    private static boolean isSafe(String name) {
        return name != null && !name.isEmpty() && !name.contains("..") && !name.startsWith("/")
                && !name.contains("\\") && name.matches("[A-Za-z0-9_/.-]+");
    }

    @Override
    public void setCharset(String charset) {
        // always UTF-8
    }

    @Override
    public void setPrefix(String prefix) {
        // the chain decides
    }

    @Override
    public void setSuffix(String suffix) {
        // always .peb
    }

    @Override
    public String resolveRelativePath(String relativePath, String anchorPath) {
        return null;
    }

    @Override
    public String createCacheKey(String templateName) {
        return templateName;
    }
}
