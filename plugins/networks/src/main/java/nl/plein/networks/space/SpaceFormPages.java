package nl.plein.networks.space;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.networks.Networks;

/**
 * Creating a space ({@code /networks/spaces/new}, for holders of {@code networks.create-space}; the creator becomes
 * its first coordinator) and editing one ({@code /networks/spaces/{space}/edit}, its coordinators). Template
 * {@code networks/space/form}.
 */
final class SpaceFormPages {

    static final List<String> VISIBILITIES = List.of(Visibility.OPEN.code(), Visibility.MEMBERS.code(),
            Visibility.SECRET.code());
    static final List<String> KINDS = List.of(SpaceKind.NETWORK.code(), SpaceKind.PROGRAMME.code());

    private final Networks networks;
    private final SpaceChanges changes;

    SpaceFormPages(Networks networks, SpaceChanges changes) {
        this.networks = networks;
        this.changes = changes;
    }

    void newForm(Context ctx) {
        render(ctx, HttpStatus.OK, null, SpaceForm.blank(), new FieldErrors());
    }

    void create(Context ctx) {
        SpaceForm form = SpaceForm.typed(ctx);
        FieldErrors errors = new FieldErrors();
        Optional<SpaceDraft> draft = form.validate(errors);
        if (draft.isEmpty()) {
            render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, null, form, errors);
            return;
        }
        SpaceDraft d = draft.get();
        Space space = networks.spaces().create(d.name(), d.description(), d.visibility(), d.kind(),
                Visitor.of(ctx).personId());
        ctx.redirect("/networks/spaces/" + space.id() + "?created=1", HttpStatus.SEE_OTHER);
    }

    void editForm(Context ctx) {
        Standing standing = networks.gate().coordinator(ctx);
        render(ctx, HttpStatus.OK, standing.space(), SpaceForm.of(standing.space()), new FieldErrors());
    }

    void update(Context ctx) {
        Standing standing = networks.gate().coordinator(ctx);
        SpaceForm form = SpaceForm.typed(ctx);
        FieldErrors errors = new FieldErrors();
        Optional<SpaceDraft> draft = form.validate(errors);
        if (draft.isEmpty()) {
            render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, standing.space(), form, errors);
            return;
        }
        changes.save(standing.space().id(), draft.get());
        ctx.redirect("/networks/spaces/" + standing.space().id() + "?saved=1", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, HttpStatus status, Space space, SpaceForm form, FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("space", space);
        model.put("form", form);
        model.put("errors", errors.asMap());
        model.put("visibilities", VISIBILITIES);
        model.put("kinds", KINDS);
        ctx.status(status).render("networks/space/form", model);
    }
}
