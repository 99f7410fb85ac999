package nl.plein.networks.meeting;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.networks.Networks;
import nl.plein.networks.space.Member;
import nl.plein.networks.space.SpaceRole;
import nl.plein.networks.space.Standing;

/**
 * The space's action list ({@code networks/meeting/actions.peb}, {@code action-form.peb}): carried across meetings,
 * open ones first by deadline. Coordinators and the chair add and edit actions; the owner or a coordinator marks one
 * done or dropped. Every change plans the owner's reminders anew.
 */
final class ActionPages {

    private final Networks networks;
    private final MeetingParts parts;

    ActionPages(Networks networks, MeetingParts parts) {
        this.networks = networks;
        this.parts = parts;
    }

    /** {@code GET /spaces/{space}/actions?filter=all|mine|open|done}. */
    void list(Context ctx) {
        Standing standing = parts.access().reader(ctx);
        renderList(ctx, HttpStatus.OK, standing, ActionForm.blank(Typed.cut(ctx.queryParam("meeting"))),
                new FieldErrors());
    }

    void create(Context ctx) {
        Standing standing = networks.gate().known(ctx);
        if (!MeetingAccess.keepsRecords(standing)) MeetingAccess.refuse(ctx);
        Typed form = ActionForm.typed(ctx);
        FieldErrors errors = new FieldErrors();
        ActionDraft draft = ActionForm.validate(form, rules(standing, null), errors);
        if (draft == null) {
            renderList(ctx, HttpStatus.UNPROCESSABLE_CONTENT, standing, form, errors);
            return;
        }
        Action action = parts.actions().create(standing.space().id(), draft);
        parts.reminders().schedule(action);
        networks.activity().record(standing.space().id(), "action", action.id(), action.title(),
                Visitor.of(ctx).personId(), false);
        ctx.redirect(path(standing) + "?created=1", HttpStatus.SEE_OTHER);
    }

    void editForm(Context ctx) {
        Standing standing = networks.gate().known(ctx);
        if (!MeetingAccess.keepsRecords(standing)) MeetingAccess.refuse(ctx);
        Action action = action(ctx, standing);
        renderForm(ctx, HttpStatus.OK, standing, action, ActionForm.of(action), new FieldErrors());
    }

    /** Saves the edit; a new deadline or owner gets its own reminders (see {@link ActionReminders}). */
    void update(Context ctx) {
        Standing standing = networks.gate().known(ctx);
        if (!MeetingAccess.keepsRecords(standing)) MeetingAccess.refuse(ctx);
        Action action = action(ctx, standing);
        Typed form = ActionForm.typed(ctx);
        FieldErrors errors = new FieldErrors();
        ActionDraft draft = ActionForm.validate(form, rules(standing, action), errors);
        if (draft == null) {
            renderForm(ctx, HttpStatus.UNPROCESSABLE_CONTENT, standing, action, form, errors);
            return;
        }
        parts.actions().update(action, draft);
        parts.actions().find(standing.space().id(), action.id()).ifPresent(parts.reminders()::schedule);
        ctx.redirect(path(standing) + "?saved=1", HttpStatus.SEE_OTHER);
    }

    /** {@code POST /spaces/{space}/actions/{action}/status} with {@code status=open|done|dropped}. */
    void status(Context ctx) {
        Standing standing = networks.gate().known(ctx);
        if (!standing.mayTakePart()) MeetingAccess.refuse(ctx);
        Action action = action(ctx, standing);
        String me = Visitor.of(ctx).personId();
        if (!standing.mayCoordinate() && !me.equals(action.ownerId())) MeetingAccess.refuse(ctx);
        String status = Typed.cut(ctx.formParam("status"));
        if (!Action.STATUSES.contains(status)) {
            FieldErrors errors = new FieldErrors().add("status", "networks.meeting.error.action-status");
            renderList(ctx, HttpStatus.UNPROCESSABLE_CONTENT, standing, ActionForm.blank(""), errors);
            return;
        }
        parts.actions().setStatus(action, status);
        // Opened again: its reminders are planned again (those that went out already are not sent twice).
        parts.actions().find(standing.space().id(), action.id()).ifPresent(parts.reminders()::schedule);
        ctx.redirect(path(standing) + "?status=" + status, HttpStatus.SEE_OTHER);
    }

    private Action action(Context ctx, Standing standing) {
        return parts.actions().find(standing.space().id(), ctx.pathParam("action")).orElseThrow(NotFoundResponse::new);
    }

