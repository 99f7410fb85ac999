package nl.plein.expeditions;

import java.util.Set;
import nl.plein.api.HomeBlock;
import nl.plein.api.NavigationEntry;
import nl.plein.api.Permission;
import nl.plein.api.PleinPlugin;
import nl.plein.api.PluginContext;
import nl.plein.api.Role;
import nl.plein.expeditions.dashboard.DashboardRoutes;
import nl.plein.expeditions.expedition.ExpeditionAccess;
import nl.plein.expeditions.expedition.ExpeditionPages;
import nl.plein.expeditions.expedition.ExpeditionRepository;
import nl.plein.expeditions.integration.ExpeditionDemoData;
import nl.plein.expeditions.integration.ExpeditionPersonalData;
import nl.plein.expeditions.integration.ExpeditionScaleData;
import nl.plein.expeditions.integration.ExpeditionSearch;
import nl.plein.expeditions.leader.LeaderPages;
import nl.plein.expeditions.leader.LeaderRepository;
import nl.plein.expeditions.reminder.Reminders;
import nl.plein.expeditions.participation.ParticipationPages;
import nl.plein.expeditions.participation.Participants;
import nl.plein.expeditions.progress.WorkRoutes;
import nl.plein.expeditions.schedule.SchedulePages;
import nl.plein.expeditions.schedule.ScheduleRepository;
import org.pf4j.Extension;

/**
 * Expedities Nieuwe Gezichten: a leader guides a regional group of organisations, over about four months, to
 * volunteers they do not reach yet. Every route of the plugin is declared here.
 */
@Extension
public class ExpeditionsPlugin implements PleinPlugin {

    @Override
    public void install(PluginContext context) {
        var expeditions = new ExpeditionRepository(context.jdbi(), context.ids(), context.clock());
        var schedule = new ScheduleRepository(context.jdbi(), context.ids());
        var participants = new Participants(context.jdbi(), context.ids(), context.clock());
        var access = new ExpeditionAccess(expeditions, context.directory());
        var pages = new ExpeditionPages(expeditions, access, schedule, participants, context.directory());
        var reminders = new Reminders(context.jobs(), context.mail(), context.clock(), schedule, expeditions,
                participants, context.directory(), context.jdbi());
        var schedulePages = new SchedulePages(schedule, pages, reminders, participants, context.directory());
        var leaders = new LeaderRepository(context.jdbi(), context.clock());
        var leaderPages = new LeaderPages(leaders, context.directory(), context.mail(), context.clock(), context.baseUrl());
        var participation = new ParticipationPages(participants, expeditions, pages, context.directory(),
                context.mail(), context.baseUrl());

        context.role(new Role("expeditions.leader", Set.of(ExpeditionPermissions.LEAD)));
        context.role(new Role("expeditions.manager", Set.of(ExpeditionPermissions.MANAGE_PROGRAMME,
                ExpeditionPermissions.OBSERVE)));
        context.role(new Role("expeditions.observer", Set.of(ExpeditionPermissions.OBSERVE)));

        // Before the routes below: "/programme" and "/figures" would otherwise be taken for an expedition's id.
        DashboardRoutes.register(context, expeditions, pages);
        WorkRoutes.registerPublic(context);
        context.routes()
                .get("/", Permission.PUBLIC, pages::overview)
                .get("/new", ExpeditionPermissions.LEAD, pages::newForm)
                .post("/", ExpeditionPermissions.LEAD, pages::create)
                .get("/leaders", Permission.PUBLIC, leaderPages::directory)
                .get("/leaders/me", ExpeditionPermissions.LEAD, leaderPages::profileForm)
                .post("/leaders/me", ExpeditionPermissions.LEAD, leaderPages::saveProfile)
                .post("/leaders/{person}/ask", Permission.SIGNED_IN, leaderPages::ask)
                .get("/invitations/{token}", Permission.PUBLIC, participation::invitation)
                .post("/invitations/{token}", Permission.SIGNED_IN, participation::accept)
                // Object-level rules (leader of this expedition, contact of a taking-part organisation) are
                // checked in the handlers through ExpeditionAccess.
                .get("/{id}", Permission.PUBLIC, pages::show)
                .get("/{id}/edit", Permission.SIGNED_IN, pages::editForm)
                .post("/{id}/edit", Permission.SIGNED_IN, pages::update)
                .post("/{id}/meetings", Permission.SIGNED_IN, schedulePages::addMeeting)
                .get("/{id}/meetings/{meeting}/edit", Permission.SIGNED_IN, schedulePages::editMeetingForm)
                .post("/{id}/meetings/{meeting}/edit", Permission.SIGNED_IN, schedulePages::updateMeeting)
                .post("/{id}/meetings/{meeting}/delete", Permission.SIGNED_IN, schedulePages::deleteMeeting)
                .get("/{id}/meetings/{meeting}/attendance", Permission.SIGNED_IN, schedulePages::attendanceForm)
                .post("/{id}/meetings/{meeting}/attendance", Permission.SIGNED_IN, schedulePages::recordAttendance)
                .post("/{id}/assignments", Permission.SIGNED_IN, schedulePages::addAssignment)
                .post("/{id}/assignments/{assignment}/delete", Permission.SIGNED_IN, schedulePages::deleteAssignment)
                .post("/{id}/invitations", Permission.SIGNED_IN, participation::invite);

        context.navigation(new NavigationEntry("expeditions.nav", "/expeditions", Permission.PUBLIC, 20));
        context.homeBlock(new HomeBlock("expeditions/home-block", Permission.PUBLIC, 20));
        context.search(new ExpeditionSearch(context.jdbi(), leaders));
        context.personalData(new ExpeditionPersonalData(context.jdbi(), leaders));
        context.demoData(new ExpeditionDemoData(context.jdbi(), context.ids(), context.clock(), expeditions, schedule,
                participants, leaders));
        context.scaleData(new ExpeditionScaleData(context.jdbi()));
        WorkRoutes.register(context, expeditions, pages, schedule);
    }
}
