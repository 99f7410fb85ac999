package nl.plein.api;

/** Generates ids: time-ordered (UUIDv7), unique across instances, safe to show in URLs. */
public interface Ids {

    String next();
}
