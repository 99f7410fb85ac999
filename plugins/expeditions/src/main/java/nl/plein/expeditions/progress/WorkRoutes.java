package nl.plein.expeditions.progress;

import nl.plein.api.Permission;
import nl.plein.api.PluginContext;
import nl.plein.expeditions.expedition.ExpeditionPages;
import nl.plein.expeditions.expedition.ExpeditionRepository;
import nl.plein.expeditions.schedule.ScheduleRepository;

/**
 * The organisations' own work in an expedition: baseline, plan, logbook, homework and measurements under
 * {@code /expeditions/{id}/organisations/{org}/…}, the group space {@code /expeditions/{id}/group}, and the good
 * examples organisations published for everyone, {@code /expeditions/examples}.
 *
 * <p>Every route only asks for a signed-in visitor; who may read or write an organisation's work (its contacts,
 * the leaders, the programme manager) is decided per request by {@link Workplaces}.
 */
public final class WorkRoutes {

    private WorkRoutes() {
    }

    /**
     * The public page of good examples, {@code GET /expeditions/examples}. Called once from the plugin's
     * {@code install} BEFORE the generic {@code "/{id}"} routes: registered after them, "examples" would be taken
     * for an expedition's id.
     */
    public static void registerPublic(PluginContext context) {
        var examples = new ExamplePages(new PublicExamples(context.jdbi()), context.directory());
        context.routes().get("/examples", Permission.PUBLIC, examples::list);
    }

    /** Called once from the plugin's {@code install}, after the expedition and programme features exist. */
    public static void register(PluginContext context, ExpeditionRepository expeditions, ExpeditionPages pages,
                                ScheduleRepository schedule) {
        var places = new Workplaces(pages, expeditions, context.directory());
        var work = new WorkRepository(context.jdbi(), context.clock());
        var logbook = new Logbook(context.jdbi(), context.ids(), context.clock());
        var measured = new MeasurementRepository(context.jdbi(), context.clock());
        var attachments = new Attachments(context.uploads());

        var workPages = new WorkPages(places, work, logbook, measured, schedule, context.clock());
        var logPages = new LogPages(places, logbook, attachments, context.directory(), context.clock());
        var submissionPages = new SubmissionPages(places, work, schedule, attachments, context.clock());
        var measurementPages = new MeasurementPages(places, measured);

        String org = "/{id}/organisations/{org}";
        context.routes()
                .get("/{id}/group", Permission.SIGNED_IN, logPages::group)
                .get(org, Permission.SIGNED_IN, workPages::show)
                .get(org + "/baseline", Permission.SIGNED_IN, workPages::baselineForm)
                .post(org + "/baseline", Permission.SIGNED_IN, workPages::saveBaseline)
                .get(org + "/plan", Permission.SIGNED_IN, workPages::planForm)
                .post(org + "/plan", Permission.SIGNED_IN, workPages::savePlan)
                .get(org + "/log", Permission.SIGNED_IN, logPages::list)
                .post(org + "/log", Permission.SIGNED_IN, logPages::add)
                .get(org + "/log/{entry}/attachment", Permission.SIGNED_IN, logPages::attachment)
                .post(org + "/log/{entry}/withdraw", Permission.SIGNED_IN, logPages::withdrawExample)
                .get(org + "/assignments/{assignment}", Permission.SIGNED_IN, submissionPages::show)
                .post(org + "/assignments/{assignment}", Permission.SIGNED_IN, submissionPages::submit)
                .get(org + "/assignments/{assignment}/attachment", Permission.SIGNED_IN, submissionPages::attachment)
                .get(org + "/measurements", Permission.SIGNED_IN, measurementPages::show)
                .post(org + "/measurements", Permission.SIGNED_IN, measurementPages::record);
    }
}
