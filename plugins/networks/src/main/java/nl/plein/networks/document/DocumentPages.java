package nl.plein.networks.document;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.plein.api.Directory;
import nl.plein.api.Uploads;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.networks.Networks;
import nl.plein.networks.space.SpaceGate;

/**
 * A document's page with its history ({@code GET /networks/spaces/{space}/documents/{document}}) and what can be done
 * there: add a version ({@code POST .../versions}), restore an old one ({@code POST .../versions/{version}/restore}),
 * change who may open it ({@code POST .../access}) and delete it with all its versions ({@code POST .../delete}).
 */
final class DocumentPages {

    static final int MAX_NOTE = 500;

    private final Networks networks;
    private final Documents documents;
    private final DocumentDoor door;

    DocumentPages(Networks networks, Documents documents, DocumentDoor door) {
        this.networks = networks;
        this.documents = documents;
        this.door = door;
    }

    /**
     * A version as the history shows it.
     *
     * @param restoredFrom the older version whose file this one took again, or null
     * @param href         its download link, or null when the visitor may not download it
     */
    record VersionRow(int version, String fileName, String size, String note, String uploader, Instant uploadedAt,
                      Integer restoredFrom, boolean current, String href) {
    }

    void show(Context ctx) {
        DocumentDoor.Opened opened = door.open(ctx);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("note", "");
        form.put("access", opened.document().access().code());
        render(ctx, HttpStatus.OK, opened, form, new FieldErrors());
    }

