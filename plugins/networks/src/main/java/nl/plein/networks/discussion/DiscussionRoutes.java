package nl.plein.networks.discussion;

import nl.plein.api.Permission;
import nl.plein.api.PluginContext;
import nl.plein.api.event.PlatformStarted;
import nl.plein.networks.Networks;

/**
 * Discussions in a space: threads with replies in sanitised Markdown, announcements pinned by coordinators,
 * following, editing and removing posts, reports to the coordinators, and mail of new posts (immediately, or in a
 * daily digest). Every route is public: its handler asks the space's gate first ({@link
 * nl.plein.networks.space.SpaceGate}) — readers see threads (anyone in an open space), members write, coordinators
 * pin and handle reports — and looks up threads and posts within that space only.
 */
public final class DiscussionRoutes {

    private static final String SPACE = "/spaces/{space}";
    private static final String THREAD = SPACE + "/threads/{thread}";
    private static final String POST = THREAD + "/posts/{post}";

    private DiscussionRoutes() {
    }

    public static void register(Networks networks) {
        PluginContext context = networks.context();
        Discussion discussion = new Discussion(networks);
        TopicListPages list = new TopicListPages(discussion);
        TopicPages topic = new TopicPages(discussion);
        PostPages post = new PostPages(discussion);
        ReportPages reports = new ReportPages(discussion);
        NotificationPages notifications = new NotificationPages(discussion);
        context.routes()
                .get(SPACE + "/threads", Permission.PUBLIC, list::list)
                .post(SPACE + "/threads", Permission.PUBLIC, list::create)
                .get(SPACE + "/threads/new", Permission.PUBLIC, list::newForm)
                .get(THREAD, Permission.PUBLIC, topic::show)
                .post(THREAD + "/posts", Permission.PUBLIC, topic::reply)
                .post(THREAD + "/pin", Permission.PUBLIC, topic::pin)
                .post(THREAD + "/unpin", Permission.PUBLIC, topic::unpin)
                .post(THREAD + "/follow", Permission.PUBLIC, topic::follow)
                .post(THREAD + "/unfollow", Permission.PUBLIC, topic::unfollow)
                .get(POST + "/edit", Permission.PUBLIC, post::editForm)
                .post(POST + "/edit", Permission.PUBLIC, post::edit)
                .post(POST + "/delete", Permission.PUBLIC, post::delete)
                .get(POST + "/report", Permission.PUBLIC, reports::form)
                .post(POST + "/report", Permission.PUBLIC, reports::report)
                .get(SPACE + "/reports", Permission.PUBLIC, reports::list)
                .post(SPACE + "/reports/{report}/handled", Permission.PUBLIC, reports::handled)
                .get(SPACE + "/notifications", Permission.PUBLIC, notifications::show)
                .post(SPACE + "/notifications", Permission.PUBLIC, notifications::save);

        context.jobs().handle(PostMails.KIND, discussion.postMails()::run);
        Digest digest = new Digest(networks);
        context.jobs().handle(Digest.KIND, digest::run);
        context.events().subscribe(PlatformStarted.class, started -> digest.planNext(context.clock().instant()));
    }
}
