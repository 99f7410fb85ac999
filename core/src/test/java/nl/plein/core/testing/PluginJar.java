package nl.plein.core.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds a real plugin archive for a test, the way a plugin's build would: the classes of one test package, a
 * {@code plugin.properties}, the PF4J extension index, and resources given inline.
 *
 * <pre>{@code
 * PluginJar.of("greeter", GreeterPlugin.class)
 *     .resource("templates/greeter/hello.peb", "...")
 *     .writeTo(pluginsDir);
 * }</pre>
 */
public final class PluginJar {

    private final String id;
    private final Class<?> extension;
    private String version = "1.0.0";
    private String requires = "";
    private String dependencies = "";
    private final Map<String, byte[]> resources = new LinkedHashMap<>();

    private PluginJar(String id, Class<?> extension) {
        this.id = id;
        this.extension = extension;
    }

    /** A plugin with this id whose classes are the extension's package (and sub-packages). */
    public static PluginJar of(String id, Class<?> extension) {
        return new PluginJar(id, extension);
    }

    public PluginJar version(String value) {
        this.version = value;
        return this;
    }

    public PluginJar requires(String value) {
        this.requires = value;
        return this;
    }

    public PluginJar dependsOn(String value) {
        this.dependencies = value;
        return this;
    }

    public PluginJar resource(String path, String content) {
        resources.put(path, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public Path writeTo(Path pluginsDir) {
        try {
            Files.createDirectories(pluginsDir);
            Path jar = pluginsDir.resolve(id + ".jar");
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(jar))) {
                put(out, "plugin.properties", ("plugin.id=" + id + "\nplugin.version=" + version
                        + "\nplugin.requires=" + requires + "\nplugin.dependencies=" + dependencies
                        + "\nplugin.description=test plugin " + id + "\n").getBytes(StandardCharsets.UTF_8));
                put(out, "META-INF/extensions.idx", (extension.getName() + "\n").getBytes(StandardCharsets.UTF_8));
                for (Path classFile : classFiles()) {
                    put(out, classesRoot().relativize(classFile).toString().replace('\\', '/'), Files.readAllBytes(classFile));
                }
                for (Map.Entry<String, byte[]> resource : resources.entrySet()) put(out, resource.getKey(), resource.getValue());
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path classesRoot() {
        try {
            return Path.of(extension.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Path> classFiles() throws IOException {
        Path packageDir = classesRoot().resolve(extension.getPackageName().replace('.', '/'));
        try (Stream<Path> files = Files.walk(packageDir)) {
            return new ArrayList<>(files.filter(f -> f.toString().endsWith(".class")).toList());
        }
    }

    private static void put(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        OutputStream stream = out;
        stream.write(bytes);
        out.closeEntry();
    }
}
