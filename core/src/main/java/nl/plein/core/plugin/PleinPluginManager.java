package nl.plein.core.plugin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.pf4j.BasePluginLoader;
import org.pf4j.CompoundPluginDescriptorFinder;
import org.pf4j.CompoundPluginLoader;
import org.pf4j.CompoundPluginRepository;
import org.pf4j.DefaultPluginFactory;
import org.pf4j.DefaultPluginManager;
import org.pf4j.DependencyResolver;
import org.pf4j.JarPluginLoader;
import org.pf4j.JarPluginRepository;
import org.pf4j.ManifestPluginDescriptorFinder;
import org.pf4j.Plugin;
import org.pf4j.PluginClasspath;
import org.pf4j.PluginDescriptorFinder;
import org.pf4j.PluginFactory;
import org.pf4j.PluginLoader;
import org.pf4j.PluginRepository;
import org.pf4j.PluginWrapper;
import org.pf4j.PropertiesPluginDescriptorFinder;

/**
 * PF4J, set up for Plein. Plugins come from two places in the plugins directory:
 * <ul>
 *   <li>plugin archives ({@code plugins/*.jar}) — what self-hosters install;</li>
 *   <li>plugin projects of the Maven reactor ({@code plugins/<name>/target/classes}) — what developers and a
 *       fresh checkout run, without copying anything after {@code mvn package}.</li>
 * </ul>
 * A plugin whose dependencies are missing is left out with a reason instead of stopping the whole platform.
 */
public final class PleinPluginManager extends DefaultPluginManager {

    private Map<String, String> refusals;

    public PleinPluginManager(Path pluginsDir, String platformVersion) {
        super(pluginsDir);
        setSystemVersion(platformVersion);
        setResolveRecoveryStrategy(ResolveRecoveryStrategy.IGNORE_PLUGIN_AND_CONTINUE);
    }

    /** Plugins PF4J left out before starting them, with the reason, by plugin id. */
    public Map<String, String> refusals() {
        return refusals == null ? Map.of() : Map.copyOf(refusals);
    }

    @Override
    protected PluginRepository createPluginRepository() {
        return new CompoundPluginRepository()
                .add(new JarPluginRepository(getPluginsRoots()))
                .add(new ReactorPluginRepository(getPluginsRoots()));
    }

    @Override
    protected PluginLoader createPluginLoader() {
        PluginClasspath reactorClasspath = new PluginClasspath().addClassesDirectories(".").addJarsDirectories("../lib");
        return new CompoundPluginLoader()
                .add(new JarPluginLoader(this))
                .add(new BasePluginLoader(this, reactorClasspath));
    }

    @Override
    protected PluginDescriptorFinder createPluginDescriptorFinder() {
        return new CompoundPluginDescriptorFinder()
                .add(new PropertiesPluginDescriptorFinder())
                .add(new ManifestPluginDescriptorFinder());
    }

    /** Plein plugins need no PF4J {@code Plugin} class; everything happens in their {@code PleinPlugin} extension. */
    @Override
    protected PluginFactory createPluginFactory() {
        DefaultPluginFactory classBased = new DefaultPluginFactory();
        return wrapper -> {
            String pluginClass = wrapper.getDescriptor().getPluginClass();
            return pluginClass == null || pluginClass.isBlank() ? new Plugin() { } : classBased.create(wrapper);
        };
    }

    @Override
    protected DependencyResolver.Result resolveDependencies() {
        if (refusals == null) refusals = new LinkedHashMap<>();
        List<org.pf4j.PluginDescriptor> descriptors = getPlugins().stream().map(PluginWrapper::getDescriptor).toList();
        DependencyResolver.Result result = dependencyResolver.resolve(descriptors);
        for (String missing : result.getNotFoundDependencies()) {
            for (String dependent : dependencyResolver.getDependents(missing)) {
                refusals.putIfAbsent(dependent, "needs plugin '" + missing + "', which is not installed");
            }
        }
        for (DependencyResolver.WrongDependencyVersion wrong : result.getWrongVersionDependencies()) {
            refusals.putIfAbsent(wrong.getDependentId(), "needs plugin '" + wrong.getDependencyId() + "' "
                    + wrong.getRequiredVersion() + ", but " + wrong.getExistingVersion() + " is installed");
        }
        return super.resolveDependencies();
    }

    /** Finds {@code <pluginsDir>/<project>/target/classes} folders that hold a built plugin. */
    private static final class ReactorPluginRepository implements PluginRepository {
        private final List<Path> roots;

        ReactorPluginRepository(List<Path> roots) {
            this.roots = roots;
        }

        @Override
        public List<Path> getPluginPaths() {
            List<Path> paths = new ArrayList<>();
            for (Path root : roots) {
                if (!Files.isDirectory(root)) continue;
                try (Stream<Path> projects = Files.list(root)) {
                    projects.map(project -> project.resolve("target").resolve("classes"))
                            .filter(classes -> Files.isRegularFile(classes.resolve("plugin.properties")))
                            .sorted()
                            .forEach(paths::add);
                } catch (IOException e) {
                    throw new IllegalStateException("cannot list plugins in " + root, e);
                }
            }
            return paths;
        }

        @Override
        public boolean deletePluginPath(Path pluginPath) {
            return false;
        }
    }
}
