package nl.plein.expeditions.expedition;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.plein.api.Directory;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.expeditions.ExpeditionPermissions;
import nl.plein.expeditions.participation.Participants;
import nl.plein.expeditions.schedule.ScheduleRepository;

/**
 * {@code /expeditions} (overview), {@code /expeditions/new}, {@code /expeditions/{id}} (the expedition as this
 * visitor may see it) and {@code /expeditions/{id}/edit}. Templates: {@code templates/expeditions/…}.
 */
public final class ExpeditionPages {

    private final ExpeditionRepository expeditions;
    private final ExpeditionAccess access;
    private final ScheduleRepository schedule;
    private final Participants participants;
    private final Directory directory;

    public ExpeditionPages(ExpeditionRepository expeditions, ExpeditionAccess access, ScheduleRepository schedule,
                           Participants participants, Directory directory) {
        this.expeditions = expeditions;
        this.access = access;
        this.schedule = schedule;
        this.participants = participants;
        this.directory = directory;
    }

    public void overview(Context ctx) {
        Visitor visitor = Visitor.of(ctx);
        int page = nl.plein.api.form.Paging.page(ctx);
        List<Expedition> published = expeditions.published(page);
        Map<String, Object> model = new HashMap<>();
        model.put("published", published.stream().limit(ExpeditionRepository.PAGE_SIZE).toList());
        model.put("page", page);
        model.put("hasNext", published.size() > ExpeditionRepository.PAGE_SIZE);
        model.put("mayLead", visitor.may(ExpeditionPermissions.LEAD));
        model.put("mayManageProgramme", visitor.may(ExpeditionPermissions.MANAGE_PROGRAMME));
        model.put("mayObserve", visitor.may(ExpeditionPermissions.OBSERVE));
        model.put("led", visitor.signedIn() ? expeditions.ledBy(visitor.personId()) : List.of());
        model.put("joined", visitor.signedIn() ? expeditions.joinedBy(directory.organisationsOf(visitor.personId())
                .stream().map(Directory.OrganisationInfo::id).toList()) : List.of());
        ctx.render("expeditions/overview", model);
    }

    public void newForm(Context ctx) {
        renderForm(ctx, HttpStatus.OK, null, Map.of("title", "", "region", "", "province", "", "focus", "",
                "format", "", "startsOn", "", "endsOn", "", "published", ""), new FieldErrors());
    }

    public void create(Context ctx) {
        Map<String, String> typed = ExpeditionForm.typed(ctx);
        FieldErrors errors = new FieldErrors();
        ExpeditionForm form = ExpeditionForm.validate(typed, errors);
        if (form == null) {
            renderForm(ctx, HttpStatus.UNPROCESSABLE_CONTENT, null, typed, errors);
            return;
        }
        Expedition created = expeditions.create(form, Visitor.of(ctx).personId());
        ctx.redirect("/expeditions/" + created.id(), HttpStatus.SEE_OTHER);
    }

    public void show(Context ctx) {
        ExpeditionAccess.Standing standing = standing(ctx);
        if (!standing.maySeePublicly()) throw new NotFoundResponse();
        ctx.render("expeditions/show", showModel(standing, Map.of()));
    }

    /** The expedition page's model; {@code extra} carries a form's errors and typed values when one was refused. */
    public Map<String, Object> showModel(ExpeditionAccess.Standing standing, Map<String, Object> extra) {
        Expedition expedition = standing.expedition();
        Map<String, Object> model = new HashMap<>();
        model.put("expedition", expedition);
        model.put("standing", standing);
        if (standing.maySeeInside()) {
            model.put("meetings", schedule.meetings(expedition.id()));
            model.put("presentCounts", schedule.presentCounts(expedition.id()));
            model.put("assignments", schedule.assignments(expedition.id()));
            List<String> ids = participants.organisations(expedition.id());
            Map<String, Directory.OrganisationInfo> names = directory.organisations(ids);
            model.put("participants", ids.stream().filter(names::containsKey).map(names::get).toList());
        }
        if (standing.mayManage()) model.put("invited", participants.invitedAddresses(expedition.id()));
        model.put("meetingKinds", Arrays.stream(nl.plein.expeditions.schedule.MeetingKind.values())
                .map(nl.plein.expeditions.schedule.MeetingKind::code).toList());
        model.put("errors", Map.of());
        model.put("form", Map.of());
        model.put("formName", "");
        model.putAll(extra);
        return model;
    }

    public void editForm(Context ctx) {
        ExpeditionAccess.Standing standing = requireLeader(ctx);
        renderForm(ctx, HttpStatus.OK, standing.expedition(), ExpeditionForm.of(standing.expedition()), new FieldErrors());
    }

    public void update(Context ctx) {
        ExpeditionAccess.Standing standing = requireLeader(ctx);
        Map<String, String> typed = ExpeditionForm.typed(ctx);
        FieldErrors errors = new FieldErrors();
        ExpeditionForm form = ExpeditionForm.validate(typed, errors);
        if (form == null) {
            renderForm(ctx, HttpStatus.UNPROCESSABLE_CONTENT, standing.expedition(), typed, errors);
            return;
        }
        expeditions.update(standing.expedition().id(), form);
        ctx.redirect("/expeditions/" + standing.expedition().id(), HttpStatus.SEE_OTHER);
    }

    /** The visitor's standing in the expedition of the path; 404 when it does not exist. */
    public ExpeditionAccess.Standing standing(Context ctx) {
        Expedition expedition = expeditions.find(ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        return access.of(expedition, Visitor.of(ctx));
    }

    /** Only the expedition's own leaders manage it; to anyone else who cannot see inside it does not exist. */
    public ExpeditionAccess.Standing requireLeader(Context ctx) {
        ExpeditionAccess.Standing standing = standing(ctx);
        if (!standing.maySeePublicly()) throw new NotFoundResponse();
        if (!standing.mayManage()) throw new ForbiddenResponse();
        return standing;
    }

    private void renderForm(Context ctx, HttpStatus status, Expedition expedition, Map<String, String> form,
                            FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("expedition", expedition);
        model.put("form", form);
        model.put("errors", errors.asMap());
        model.put("provinces", ExpeditionForm.PROVINCES);
        model.put("targetGroups", Arrays.stream(TargetGroup.values()).map(TargetGroup::code).toList());
        model.put("formats", Arrays.stream(Format.values()).map(Format::code).toList());
        ctx.status(status).render("expeditions/form", model);
    }

}