    void addVersion(Context ctx) {
        DocumentDoor.Opened opened = door.open(ctx);
        Document document = opened.document();
        if (!opened.rights().mayAddVersion(document)) SpaceGate.refuse(ctx);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("note", TextInput.of(ctx, "note"));
        form.put("access", document.access().code());
        FieldErrors errors = new FieldErrors();
        if (TextInput.length(form.get("note")) > MAX_NOTE) errors.add("note", "networks.document.error.note-too-long");
        DocumentFile file = null;
        try {
            try {
                file = DocumentFile.check(ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null);
                if (file == null) errors.add("file", "networks.document.error.file-required");
            } catch (Uploads.Refused refused) {
                errors.add("file", UploadPages.refusal(refused));
            }
            if (!errors.isEmpty()) {
                render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, opened, form, errors);
                return;
            }
            String personId = opened.rights().personId();
            Uploads.StoredFile stored;
            try {
                stored = file.store(networks.context().uploads(), personId);
            } catch (Uploads.Refused refused) {
                render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, opened, form,
                        errors.add("file", UploadPages.refusal(refused)));
                return;
            }
            Optional<DocumentVersion> added;
            try {
                added = documents.addVersion(opened.spaceId(), document.id(), stored.id(), file.displayName(),
                        stored.sizeBytes(), form.get("note"), personId);
            } catch (RuntimeException e) {
                networks.context().uploads().delete(stored.id());   // no stored file without its version
                throw e;
            }
            if (added.isEmpty()) {
                networks.context().uploads().delete(stored.id());   // deleted meanwhile
                throw new NotFoundResponse();
            }
            networks.activity().record(opened.spaceId(), "document-version", document.id(), document.title(), personId,
                    document.access().coordinatorsOnly());
            ctx.redirect(DocumentLinks.document(opened.spaceId(), document.id()) + "?version=1", HttpStatus.SEE_OTHER);
        } finally {
            if (file != null) file.close();
        }
    }

    /** An old version becomes the newest again: a new version with the same file, so the history stays whole. */
    void restore(Context ctx) {
        DocumentDoor.Opened opened = door.open(ctx);
        Document document = opened.document();
        if (!opened.rights().mayRestore(document)) SpaceGate.refuse(ctx);
        DocumentVersion old = documents.version(document.id(), Downloads.versionNumber(ctx.pathParam("version")))
                .orElseThrow(NotFoundResponse::new);
        if (old.version() != document.version()) {
            documents.addVersion(opened.spaceId(), document.id(), old.uploadId(), old.fileName(), old.sizeBytes(), "",
                    opened.rights().personId()).orElseThrow(NotFoundResponse::new);
            networks.activity().record(opened.spaceId(), "document-version", document.id(), document.title(),
                    opened.rights().personId(), document.access().coordinatorsOnly());
        }
        ctx.redirect(DocumentLinks.document(opened.spaceId(), document.id()) + "?restored=1", HttpStatus.SEE_OTHER);
    }

    void changeAccess(Context ctx) {
        DocumentDoor.Opened opened = door.open(ctx);
        Document document = opened.document();
        if (!opened.rights().mayChangeAccess(document)) SpaceGate.refuse(ctx);
        String typed = TextInput.of(ctx, "access");
        Optional<DocumentAccess> access = DocumentAccess.of(typed);
        if (access.isEmpty()) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("note", "");
            form.put("access", typed);
            render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, opened, form,
                    new FieldErrors().add("access", "networks.document.error.access"));
            return;
        }
        if (!opened.rights().mayChangeAccess(document, access.get())) SpaceGate.refuse(ctx);
        if (!documents.changeAccess(opened.spaceId(), document.id(), access.get())) throw new NotFoundResponse();
        // Back to the page if they still may open it (a coordinator always does).
        ctx.redirect(DocumentLinks.document(opened.spaceId(), document.id()) + "?access=1", HttpStatus.SEE_OTHER);
    }

    /** Removes the document with every version; the files go after the rows (a file without a row is only waste). */
    void delete(Context ctx) {
        DocumentDoor.Opened opened = door.open(ctx);
        Document document = opened.document();
        if (!opened.rights().mayDelete(document)) SpaceGate.refuse(ctx);
        if (!"yes".equals(ctx.formParam("confirm"))) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("note", "");
            form.put("access", document.access().code());
            render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, opened, form,
                    new FieldErrors().add("confirm", "networks.document.error.confirm-delete"));
            return;
        }
        List<String> files = documents.delete(opened.spaceId(), document.id()).orElseThrow(NotFoundResponse::new);
        files.forEach(networks.context().uploads()::delete);
        ctx.redirect(DocumentLinks.list(opened.spaceId(), document.folderId()) + (document.folderId() == null ? "?" : "&")
                + "deleted=1", HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, HttpStatus status, DocumentDoor.Opened opened, Map<String, String> form,
                        FieldErrors errors) {
        Document document = opened.document();
        DocumentRights rights = opened.rights();
        String spaceId = opened.spaceId();
        Locale locale = Visitor.of(ctx).locale();
        List<DocumentVersion> versions = documents.versions(document.id());
        // Who uploaded is the member directory's business, as on the meeting page: names for the space's members only,
        // not for a meeting's guest or an outside reader of an open space.
        Map<String, Directory.PersonInfo> people = !rights.member() ? Map.of() : networks.context().directory()
                .people(versions.stream().map(DocumentVersion::uploadedBy).filter(java.util.Objects::nonNull).distinct().toList());
        List<VersionRow> rows = versions.stream().map(v -> new VersionRow(v.version(), v.fileName(),
                Sizes.format(v.sizeBytes(), locale), v.note(),
                people.containsKey(v.uploadedBy()) ? people.get(v.uploadedBy()).displayName() : null,
                v.uploadedAt(), restoredFrom(v, versions), v.version() == document.version(),
                rights.mayDownload(document, v) ? DocumentLinks.versionFile(spaceId, document.id(), v.version()) : null))
                .toList();

        Map<String, Object> model = new HashMap<>();
        model.put("space", rights.standing().space());
        model.put("document", document);
        model.put("current", rows.stream().filter(VersionRow::current).findFirst().orElse(null));
        model.put("versions", rows);
        model.put("fileHref", DocumentLinks.file(spaceId, document.id()));
        // A guest sees this document but not the space's folders and list.
        model.put("mayList", rights.mayList());
        model.put("listHref", DocumentLinks.list(spaceId, null));
        model.put("path", rights.mayList() ? new FolderTree(documents.folders(spaceId)).pathTo(document.folderId())
                : List.of());
        model.put("meetingTitle", document.meetingId() == null || !rights.standing().mayReadMeeting(document.meetingId())
                ? null : documents.meetingTitle(spaceId, document.meetingId()).orElse(null));
        model.put("meetingHref", document.meetingId() == null ? null : DocumentLinks.meeting(spaceId, document.meetingId()));
        model.put("mayAddVersion", rights.mayAddVersion(document));
        model.put("mayChangeAccess", rights.mayChangeAccess(document));
        model.put("accessChoices", rights.coordinator() ? rights.accessChoices().stream().map(DocumentAccess::code).toList()
                : List.of(DocumentAccess.MEMBERS.code()));
        model.put("mayRestore", rights.mayRestore(document));
        model.put("mayDelete", rights.mayDelete(document));
        model.put("maxMegabytes", DocumentFile.MAX_BYTES / (1024 * 1024));
        model.put("form", form);
        model.put("errors", errors.asMap());
        model.put("notice", notice(ctx));
        ctx.status(status).render("networks/document/show", model);
    }

    private static Integer restoredFrom(DocumentVersion version, List<DocumentVersion> all) {
        return all.stream().filter(o -> o.version() < version.version() && o.uploadId().equals(version.uploadId()))
                .map(DocumentVersion::version).min(Integer::compare).orElse(null);
    }

    private static String notice(Context ctx) {
        for (String done : new String[] {"uploaded", "version", "restored", "access"}) {
            if (ctx.queryParam(done) != null) return "networks.document.notice." + done;
        }
        return null;
    }
}
