package nl.plein.networks.trajectory;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.plein.api.Directory;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.api.form.Paging;
import nl.plein.networks.Networks;
import nl.plein.networks.space.Member;
import nl.plein.networks.space.SpaceGate;
import nl.plein.networks.space.SpaceRole;
import nl.plein.networks.space.Standing;

/**
 * The trajectory pages of a programme space: the list with its overview by province, one trajectory with its
 * monitoring notes, and the forms. Who may do what:
 * <ul>
 *   <li>read trajectories: whoever reads the space (anyone, for an open programme);</li>
 *   <li>read monitoring notes and see who the programme officers are: members only — notes are the programme's
 *   working record and people's names belong to the member directory, also in an open space;</li>
 *   <li>create: coordinators; edit and write notes: coordinators and the trajectory's own programme officer while
 *   they are a member of the space.</li>
 * </ul>
 * Only programme spaces have trajectories: in a network the pages do not exist (404).
 */
final class TrajectoryPages {

    private final Networks networks;
    private final Trajectories trajectories;

    TrajectoryPages(Networks networks, Trajectories trajectories) {
        this.networks = networks;
        this.trajectories = trajectories;
    }

    void list(Context ctx) {
        Standing standing = reader(ctx);
        String spaceId = standing.space().id();
        TrajectoryFilter filter = TrajectoryFilter.of(ctx);
        int page = Paging.page(ctx);
        List<Trajectory> rows = trajectories.list(spaceId, filter, page);
        boolean hasNext = rows.size() > Trajectories.PAGE_SIZE;
        if (hasNext) rows = rows.subList(0, Trajectories.PAGE_SIZE);
        ProvinceOverview overview = ProvinceOverview.of(trajectories.counts(spaceId));
        Visitor visitor = Visitor.of(ctx);
        Directory directory = networks.context().directory();
        Map<String, Object> model = new HashMap<>();
        model.put("space", standing.space());
        model.put("trajectories", rows);
        model.put("organisations", organisationNames(directory,
                rows.stream().map(Trajectory::leadOrganisationId).toList()));
        // Who the officers are is the member directory's business: names only for members, also in an open programme.
        model.put("namesPeople", standing.isMember());
        model.put("officers", standing.isMember()
                ? personNames(directory, rows.stream().map(Trajectory::officerId).toList()) : Map.of());
        model.put("filter", filter);
        model.put("page", page);
        model.put("hasNext", hasNext);
        model.put("overview", overview);
        model.put("chart", chart(visitor, standing, overview));
        model.put("provinces", Provinces.ALL);
        model.put("statuses", TrajectoryStatus.CODES);
        model.put("mayCreate", standing.mayCoordinate());
        ctx.render("networks/trajectory/list", model);
    }

    void show(Context ctx) {
        Standing standing = reader(ctx);
        Trajectory trajectory = trajectory(ctx, standing);
        renderShow(ctx, HttpStatus.OK, standing, trajectory, "", new FieldErrors());
    }

    void newForm(Context ctx) {
        Standing standing = coordinator(ctx);
        renderForm(ctx, HttpStatus.OK, standing, null, TrajectoryForm.blank(), new FieldErrors());
    }

    void create(Context ctx) {
        Standing standing = coordinator(ctx);
        Map<String, String> form = TrajectoryForm.typed(ctx);
        FieldErrors errors = new FieldErrors();
        TrajectoryDraft draft = TrajectoryForm.validate(form, choices(standing.space().id()), null, errors);
        if (draft == null) {
            renderForm(ctx, HttpStatus.UNPROCESSABLE_CONTENT, standing, null, form, errors);
            return;
        }
        String spaceId = standing.space().id();
        Trajectory created = trajectories.create(spaceId, draft);
        networks.activity().record(spaceId, "trajectory", created.id(), created.label(), Visitor.of(ctx).personId(),
                false);
        ctx.redirect(url(spaceId) + "/" + created.id(), HttpStatus.SEE_OTHER);
    }

