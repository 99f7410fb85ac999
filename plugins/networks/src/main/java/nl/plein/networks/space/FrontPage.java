package nl.plein.networks.space;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.plein.api.Directory;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.networks.Networks;

/**
 * {@code GET /networks/spaces/{space}}: what the visitor may see of a space. Those who may read it get its
 * description, the links to its parts and — members — what changed since their last visit. Of a members-only space
 * an outsider sees only what the list shows anyway (name and description) and a way in: the form to ask to join, or
 * for an anonymous visitor a link to sign in. A guest sees the link to their one meeting. A secret space does not
 * exist for outsiders (404 from the gate). Template {@code networks/space/front}.
 */
final class FrontPage {

    /** A line of "what changed since your last visit", with the link to the part it happened in. */
    record ActivityLine(String kind, String title, String actor, Instant at, String url) {
    }

    /**
     * Activity kinds the list names in words — every kind the parts record; others show as "something changed".
     * A {@code report} is recorded for coordinators only (the query leaves it out for everyone else).
     */
    static final Set<String> KINDS = Set.of("thread", "post", "report", "document", "document-version", "meeting",
            "minutes-approved", "action", "decision", "trajectory", "trajectory-changed", "monitoring-note");

    private final Networks networks;
    private final RecentActivity activity;
    private final JoinRequests joinRequests;

    FrontPage(Networks networks, RecentActivity activity, JoinRequests joinRequests) {
        this.networks = networks;
        this.activity = activity;
        this.joinRequests = joinRequests;
    }

    void show(Context ctx) {
        Standing standing = networks.gate().known(ctx);
        render(ctx, standing, HttpStatus.OK, Map.of("organisation", "", "message", ""), new FieldErrors());
    }

    /** The page, also with the join form as typed and its errors (from {@link JoinPages}). */
    void render(Context ctx, Standing standing, HttpStatus status, Map<String, String> joinForm, FieldErrors errors) {
        Visitor visitor = Visitor.of(ctx);
        Space space = standing.space();
        Directory directory = networks.context().directory();
        Map<String, Object> model = new HashMap<>();
        model.put("space", space);
        model.put("descriptionHtml", networks.markdown().toSafeHtml(space.description()));
        model.put("view", standing.mayRead() ? "reader" : standing.isGuest() ? "guest" : "outside");
        model.put("role", standing.role() == null ? "" : standing.role().code());
        model.put("isMember", standing.isMember());
        model.put("mayCoordinate", standing.mayCoordinate());
        model.put("mayManageMembers", standing.mayManageMembers());
        model.put("guestMeetingId", standing.isGuest() && standing.guestMeetingId() != null
                ? standing.guestMeetingId() : "");
        if (standing.isMember()) {
            Instant since = activity.start(networks.spaces().visited(space.id(), visitor.personId()));
            model.put("since", since);
            model.put("activity", lines(space.id(), activity.since(space.id(), since, standing.isCoordinator())));
        }
        boolean mayAsk = visitor.signedIn() && standing.role() == null && space.visibility() != Visibility.SECRET;
        model.put("mayAsk", mayAsk);
        if (mayAsk) {
            model.put("pending", joinRequests.pendingOf(space.id(), visitor.personId()).isPresent());
            model.put("organisations", directory.organisationsOf(visitor.personId()));
        }
        model.put("joinForm", joinForm);
        model.put("errors", errors.asMap());
        model.put("notice", notice(ctx));
        model.put("next", ctx.path());
        ctx.status(status).render("networks/space/front", model);
    }

    private List<ActivityLine> lines(String spaceId, List<RecentActivity.Item> items) {
        Set<String> actorIds = new LinkedHashSet<>();
        items.forEach(i -> {
            if (i.actorId() != null) actorIds.add(i.actorId());
        });
        Map<String, Directory.PersonInfo> actors = actorIds.isEmpty() ? Map.of()
                : networks.context().directory().people(actorIds);
        return items.stream().map(i -> new ActivityLine(KINDS.contains(i.kind()) ? i.kind() : "other", i.title(),
                i.actorId() != null && actors.containsKey(i.actorId()) ? actors.get(i.actorId()).displayName() : "",
                i.at(), link(spaceId, i))).toList();
    }

    /**
     * Where a line leads. Each part's page checks access itself again; the list only leaves out what the visitor may
     * not see. A post's and a report's subject is its thread (a report leads to the coordinators' list of reports),
     * minutes' subject their meeting, a monitoring note's its trajectory.
     */
    static String link(String spaceId, RecentActivity.Item item) {
        String base = "/networks/spaces/" + spaceId;
        return switch (item.kind()) {
            case "thread", "post" -> base + "/threads/" + item.subjectId();
            case "report" -> base + "/reports";
            case "document", "document-version" -> base + "/documents/" + item.subjectId();
            case "meeting", "minutes-approved" -> base + "/meetings/" + item.subjectId();
            case "action" -> base + "/actions";
            case "decision" -> base + "/decisions";
            case "trajectory", "trajectory-changed" -> base + "/trajectories/" + item.subjectId();
            case "monitoring-note" -> base + "/trajectories/" + item.subjectId() + "#notes";
            default -> base;
        };
    }

    private static String notice(Context ctx) {
        for (String notice : List.of("created", "saved", "requested", "joined")) {
            if ("1".equals(ctx.queryParam(notice))) return notice;
        }
        return "";
    }
}
