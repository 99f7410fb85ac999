package nl.plein.networks.discussion;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import nl.plein.api.PluginContext;
import nl.plein.api.Visitor;
import nl.plein.networks.Networks;
import nl.plein.networks.space.Standing;

/**
 * What the discussion pages share: the repositories and mails of this part, the gate, and the few steps every handler
 * takes — the thread and post named in the path (always within the visitor's space, else 404) and the model every
 * page starts from.
 */
final class Discussion {

    private final Networks networks;
    private final Topics topics;
    private final Reports reports;
    private final NotificationSettings settings;
    private final PostMails postMails;
    private final ReportMails reportMails;

    Discussion(Networks networks) {
        this.networks = networks;
        PluginContext context = networks.context();
        this.topics = new Topics(context.jdbi(), context.ids(), context.clock(), networks.searchIndex());
        this.reports = new Reports(context.jdbi(), context.ids(), context.clock());
        this.settings = new NotificationSettings(context.jdbi(), context.clock());
        this.postMails = new PostMails(context, topics);
        this.reportMails = new ReportMails(context, networks.spaces());
    }

    Networks networks() {
        return networks;
    }

    PluginContext context() {
        return networks.context();
    }

    /** Anyone who may read the space (everyone in an open space); else the gate's refusal. */
    Standing reader(Context ctx) {
        return networks.gate().reader(ctx);
    }

    /** A member who takes part; else the gate's refusal. */
    Standing member(Context ctx) {
        return networks.gate().member(ctx);
    }

    /** A coordinator of the space; else the gate's refusal. */
    Standing coordinator(Context ctx) {
        return networks.gate().coordinator(ctx);
    }

    Topics topics() {
        return topics;
    }

    Reports reports() {
        return reports;
    }

    NotificationSettings settings() {
        return settings;
    }

    PostMails postMails() {
        return postMails;
    }

    ReportMails reportMails() {
        return reportMails;
    }

    /** The thread named in the path, in the visitor's space; 404 otherwise. */
    Topic topic(Context ctx, Standing standing) {
        return topics.find(standing.space().id(), ctx.pathParam("thread")).orElseThrow(NotFoundResponse::new);
    }

    /** The post named in the path, in that thread; 404 otherwise. */
    Post post(Context ctx, Topic topic) {
        return topics.post(topic, ctx.pathParam("post")).orElseThrow(NotFoundResponse::new);
    }

    /** A post that is still there: a removed one cannot be edited or reported (404). */
    Post presentPost(Context ctx, Topic topic) {
        Post post = post(ctx, topic);
        if (post.removed()) throw new NotFoundResponse();
        return post;
    }

    static String base(Standing standing) {
        return "/networks/spaces/" + standing.space().id();
    }

    /** Where a post is: its thread's page that shows it, scrolled to it. */
    String postUrl(Standing standing, Post post, String notice) {
        int page = (topics.position(post) - 1) / Topics.POSTS_PER_PAGE + 1;
        return base(standing) + "/threads/" + post.threadId() + "?page=" + page
                + (notice == null ? "" : "&" + notice + "=1") + "#post-" + post.id();
    }

    /** The model every discussion page starts from. */
    Map<String, Object> model(Standing standing, Visitor visitor) {
        Map<String, Object> model = new HashMap<>();
        model.put("space", standing.space());
        model.put("base", base(standing));
        model.put("mayTakePart", standing.mayTakePart());
        model.put("mayCoordinate", standing.mayCoordinate());
        model.put("visitorId", visitor.signedIn() ? visitor.personId() : "");
        return model;
    }

    /** Display names by person id, in one lookup; people who are gone are left out (the page says "someone"). */
    Map<String, String> names(Collection<String> personIds) {
        Map<String, String> names = new HashMap<>();
        context().directory().people(personIds.stream().filter(Objects::nonNull).distinct().toList())
                .forEach((id, person) -> names.put(id, person.displayName()));
        return names;
    }
}