    void editForm(Context ctx) {
        Standing standing = reader(ctx);
        Trajectory trajectory = trajectory(ctx, standing);
        mayEdit(ctx, standing, trajectory);
        renderForm(ctx, HttpStatus.OK, standing, trajectory, TrajectoryForm.of(trajectory), new FieldErrors());
    }

    void update(Context ctx) {
        Standing standing = reader(ctx);
        Trajectory trajectory = trajectory(ctx, standing);
        mayEdit(ctx, standing, trajectory);
        Map<String, String> form = TrajectoryForm.typed(ctx);
        FieldErrors errors = new FieldErrors();
        // The officer keeps their trajectory: only a coordinator assigns it to someone else.
        String fixedOfficer = standing.mayCoordinate() ? null : trajectory.officerId();
        if (fixedOfficer != null) form.put("officer", fixedOfficer);
        TrajectoryDraft draft = TrajectoryForm.validate(form, choices(standing.space().id()), fixedOfficer, errors);
        if (draft == null) {
            renderForm(ctx, HttpStatus.UNPROCESSABLE_CONTENT, standing, trajectory, form, errors);
            return;
        }
        String spaceId = standing.space().id();
        trajectories.update(spaceId, trajectory.id(), draft);
        networks.activity().record(spaceId, "trajectory-changed", trajectory.id(),
                draft.municipality() + ": " + draft.theme(), Visitor.of(ctx).personId(), false);
        ctx.redirect(url(spaceId) + "/" + trajectory.id(), HttpStatus.SEE_OTHER);
    }

    void addNote(Context ctx) {
        Standing standing = reader(ctx);
        Trajectory trajectory = trajectory(ctx, standing);
        mayEdit(ctx, standing, trajectory);
        FieldErrors errors = new FieldErrors();
        String typed = TrajectoryForm.cut(ctx.formParam("body"));
        String body = TrajectoryForm.note(typed, errors);
        if (body == null) {
            renderShow(ctx, HttpStatus.UNPROCESSABLE_CONTENT, standing, trajectory, typed, errors);
            return;
        }
        String spaceId = standing.space().id();
        trajectories.addNote(spaceId, trajectory.id(), Visitor.of(ctx).personId(), body);
        networks.activity().record(spaceId, "monitoring-note", trajectory.id(), trajectory.label(),
                Visitor.of(ctx).personId(), false);
        ctx.redirect(url(spaceId) + "/" + trajectory.id() + "#notes", HttpStatus.SEE_OTHER);
    }

    // ---- rendering

    private void renderShow(Context ctx, HttpStatus status, Standing standing, Trajectory trajectory, String noteTyped,
                            FieldErrors errors) {
        Directory directory = networks.context().directory();
        boolean readsNotes = standing.isMember();
        List<MonitoringNote> notes = readsNotes ? trajectories.notes(standing.space().id(), trajectory.id()) : List.of();
        List<String> people = new ArrayList<>(notes.stream().map(MonitoringNote::authorId).toList());
        people.add(trajectory.officerId());
        Map<String, Object> model = new HashMap<>();
        model.put("space", standing.space());
        model.put("trajectory", trajectory);
        model.put("organisations", organisationNames(directory, List.of(nullSafe(trajectory.leadOrganisationId()))));
        model.put("people", readsNotes ? personNames(directory, people) : Map.of());
        model.put("namesPeople", readsNotes);
        model.put("readsNotes", readsNotes);
        model.put("notes", notes);
        model.put("mayEdit", editor(ctx, standing, trajectory));
        model.put("note", noteTyped);
        model.put("errors", errors.asMap());
        ctx.status(status).render("networks/trajectory/show", model);
    }

    private void renderForm(Context ctx, HttpStatus status, Standing standing, Trajectory trajectory,
                            Map<String, String> form, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("space", standing.space());
        model.put("trajectory", trajectory);
        model.put("form", form);
        model.put("errors", errors.asMap());
        model.put("choices", choices(standing.space().id()));
        model.put("assignsOfficer", standing.mayCoordinate());
        model.put("provinces", Provinces.ALL);
        model.put("statuses", TrajectoryStatus.CODES);
        if (trajectory != null && !standing.mayCoordinate()) {
            model.put("officerName", personNames(networks.context().directory(), List.of(nullSafe(trajectory.officerId())))
                    .getOrDefault(trajectory.officerId(), ""));
        }
        ctx.status(status).render("networks/trajectory/form", model);
    }

