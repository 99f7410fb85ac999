package nl.plein.expeditions.participation;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Directory;
import nl.plein.api.Mail;
import nl.plein.api.SecretTokens;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.expeditions.expedition.Expedition;
import nl.plein.expeditions.expedition.ExpeditionAccess;
import nl.plein.expeditions.expedition.ExpeditionPages;
import nl.plein.expeditions.expedition.ExpeditionRepository;

/**
 * The leader invites organisations by mail ({@code POST /expeditions/{id}/invitations}); a contact opens the link
 * ({@code /expeditions/invitations/{token}}) and joins for one of their organisations.
 */
public final class ParticipationPages {

    private final Participants participants;
    private final ExpeditionRepository expeditions;
    private final ExpeditionPages pages;
    private final Directory directory;
    private final Mail mail;
    private final java.net.URI baseUrl;

    public ParticipationPages(Participants participants, ExpeditionRepository expeditions, ExpeditionPages pages,
                              Directory directory, Mail mail, java.net.URI baseUrl) {
        this.participants = participants;
        this.expeditions = expeditions;
        this.pages = pages;
        this.directory = directory;
        this.mail = mail;
        this.baseUrl = baseUrl;
    }

    public void invite(Context ctx) {
        ExpeditionAccess.Standing standing = pages.requireLeader(ctx);
        String email = Optional.ofNullable(ctx.formParam("email")).map(String::strip).orElse("");
        FieldErrors errors = new FieldErrors();
        if (email.length() > 320 || !email.matches("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+")) {
            errors.add("email", "expeditions.error.email");
        }
        if (!errors.isEmpty()) {
            Map<String, Object> extra = new HashMap<>();
            extra.put("formName", "invite");
            extra.put("form", Map.of("email", email.length() > 320 ? email.substring(0, 320) : email));
            extra.put("errors", errors.asMap());
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT).render("expeditions/show", pages.showModel(standing, extra));
            return;
        }
        Expedition expedition = standing.expedition();
        String token = SecretTokens.newToken();
        String address = email.toLowerCase(java.util.Locale.ROOT);
        participants.invite(SecretTokens.hash(token), expedition.id(), address, Visitor.of(ctx).personId());
        mail.toAddress(address, Visitor.of(ctx).locale(), "expeditions.mail.invitation.subject",
                "expeditions/mail/invitation", Map.of("expedition", expedition.title(), "region", expedition.region(),
                        "leader", Visitor.of(ctx).displayName(), "url", baseUrl + "/expeditions/invitations/" + token),
                "invitation-" + SecretTokens.hash(token), expedition.title());
        ctx.redirect("/expeditions/" + expedition.id() + "?invited=1#organisations", HttpStatus.SEE_OTHER);
    }

    public void invitation(Context ctx) {
        String token = ctx.pathParam("token");
        Optional<Participants.Invitation> invitation = SecretTokens.looksValid(token)
                ? participants.open(SecretTokens.hash(token)) : Optional.empty();
        Optional<Expedition> expedition = invitation.flatMap(i -> expeditions.find(i.expeditionId()));
        Visitor visitor = Visitor.of(ctx);
        Map<String, Object> model = new HashMap<>();
        model.put("usable", expedition.isPresent());
        model.put("token", token);
        expedition.ifPresent(e -> model.put("expedition", e));
        model.put("organisations", visitor.signedIn() ? directory.organisationsOf(visitor.personId()) : List.of());
        model.put("next", "/expeditions/invitations/" + token);
        ctx.status(expedition.isPresent() ? HttpStatus.OK : HttpStatus.NOT_FOUND).render("expeditions/invitation", model);
    }

    /** Joins for one of the visitor's own organisations; the link works once. */
    public void accept(Context ctx) {
        String token = ctx.pathParam("token");
        if (!SecretTokens.looksValid(token)) throw new NotFoundResponse();
        String hash = SecretTokens.hash(token);
        Participants.Invitation invitation = participants.open(hash).orElseThrow(NotFoundResponse::new);
        Visitor visitor = Visitor.of(ctx);
        String organisationId = Optional.ofNullable(ctx.formParam("organisation")).orElse("");
        boolean own = directory.organisationsOf(visitor.personId()).stream().anyMatch(o -> o.id().equals(organisationId));
        if (!own) throw new ForbiddenResponse();
        if (participants.accept(hash)) participants.join(invitation.expeditionId(), organisationId, visitor.personId());
        ctx.redirect("/expeditions/" + invitation.expeditionId(), HttpStatus.SEE_OTHER);
    }
}
