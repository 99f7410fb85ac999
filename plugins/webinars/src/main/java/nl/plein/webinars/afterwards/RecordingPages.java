package nl.plein.webinars.afterwards;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.plein.api.Uploads;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.webinars.Webinars;
import nl.plein.webinars.organiser.ManagedSession;
import nl.plein.webinars.programme.Session;
import nl.plein.webinars.programme.Week;

/**
 * Publishing a session's recording (a link to where the video is hosted) and, optionally, the slides
 * ({@code GET/POST /webinars/sessions/{session}/recording}); the slides are downloadable by anyone once published
 * ({@code GET .../slides}).
 */
final class RecordingPages {

    static final int MAX_URL = 500;

    private final Webinars webinars;

    RecordingPages(Webinars webinars) {
        this.webinars = webinars;
    }

    void form(Context ctx) {
        ManagedSession managed = ManagedSession.of(webinars, ctx);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("recordingUrl", managed.session().recordingUrl() == null ? "" : managed.session().recordingUrl());
        render(ctx, managed, HttpStatus.OK, form, Map.of(), refusal(managed.session()));
    }

    void publish(Context ctx) {
        ManagedSession managed = ManagedSession.of(webinars, ctx);
        Session session = managed.session();
        String url = ctx.formParam("recordingUrl") == null ? "" : ctx.formParam("recordingUrl").strip();
        boolean removeSlides = "yes".equals(ctx.formParam("removeSlides"));
        Map<String, String> form = new LinkedHashMap<>();
        form.put("recordingUrl", url.length() > MAX_URL + 1 ? url.substring(0, MAX_URL + 1) : url);
        form.put("removeSlides", removeSlides ? "yes" : "");
        String refusal = refusal(session);
        if (refusal != null) {
            render(ctx, managed, HttpStatus.CONFLICT, form, Map.of(), refusal);
            return;
        }
        FieldErrors errors = new FieldErrors();
        validateUrl(url, errors);
        SlidesFile slides = null;
        try {
            try {
                slides = SlidesFile.check(ctx.isMultipartFormData() ? ctx.uploadedFile("slides") : null);
            } catch (Uploads.Refused refused) {
                errors.add("slides", refused.messageKey());
            }
            String newSlides = null;
            if (errors.isEmpty() && slides != null) {
                try {
                    newSlides = slides.store(webinars.context().uploads(), Visitor.of(ctx).personId());
                } catch (Uploads.Refused refused) {
                    errors.add("slides", refused.messageKey());
                }
            }
            if (!errors.isEmpty()) {
                render(ctx, managed, HttpStatus.UNPROCESSABLE_CONTENT, form, errors.asMap(), null);
                return;
            }
            String old = session.slidesUploadId();
            String kept = newSlides != null ? newSlides : removeSlides ? null : old;
            try {
                webinars.programme().publishRecording(session.id(), url, kept);
            } catch (RuntimeException e) {
                if (newSlides != null) webinars.context().uploads().delete(newSlides);   // no file without a session
                throw e;
            }
            // The old file goes only after the session points at the new one, so a failure never leaves a dead link.
            if (old != null && !old.equals(kept)) webinars.context().uploads().delete(old);
        } finally {
            if (slides != null) slides.close();
        }
        ctx.redirect(managed.managePath() + "?published=1", HttpStatus.SEE_OTHER);
    }

    /** The slides of a published recording, for everyone who may see the week. */
    void slides(Context ctx) {
        Session session = webinars.programme().session(ctx.pathParam("session")).orElseThrow(NotFoundResponse::new);
        Week week = webinars.programme().week(session.weekId()).orElseThrow(NotFoundResponse::new);
        if (!webinars.access().maySee(Visitor.of(ctx), week) || !session.inLibrary() || session.slidesUploadId() == null) {
            throw new NotFoundResponse();
        }
        webinars.context().uploads().send(ctx, session.slidesUploadId());
    }

    /** A recording exists only after the session started, and never for a cancelled one. */
    private String refusal(Session session) {
        if (session.cancelled()) return "webinars.afterwards.recording.error.cancelled";
        if (webinars.context().clock().instant().isBefore(session.startsAt())) {
            return "webinars.afterwards.recording.error.not-started";
        }
        return null;
    }

    private static void validateUrl(String url, FieldErrors errors) {
        if (url.isEmpty()) {
            errors.add("recordingUrl", "webinars.afterwards.recording.error.url-required");
            return;
        }
        if (url.length() > MAX_URL) {
            errors.add("recordingUrl", "webinars.afterwards.recording.error.url-too-long");
            return;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                errors.add("recordingUrl", "webinars.afterwards.recording.error.url");
            }
        } catch (URISyntaxException e) {
            errors.add("recordingUrl", "webinars.afterwards.recording.error.url");
        }
    }

    private void render(Context ctx, ManagedSession managed, HttpStatus status, Map<String, String> form,
                        Map<String, String> errors, String refusal) {
        Map<String, Object> model = new HashMap<>();
        model.put("session", managed.session());
        model.put("week", managed.week());
        model.put("form", form);
        model.put("errors", errors);
        model.put("refusal", refusal);
        model.put("currentSlides", managed.session().slidesUploadId() == null ? null
                : webinars.context().uploads().find(managed.session().slidesUploadId()).orElse(null));
        ctx.status(status).render("webinars/afterwards/recording", model);
    }
}
