package nl.plein.networks.document;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Uploads;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.networks.Networks;
import nl.plein.networks.space.Space;

/**
 * Uploading a document ({@code GET /networks/spaces/{space}/documents/new}, {@code POST .../documents}), for members.
 * The form takes a file, a title (the file's name when left empty), a folder and who may open it; a meeting's page
 * links here with {@code meeting} (the document then belongs to that meeting) and {@code return} (where to go
 * afterwards). Nothing is half-stored: a refused form keeps no file, and a file whose rows cannot be written is
 * deleted again.
 */
final class UploadPages {

    static final int MAX_TITLE = 200;

    private final Networks networks;
    private final Documents documents;

    UploadPages(Networks networks, Documents documents) {
        this.networks = networks;
        this.documents = documents;
    }

    void form(Context ctx) {
        DocumentRights rights = DocumentRights.of(networks.gate().member(ctx), Visitor.of(ctx));
        String spaceId = rights.standing().space().id();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", "");
        String folder = ctx.queryParam("folder");
        form.put("folder", folder != null && documents.folder(spaceId, folder).isPresent() ? folder : "");
        form.put("access", DocumentAccess.MEMBERS.code());
        String meeting = ctx.queryParam("meeting");
        form.put("meeting", meeting != null && documents.meetingTitle(spaceId, meeting).isPresent() ? meeting : "");
        String back = DocumentLinks.safeReturn(spaceId, ctx.queryParam("return"));
        form.put("return", back == null ? "" : back);
        render(ctx, HttpStatus.OK, rights, form, new FieldErrors());
    }

    void upload(Context ctx) {
        DocumentRights rights = DocumentRights.of(networks.gate().member(ctx), Visitor.of(ctx));
        Space space = rights.standing().space();
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : new String[] {"title", "folder", "access", "meeting", "return"}) {
            form.put(field, TextInput.of(ctx, field));
        }
        FieldErrors errors = new FieldErrors();
        String folderId = form.get("folder").isEmpty() ? null : form.get("folder");
        if (folderId != null && documents.folder(space.id(), folderId).isEmpty()) {
            errors.add("folder", "networks.document.error.folder");
        }
        Optional<DocumentAccess> access = DocumentAccess.of(form.get("access"))
                .filter(a -> rights.accessChoices().contains(a));
        if (access.isEmpty()) errors.add("access", "networks.document.error.access");
        String meetingId = form.get("meeting").isEmpty() ? null : form.get("meeting");
        if (meetingId != null && documents.meetingTitle(space.id(), meetingId).isEmpty()) {
            errors.add("meeting", "networks.document.error.meeting");
        }
        String back = DocumentLinks.safeReturn(space.id(), form.get("return"));
        form.put("return", back == null ? "" : back);

        DocumentFile file = null;
        try {
            try {
                file = DocumentFile.check(ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null);
                if (file == null) errors.add("file", "networks.document.error.file-required");
            } catch (Uploads.Refused refused) {
                errors.add("file", refusal(refused));
            }
            String title = form.get("title").isEmpty() && file != null ? file.displayName() : form.get("title");
            // Without a usable file an empty title is no extra problem: it would have been the file's name.
            if (title.isEmpty() && !errors.has("file")) errors.add("title", "networks.document.error.title-required");
            else if (TextInput.length(title) > MAX_TITLE) errors.add("title", "networks.document.error.title-too-long");
            if (!errors.isEmpty()) {
                render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, rights, form, errors);
                return;
            }
            String personId = rights.personId();
            Uploads.StoredFile stored;
            try {
                stored = file.store(networks.context().uploads(), personId);
            } catch (Uploads.Refused refused) {
                render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, rights, form, errors.add("file", refusal(refused)));
                return;
            }
            Document document;
            try {
                document = documents.create(space.id(), folderId, meetingId, title, access.get(), stored.id(),
                        file.displayName(), stored.sizeBytes(), personId);
            } catch (RuntimeException e) {
                networks.context().uploads().delete(stored.id());   // no stored file without its document
                throw e;
            }
            networks.activity().record(space.id(), "document", document.id(), title, personId,
                    access.get().coordinatorsOnly());
            ctx.redirect(back != null ? back : DocumentLinks.document(space.id(), document.id()) + "?uploaded=1",
                    HttpStatus.SEE_OTHER);
        } finally {
            if (file != null) file.close();
        }
    }

    /** Core's reasons, said for this form: with the limit and the types this part accepts. */
    static String refusal(Uploads.Refused refused) {
        return switch (refused.messageKey()) {
            case "upload.error.too-large" -> "networks.document.error.too-large";
            case "upload.error.empty" -> "networks.document.error.empty";
            case "upload.error.type" -> "networks.document.error.type";
            default -> refused.messageKey();
        };
    }

    private void render(Context ctx, HttpStatus status, DocumentRights rights, Map<String, String> form,
                        FieldErrors errors) {
        Space space = rights.standing().space();
        String meetingId = form.get("meeting").isEmpty() ? null : form.get("meeting");
        Map<String, Object> model = new HashMap<>();
        model.put("space", space);
        model.put("form", form);
        model.put("errors", errors.asMap());
        model.put("folders", new FolderTree(documents.folders(space.id())).choices());
        model.put("accessChoices", rights.accessChoices().stream().map(DocumentAccess::code).toList());
        model.put("meetingTitle", meetingId == null ? null : documents.meetingTitle(space.id(), meetingId).orElse(null));
        model.put("maxMegabytes", DocumentFile.MAX_BYTES / (1024 * 1024));
        model.put("cancelHref", form.get("return").isEmpty() ? DocumentLinks.list(space.id(),
                form.get("folder").isEmpty() ? null : form.get("folder")) : form.get("return"));
        ctx.status(status).render("networks/document/new", model);
    }
}
