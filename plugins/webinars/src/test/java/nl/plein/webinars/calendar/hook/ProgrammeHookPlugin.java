package nl.plein.webinars.calendar.hook;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import nl.plein.api.PleinPlugin;
import nl.plein.api.PluginContext;
import nl.plein.core.testing.PluginJar;
import nl.plein.webinars.SessionAccess;
import nl.plein.webinars.WebinarPermissions;
import nl.plein.webinars.Webinars;
import nl.plein.webinars.WebinarsPlugin;
import nl.plein.webinars.calendar.CalendarRoutes;
import nl.plein.webinars.programme.ProgrammeRepository;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.programme.SessionDraft;
import nl.plein.webinars.programme.SessionListener;
import nl.plein.webinars.programme.Speaker;
import nl.plein.webinars.registration.Registrations;
import org.pf4j.Extension;

/**
 * The webinars plugin exactly as it ships, plus three organiser routes that stand in for the programme's forms
 * (built in another part of the plugin): they change a session through {@link ProgrammeRepository} and then tell
 * the calendar's {@link SessionListener}, as those forms will. Packed as a plugin jar with id {@code webinars}, so
 * the listener works with the real platform context: its jobs, mail and clock.
 */
@Extension
public class ProgrammeHookPlugin implements PleinPlugin {

    private static Path pluginsDir;

    /** A plugins directory holding this plugin as {@code webinars.jar}; the plugin's own classes come from the module. */
    public static synchronized Path pluginsDir() {
        if (pluginsDir == null) {
            try {
                pluginsDir = Files.createTempDirectory("webinars-hook");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            PluginJar.of("webinars", ProgrammeHookPlugin.class).writeTo(pluginsDir);
        }
        return pluginsDir;
    }

    @Override
    public void install(PluginContext context) {
        new WebinarsPlugin().install(context);
        ProgrammeRepository programme = new ProgrammeRepository(context.jdbi(), context.ids(), context.clock());
        SessionListener listener = CalendarRoutes.sessionListener(new Webinars(context, programme,
                new Registrations(context.jdbi(), context.ids(), context.clock()), new SessionAccess()));
        context.routes()
                .post("/test-hook/sessions/{session}/created", WebinarPermissions.ORGANISE,
                        ctx -> listener.saved(session(programme, ctx), null))
                .post("/test-hook/sessions/{session}/move", WebinarPermissions.ORGANISE, ctx -> {
                    Session before = session(programme, ctx);
                    Instant start = Instant.parse(ctx.formParam("startsAt"));
                    Duration length = Duration.between(before.startsAt(), before.endsAt());
                    var change = programme.updateSession(before.id(), new SessionDraft(before.title(),
                            before.summary(), start, start.plus(length), before.joinUrl(), before.capacity(),
                            before.language(), before.accessibility(), before.status(), before.hostPersonId(),
                            before.topics(), before.speakers().stream().map(Speaker::id).toList()));
                    listener.saved(session(programme, ctx), change);
                })
                .post("/test-hook/sessions/{session}/cancel", WebinarPermissions.ORGANISE, ctx -> {
                    programme.cancelSession(ctx.pathParam("session"));
                    listener.cancelled(session(programme, ctx));
                });
    }

    private static Session session(ProgrammeRepository programme, Context ctx) {
        return programme.session(ctx.pathParam("session")).orElseThrow(NotFoundResponse::new);
    }
}
