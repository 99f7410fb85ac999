package nl.plein.benchmarks;

import io.javalin.Javalin;
import org.eclipse.jetty.server.handler.GracefulHandler;

/**
 * The machine's ceiling: the same Javalin and Jetty, configured as Plein's {@code WebServer} configures them, with one
 * route that returns a fixed HTML page of about 1 KB and does nothing else (no session, no database, no template).
 * What wrk gets from it on this machine, in this run, is as fast as any Plein page can be answered here; a page's
 * requests/s divided by it says how much of that Plein keeps.
 * <pre>java -cp benchmarks/target/plein-benchmarks.jar nl.plein.benchmarks.BareJavalin &lt;port&gt;</pre>
 */
public final class BareJavalin {

    static final String PAGE = page();

    private BareJavalin() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Javalin app = Javalin.create(config -> {
            // As in Plein's WebServer.server(...): the same limits and the same graceful-stop wrapper.
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = 1_000_000L;
            config.jetty.multipartConfig.maxFileSize(50, io.javalin.config.SizeUnit.MB);
            config.jetty.multipartConfig.maxTotalRequestSize(60, io.javalin.config.SizeUnit.MB);
            config.router.ignoreTrailingSlashes = true;
            config.jetty.modifyServer(server -> {
                GracefulHandler graceful = new GracefulHandler();
                graceful.setHandler(server.getHandler());
                server.setHandler(graceful);
                server.setStopTimeout(20_000);
                server.setStopAtShutdown(false);
            });
            config.routes.get("/", ctx -> ctx.html(PAGE));
        });
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "bare-javalin-shutdown"));
        app.start("127.0.0.1", port);
    }

    /** A small, fixed page of about 1 KB, shaped like a real one (head, navigation, a paragraph or two). */
    private static String page() {
        StringBuilder html = new StringBuilder("""
                <!doctype html>
                <html lang="nl">
                <head><meta charset="utf-8"><title>Plafond</title>
                <meta name="viewport" content="width=device-width, initial-scale=1"></head>
                <body>
                <header><nav><a href="/">Plein</a> <a href="/webinars">Webinars</a> <a href="/networks">Netwerken</a></nav></header>
                <main>
                <h1>Een vaste pagina</h1>
                """);
        while (html.length() < 980) {
            html.append("<p>Deze pagina meet wat deze machine met Javalin haalt zonder sessie, database of sjabloon.</p>\n");
        }
        return html.append("</main>\n</body>\n</html>\n").toString();
    }
}
