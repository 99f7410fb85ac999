package nl.plein.api.hooks;

/**
 * Loads invented demo content. Runs once per installation when demo data is on ({@code PLEIN_DEMO=true}), after
 * all plugins are installed. Never use names of real people.
 */
@FunctionalInterface
public interface DemoData {

    void load() throws Exception;
}
