package nl.plein.networks.space;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.plein.api.PluginContext;

/**
 * The mails of joining a space, each a template pair {@code networks/mail/space-<name>} (HTML and {@code -text})
 * with subject {@code networks.space.mail.<name>.subject}. Links are absolute. Dedupe keys name the invitation or
 * request (and the recipient), so a repeated call sends nothing twice. They only go to people the space is for: the
 * invited address, the person who asked to join, and the space's coordinators.
 */
final class SpaceMails {

    private final PluginContext context;

    SpaceMails(PluginContext context) {
        this.context = context;
    }

    /**
     * To an address that may have no account yet, in the inviter's language (we know no other for it). The link is
     * the only place the token exists.
     */
    void invitation(Invitations.Issued issued, Space space, String inviterName, Locale locale) {
        Map<String, Object> model = new HashMap<>();
        model.put("space", space.name());
        model.put("inviter", inviterName == null ? "" : inviterName);
        model.put("role", issued.invitation().role().code());
        model.put("expires", issued.invitation().expiresAt());
        model.put("url", url("/networks/invitations/" + issued.token()));
        context.mail().toAddress(issued.invitation().email(), locale, "networks.space.mail.invitation.subject",
                "networks/mail/space-invitation", model, "space-invitation-" + issued.invitation().id(), space.name());
    }

    /** To each coordinator of the space: someone asks to join. */
    void joinRequested(Space space, JoinRequest request, String requesterName, String organisationName,
                       List<String> coordinatorIds) {
        Map<String, Object> model = new HashMap<>();
        model.put("space", space.name());
        model.put("person", requesterName);
        model.put("organisation", organisationName == null ? "" : organisationName);
        model.put("message", request.message());
        model.put("url", url("/networks/spaces/" + space.id() + "/members#join-requests"));
        for (String coordinatorId : coordinatorIds) {
            context.mail().toPerson(coordinatorId, "networks.space.mail.join-requested.subject",
                    "networks/mail/space-join-requested", model,
                    "space-join-requested-" + request.id() + "-" + coordinatorId);
        }
    }

    /** To the person who asked, either way. */
    void joinDecided(Space space, JoinRequest request, boolean approved) {
        String name = approved ? "join-approved" : "join-declined";
        Map<String, Object> model = new HashMap<>();
        model.put("space", space.name());
        model.put("url", url(approved ? "/networks/spaces/" + space.id() : "/networks"));
        context.mail().toPerson(request.personId(), "networks.space.mail." + name + ".subject",
                "networks/mail/space-" + name, model, "space-" + name + "-" + request.id());
    }

    private String url(String path) {
        return context.baseUrl() + path;
    }
}
