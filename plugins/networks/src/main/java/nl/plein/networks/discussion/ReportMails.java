package nl.plein.networks.discussion;

import java.util.Map;
import nl.plein.api.PluginContext;
import nl.plein.networks.space.Member;
import nl.plein.networks.space.Space;
import nl.plein.networks.space.SpaceRole;
import nl.plein.networks.space.Spaces;

/**
 * Tells the space's coordinators of a report, each in their language: the thread, the reason and where to handle it.
 * The mail does not quote the post: it may be what should not travel further, and the coordinators read it in the
 * space.
 */
final class ReportMails {

    private final PluginContext context;
    private final Spaces spaces;

    ReportMails(PluginContext context, Spaces spaces) {
        this.context = context;
        this.spaces = spaces;
    }

    void send(Space space, Topic topic, String reportId, String reason) {
        String base = context.baseUrl().toString().replaceAll("/+$", "") + "/networks/spaces/" + space.id();
        Map<String, Object> model = Map.of("spaceName", space.name(), "topicTitle", topic.title(), "reason", reason,
                "url", base + "/reports");
        for (Member member : spaces.members(space.id())) {
            if (member.role() != SpaceRole.COORDINATOR) continue;
            context.mail().toPerson(member.personId(), "networks.discussion.mail.report.subject",
                    "networks/mail/discussion-report", model, "discussion-report-" + reportId + "-" + member.personId());
        }
    }
}
