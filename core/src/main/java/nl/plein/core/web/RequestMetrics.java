package nl.plein.core.web;

import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * Counts requests and their latency per route pattern ({@code /webinars/{id}}, not the concrete path, so the number
 * of series stays bounded), method and status.
 */
public final class RequestMetrics {

    private static final String STARTED = "plein.started";
    private final MeterRegistry registry;

    public RequestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void before(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
    }

    public void after(Context ctx) {
        Long started = ctx.attribute(STARTED);
        if (started == null) return;
        var matched = ctx.endpoints().matchedHttpEndpoint();
        String route = matched == null ? "unmatched" : matched.path;
        Timer.builder("http.server.requests")
                .tag("method", ctx.method().name())
                .tag("route", route)
                .tag("status", Integer.toString(ctx.statusCode()))
                .publishPercentileHistogram(false)
                .register(registry)
                .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
    }
}