    /** Members, chairs and coordinators of the space: the people who can own an action. */
    private List<Member> owners(Standing standing) {
        return networks.spaces().members(standing.space().id()).stream()
                .filter(m -> m.role() != SpaceRole.GUEST).toList();
    }

    private ActionForm.Rules rules(Standing standing, Action existing) {
        Set<String> owners = owners(standing).stream().map(Member::personId).collect(Collectors.toSet());
        Set<String> meetings = parts.meetings().ofSpace(standing.space().id()).stream().map(Meeting::id)
                .collect(Collectors.toSet());
        return new ActionForm.Rules(owners, meetings, Amsterdam.today(networks.context().clock()), existing);
    }

    private void renderList(Context ctx, HttpStatus status, Standing standing, Typed form, FieldErrors errors) {
        Actions.Filter filter = Actions.Filter.of(ctx.queryParam("filter"));
        String me = Visitor.of(ctx).personId();
        // "Mine" needs someone signed in; for anyone else it shows what "all" shows, and says so by its tab.
        if (filter == Actions.Filter.MINE && me == null) filter = Actions.Filter.ALL;
        List<Action> actions = parts.actions().list(standing.space().id(), filter, me);
        Map<String, Object> model = base(standing, form, errors);
        List<String> people = new ArrayList<>(actions.stream().map(Action::ownerId).toList());
        boolean keepsRecords = MeetingAccess.keepsRecords(standing);
        List<Member> owners = keepsRecords ? owners(standing) : List.of();
        owners.forEach(m -> people.add(m.personId()));
        Map<String, String> names = Names.of(networks.context().directory(), people);
        model.put("actions", actions);
        model.put("filter", filter.code());
        model.put("filters", List.of("all", "mine", "open", "done"));
        model.put("signedIn", me != null);
        model.put("names", names);
        model.put("owners", ownerChoices(owners, names));
        model.put("mayAdd", keepsRecords);
        model.put("changeable", actions.stream()
                .filter(a -> standing.mayCoordinate() || (standing.mayTakePart() && a.ownerId() != null
                        && a.ownerId().equals(me)))
                .map(Action::id).collect(Collectors.toSet()));
        java.time.LocalDate today = Amsterdam.today(networks.context().clock());
        model.put("overdue", actions.stream().filter(a -> a.overdue(today)).map(Action::id)
                .collect(Collectors.toSet()));
        model.put("statuses", Action.STATUSES);
        model.put("notice", notice(ctx));
        ctx.status(status).render("networks/meeting/actions", model);
    }

    private void renderForm(Context ctx, HttpStatus status, Standing standing, Action action, Typed form,
                            FieldErrors errors) {
        Map<String, Object> model = base(standing, form, errors);
        List<Member> owners = owners(standing);
        List<String> people = new ArrayList<>(owners.stream().map(Member::personId).toList());
        Map<String, String> names = Names.of(networks.context().directory(), people);
        model.put("action", action);
        model.put("owners", ownerChoices(owners, names));
        ctx.status(status).render("networks/meeting/action-form", model);
    }

    private Map<String, Object> base(Standing standing, Typed form, FieldErrors errors) {
        List<Meeting> meetings = parts.meetings().ofSpace(standing.space().id());
        Map<String, Object> model = new HashMap<>();
        model.put("space", standing.space());
        model.put("meetings", meetings);
        model.put("meetingTitles", meetings.stream().collect(Collectors.toMap(Meeting::id, Meeting::title)));
        model.put("meetingChoices", MeetingPages.choices(meetings));
        model.put("today", Amsterdam.today(networks.context().clock()));
        model.put("form", form.asMap());
        model.put("errors", errors.asMap());
        return model;
    }

    /** Person id to name, by name: the owner's select. */
    private static Map<String, String> ownerChoices(List<Member> owners, Map<String, String> names) {
        Map<String, String> choices = new LinkedHashMap<>();
        owners.stream().map(Member::personId).filter(names::containsKey)
                .sorted((a, b) -> names.get(a).compareToIgnoreCase(names.get(b)))
                .forEach(id -> choices.put(id, names.get(id)));
        return choices;
    }

    private static String notice(Context ctx) {
        if ("1".equals(ctx.queryParam("created"))) return "created";
        if ("1".equals(ctx.queryParam("saved"))) return "saved";
        String status = ctx.queryParam("status");
        return status != null && Action.STATUSES.contains(status) ? "status-" + status : "";
    }

    private static String path(Standing standing) {
        return "/networks/spaces/" + standing.space().id() + "/actions";
    }
}
