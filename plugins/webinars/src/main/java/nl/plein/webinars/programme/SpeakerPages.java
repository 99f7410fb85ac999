package nl.plein.webinars.programme;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.HashMap;
import java.util.Map;
import nl.plein.api.Visitor;
import nl.plein.webinars.WebinarPermissions;
import nl.plein.api.form.FieldErrors;

/**
 * The organiser's speakers ({@code /webinars/speakers}, new, edit) and their public photos
 * ({@code GET /webinars/speakers/{speaker}/photo}). Templates: {@code webinars/programme/speaker*.peb}.
 */
final class SpeakerPages {

    private final ProgrammeRepository programme;
    private final SpeakerPhotos photos;

    SpeakerPages(ProgrammeRepository programme, SpeakerPhotos photos) {
        this.programme = programme;
        this.photos = photos;
    }

    void list(Context ctx) {
        ctx.render("webinars/programme/speakers", Map.of("speakers", programme.speakers(),
                "saved", "1".equals(ctx.queryParam("saved"))));
    }

    void newForm(Context ctx) {
        renderForm(ctx, HttpStatus.OK, null, SpeakerForm.blank(), new FieldErrors());
    }

    void create(Context ctx) {
        Map<String, String> typed = SpeakerForm.typed(ctx);
        FieldErrors errors = new FieldErrors();
        SpeakerForm form = SpeakerForm.validate(typed, errors);
        String photo = photos.store(ctx, Visitor.of(ctx).personId(), errors);
        if (form == null || !errors.isEmpty()) {
            photos.discard(photo);
            renderForm(ctx, HttpStatus.UNPROCESSABLE_CONTENT, null, typed, errors);
            return;
        }
        Speaker speaker = programme.createSpeaker(form.name(), form.organisation(), form.bio(), form.kind());
        if (photo != null) programme.setSpeakerPhoto(speaker.id(), photo);
        ctx.redirect("/webinars/speakers?saved=1", HttpStatus.SEE_OTHER);
    }

    void editForm(Context ctx) {
        Speaker speaker = speaker(ctx);
        renderForm(ctx, HttpStatus.OK, speaker, SpeakerForm.of(speaker), new FieldErrors());
    }

    void update(Context ctx) {
        Speaker speaker = speaker(ctx);
        Map<String, String> typed = SpeakerForm.typed(ctx);
        FieldErrors errors = new FieldErrors();
        SpeakerForm form = SpeakerForm.validate(typed, errors);
        String photo = photos.store(ctx, Visitor.of(ctx).personId(), errors);
        if (form == null || !errors.isEmpty()) {
            photos.discard(photo);
            renderForm(ctx, HttpStatus.UNPROCESSABLE_CONTENT, speaker, typed, errors);
            return;
        }
        programme.updateSpeaker(speaker.id(), form.name(), form.organisation(), form.bio(), form.kind());
        if (photo != null || form.removePhoto()) photos.discard(programme.setSpeakerPhoto(speaker.id(), photo));
        ctx.redirect("/webinars/speakers?saved=1", HttpStatus.SEE_OTHER);
    }

    /**
     * Public once the speaker is on a published programme, like their name; before that only organisers see it
     * (a draft week's speakers are not announced yet).
     */
    void photo(Context ctx) {
        Speaker speaker = speaker(ctx);
        if (speaker.photoUploadId() == null) throw new NotFoundResponse();
        if (!Visitor.of(ctx).may(WebinarPermissions.ORGANISE) && !programme.speaksInPublishedWeek(speaker.id())) {
            throw new NotFoundResponse();
        }
        photos.send(ctx, speaker.photoUploadId());
    }

    private Speaker speaker(Context ctx) {
        return programme.speaker(ctx.pathParam("speaker")).orElseThrow(NotFoundResponse::new);
    }

    private static void renderForm(Context ctx, HttpStatus status, Speaker speaker, Map<String, String> form,
                                   FieldErrors errors) {
        Map<String, Object> model = new HashMap<>();
        model.put("speaker", speaker);
        model.put("form", form);
        model.put("errors", errors.asMap());
        model.put("kinds", java.util.Arrays.stream(SpeakerKind.values()).map(SpeakerKind::code).toList());
        ctx.status(status).render("webinars/programme/speaker-form", model);
    }
}
