package nl.plein.networks.meeting;

import nl.plein.api.Permission;
import nl.plein.api.event.PlatformStarted;
import nl.plein.networks.Networks;

/**
 * Meetings, their agenda, answers, attendance, guests and minutes; the space's action list and decision log; and each
 * person's calendar feed of the meetings of their spaces. Space routes are {@link Permission#PUBLIC}: the space's
 * gate decides (open spaces are read without an account); the feed's page needs an account, the feed itself only its
 * secret token.
 */
public final class MeetingRoutes {

    private MeetingRoutes() {
    }

    public static void register(Networks networks) {
        var context = networks.context();
        MeetingParts parts = MeetingParts.of(networks);
        MeetingPage page = new MeetingPage(networks, parts);
        var meetings = new MeetingPages(networks, parts, page);
        var agenda = new AgendaPages(parts, page);
        var rsvps = new RsvpPages(networks, parts, page);
        var guests = new GuestPages(parts, page);
        var minutes = new MinutesPages(networks, parts);
        var actions = new ActionPages(networks, parts);
        var decisions = new DecisionPages(networks, parts);
        var calendar = new CalendarPages(networks, parts.access(), parts.calendar(),
                new FeedTokens(context.jdbi(), context.clock()), new FeedMeetings(context.jdbi(), context.clock()));

        String meeting = "/spaces/{space}/meetings/{meeting}";
        context.routes()
                .get("/spaces/{space}/meetings", Permission.PUBLIC, meetings::calendar)
                .post("/spaces/{space}/meetings", Permission.PUBLIC, meetings::create)
                .get("/spaces/{space}/meetings/new", Permission.PUBLIC, meetings::newForm)
                .get(meeting, Permission.PUBLIC, meetings::show)
                .get(meeting + "/edit", Permission.PUBLIC, meetings::editForm)
                .post(meeting + "/edit", Permission.PUBLIC, meetings::update)
                .post(meeting + "/cancel", Permission.PUBLIC, meetings::cancel)
                .get(meeting + "/calendar.ics", Permission.PUBLIC, calendar::meetingFile)
                .post(meeting + "/agenda", Permission.PUBLIC, agenda::propose)
                .post(meeting + "/agenda/{item}/status", Permission.PUBLIC, agenda::decide)
                .post(meeting + "/agenda/{item}/move", Permission.PUBLIC, agenda::move)
                .post(meeting + "/rsvp", Permission.PUBLIC, rsvps::answer)
                .post(meeting + "/attendance", Permission.PUBLIC, rsvps::attendance)
                .post(meeting + "/guests", Permission.PUBLIC, guests::invite)
                .get(meeting + "/minutes", Permission.PUBLIC, minutes::show)
                .post(meeting + "/minutes", Permission.PUBLIC, minutes::save)
                .post(meeting + "/minutes/comments", Permission.PUBLIC, minutes::comment)
                .post(meeting + "/minutes/approve", Permission.PUBLIC, minutes::approve)
                .get("/spaces/{space}/actions", Permission.PUBLIC, actions::list)
                .post("/spaces/{space}/actions", Permission.PUBLIC, actions::create)
                .get("/spaces/{space}/actions/{action}/edit", Permission.PUBLIC, actions::editForm)
                .post("/spaces/{space}/actions/{action}/edit", Permission.PUBLIC, actions::update)
                .post("/spaces/{space}/actions/{action}/status", Permission.PUBLIC, actions::status)
                .get("/spaces/{space}/decisions", Permission.PUBLIC, decisions::list)
                .post("/spaces/{space}/decisions", Permission.PUBLIC, decisions::create)
                .get("/calendar", Permission.SIGNED_IN, calendar::feedPage)
                .post("/calendar", Permission.SIGNED_IN, calendar::feedPost)
                // The token is the only key (calendar apps cannot sign in); it ends in ".ics", which some apps want.
                .get("/feed/{token}", Permission.PUBLIC, calendar::feed);

        context.jobs().handle(ActionReminders.KIND, parts.reminders()::remind);
        context.events().subscribe(PlatformStarted.class, started -> parts.reminders().scheduleComing());
    }
}
