package nl.plein.api.event;

import java.time.Instant;

/** Published once, when every plugin is installed and the server accepts requests. */
public record PlatformStarted(Instant at) {
}
