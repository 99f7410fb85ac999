package nl.plein.core.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** Unpacks the themes that travel on the test class path (in core's test-jar) into a temporary folder. */
final class ThemeCopy {

    private ThemeCopy() {
    }

    static Path unpack(String resourceFolder) {
        URL url = ThemeCopy.class.getClassLoader().getResource(resourceFolder);
        if (url == null) throw new IllegalStateException("no themes on the class path under " + resourceFolder);
        try {
            if ("file".equals(url.getProtocol())) return Path.of(url.toURI());
            Path target = Files.createTempDirectory("plein-themes");
            JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile();
            for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                if (entry.isDirectory() || !entry.getName().startsWith(resourceFolder + "/")) continue;
                Path file = target.resolve(entry.getName().substring(resourceFolder.length() + 1)).normalize();
                if (!file.startsWith(target)) continue;
                Files.createDirectories(file.getParent());
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
