package nl.plein.testplugins.greeter;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.plein.api.HomeBlock;
import nl.plein.api.NavigationEntry;
import nl.plein.api.Permission;
import nl.plein.api.PleinPlugin;
import nl.plein.api.PluginContext;
import nl.plein.api.Role;
import nl.plein.api.event.PlatformStarted;
import nl.plein.api.hooks.DashboardWidget;
import nl.plein.api.hooks.PersonalDataProvider;
import nl.plein.api.hooks.SearchProvider;
import org.pf4j.Extension;

/** A small but complete test plugin: a page, a table, messages, a role, a job and every hook. */
@Extension
public class GreeterPlugin implements PleinPlugin {

    public static final Permission READ_SECRET = new Permission("greeter.read-secret");

    @Override
    public void install(PluginContext context) {
        var jdbi = context.jdbi();
        context.routes()
                .get("/", Permission.PUBLIC, ctx -> {
                    int visits = jdbi.withHandle(h -> {
                        h.createUpdate("INSERT INTO greeter_visits (id, at) VALUES (:id, :at)")
                                .bind("id", context.ids().next()).bind("at", context.clock().instant()).execute();
                        return h.createQuery("SELECT COUNT(*) FROM greeter_visits").mapTo(Integer.class).one();
                    });
                    ctx.render("greeter/hello", Map.of("visits", visits));
                })
                .get("/boom", Permission.PUBLIC, ctx -> {
                    throw new IllegalStateException("the greeter fell over");
                })
                .get("/elsewhere", Permission.PUBLIC, ctx -> {
                    // A handler deep in a call chain decides the visitor belongs elsewhere and stops there.
                    ctx.redirect("/greeter/", io.javalin.http.HttpStatus.SEE_OTHER);
                    throw new io.javalin.http.RedirectResponse(io.javalin.http.HttpStatus.SEE_OTHER);
                })
                .get("/secret", READ_SECRET, ctx -> ctx.result("the secret"))
                .get("/slow", Permission.PUBLIC, ctx -> {
                    // Stands in for a slow page: marks that it started, then takes a while.
                    jdbi.useHandle(h -> h.createUpdate("INSERT INTO greeter_visits (id, at) VALUES ('slow', 0)").execute());
                    Thread.sleep(1500);
                    ctx.result("finished");
                })
                .post("/echo", Permission.SIGNED_IN, ctx -> ctx.result("echo " + ctx.formParam("word")));

        context.role(new Role("greeter.keeper", Set.of(READ_SECRET)));
        context.navigation(new NavigationEntry("greeter.nav", "/greeter", Permission.PUBLIC, 10));
        context.homeBlock(new HomeBlock("greeter/block", Permission.PUBLIC, 10,
                visitor -> Map.of("who", visitor.signedIn() ? visitor.displayName() : "guest")));
        context.homeBlock(new HomeBlock("greeter/broken-block", Permission.PUBLIC, 11, visitor -> {
            throw new IllegalStateException("a block whose data cannot be read");
        }));
        context.search(query -> List.of(new SearchProvider.SearchHit("Greeting for " + query.text(), "hello", "/greeter")));
        context.widget(visitor -> Optional.of(new DashboardWidget.Widget("greeter/widget",
                Map.of("name", visitor.displayName()))));
        context.personalData(new PersonalDataProvider() {
            @Override
            public Object export(String personId) {
                return Map.of("greetedPerson", personId);
            }

            @Override
            public void erase(String personId) {
            }
        });
        context.events().subscribe(PlatformStarted.class, started -> jdbi.useHandle(h -> h.createUpdate(
                        "INSERT INTO greeter_events (id, at) VALUES (:id, :at) ON CONFLICT (id) DO UPDATE SET at = excluded.at")
                .bind("id", "platform-started").bind("at", started.at()).execute()));
        context.jobs().handle("greet", job -> jdbi.useHandle(h -> h.createUpdate(
                        "INSERT INTO greeter_visits (id, at) VALUES (:id, :at)")
                .bind("id", "job-" + job.key()).bind("at", context.clock().instant()).execute()));
    }
}
