package nl.plein.core.plugin;

/** Where a plugin stands, as shown in {@code /health} and on the administrators' plugins page. */
public enum PluginState {
    /** Installed: its routes are served. */
    STARTED,
    /** Found and valid, but its start, migration or install failed; nothing of it is served. */
    FAILED,
    /** Not started because it cannot run here (missing dependency, wrong platform version, bad id). */
    REFUSED,
    /** Switched off by the operator ({@code disabled.txt} in the plugins directory). */
    DISABLED
}