    private String chart(Visitor visitor, Standing standing, ProvinceOverview overview) {
        var messages = networks.context().messages();
        List<String> labels = TrajectoryStatus.CODES.stream()
                .map(code -> messages.get(visitor.locale(), "networks.trajectory.status." + code)).toList();
        return ProvinceChart.svg("province-chart",
                messages.get(visitor.locale(), "networks.trajectory.chart.title", standing.space().name()),
                messages.get(visitor.locale(), "networks.trajectory.chart.desc", overview.total().total()),
                overview, labels, messages.get(visitor.locale(), "networks.trajectory.chart.axis"));
    }

    // ---- who may do what

    /** Whoever reads the programme space (404 for a network or a space that does not exist for them). */
    private static Standing programme(Context ctx, Networks networks) {
        Standing standing = networks.gate().known(ctx);
        if (!standing.space().isProgramme()) throw new NotFoundResponse();
        return standing;
    }

    private Standing reader(Context ctx) {
        Standing standing = programme(ctx, networks);
        if (!standing.mayRead()) SpaceGate.refuse(ctx);
        return standing;
    }

    private Standing coordinator(Context ctx) {
        Standing standing = programme(ctx, networks);
        if (!standing.mayCoordinate()) SpaceGate.refuse(ctx);
        return standing;
    }

    private Trajectory trajectory(Context ctx, Standing standing) {
        return trajectories.find(standing.space().id(), ctx.pathParam("trajectory")).orElseThrow(NotFoundResponse::new);
    }

    /** Coordinators, and the trajectory's programme officer as long as they are a member of the space. */
    static boolean editor(Context ctx, Standing standing, Trajectory trajectory) {
        if (standing.mayCoordinate()) return true;
        Visitor visitor = Visitor.of(ctx);
        return standing.isMember() && visitor.signedIn() && visitor.personId().equals(trajectory.officerId());
    }

    private static void mayEdit(Context ctx, Standing standing, Trajectory trajectory) {
        if (!editor(ctx, standing, trajectory)) SpaceGate.refuse(ctx);
    }

    /** The space's member organisations and who may be programme officer, with their names: four statements. */
    private Choices choices(String spaceId) {
        Directory directory = networks.context().directory();
        List<String> organisationIds = networks.spaces().organisations(spaceId);
        Map<String, Directory.OrganisationInfo> organisations = directory.organisations(organisationIds);
        List<Choices.Option> orgs = organisationIds.stream().filter(organisations::containsKey)
                .map(id -> new Choices.Option(id, organisations.get(id).name()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
        List<String> memberIds = networks.spaces().members(spaceId).stream()
                .filter(m -> m.role() != SpaceRole.GUEST).map(Member::personId).toList();
        Map<String, Directory.PersonInfo> people = directory.people(memberIds);
        List<Choices.Option> officers = memberIds.stream().filter(people::containsKey)
                .map(id -> new Choices.Option(id, people.get(id).displayName()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
        return new Choices(orgs, officers);
    }

    private static Map<String, String> organisationNames(Directory directory, Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        wanted.remove(null);
        wanted.remove("");
        Map<String, String> names = new HashMap<>();
        if (!wanted.isEmpty()) directory.organisations(wanted).forEach((id, o) -> names.put(id, o.name()));
        return names;
    }

    private static Map<String, String> personNames(Directory directory, Collection<String> ids) {
        Set<String> wanted = new HashSet<>(ids);
        wanted.remove(null);
        wanted.remove("");
        Map<String, String> names = new HashMap<>();
        if (!wanted.isEmpty()) directory.people(wanted).forEach((id, p) -> names.put(id, p.displayName()));
        return names;
    }

    private static String nullSafe(String value) {
        return value == null ? "" : value;
    }

    static String url(String spaceId) {
        return "/networks/spaces/" + spaceId + "/trajectories";
    }
}
