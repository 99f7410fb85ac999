package nl.plein.networks.document;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.plein.api.Visitor;
import nl.plein.api.form.FieldErrors;
import nl.plein.api.form.Paging;
import nl.plein.networks.Networks;
import nl.plein.networks.space.Space;

/**
 * The documents of a space by folder ({@code GET /networks/spaces/{space}/documents?folder=}), and its folders: members
 * add them ({@code POST .../folders}), coordinators rename them and remove empty ones
 * ({@code POST .../folders/{folder}/rename|delete}). The list shows only what the visitor may open.
 */
final class FolderPages {

    static final int MAX_NAME = 120;

    private final Networks networks;
    private final Documents documents;

    FolderPages(Networks networks, Documents documents) {
        this.networks = networks;
        this.documents = documents;
    }

    /** A document as the list shows it. */
    record Row(String id, String title, String access, String fileName, String size, int version, Instant updatedAt) {
    }

    void list(Context ctx) {
        DocumentRights rights = DocumentRights.of(networks.gate().reader(ctx), Visitor.of(ctx));
        String folderId = ctx.queryParam("folder");
        if (folderId != null && folderId.isEmpty()) folderId = null;
        render(ctx, HttpStatus.OK, rights, folderId, Map.of("name", "", "folderName", ""), new FieldErrors());
    }

    void add(Context ctx) {
        DocumentRights rights = DocumentRights.of(networks.gate().member(ctx), Visitor.of(ctx));
        String spaceId = rights.standing().space().id();
        String parentId = ctx.formParam("parent");
        if (parentId != null && parentId.isEmpty()) parentId = null;
        if (parentId != null && documents.folder(spaceId, parentId).isEmpty()) throw new NotFoundResponse();
        String name = TextInput.of(ctx, "name");
        FieldErrors errors = new FieldErrors();
        validateName(name, "name", errors);
        if (!errors.isEmpty()) {
            render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, rights, parentId, Map.of("name", name, "folderName", ""),
                    errors);
            return;
        }
        Folder folder = documents.addFolder(spaceId, parentId, name);
        ctx.redirect(DocumentLinks.list(spaceId, folder.id()), HttpStatus.SEE_OTHER);
    }

    void rename(Context ctx) {
        DocumentRights rights = DocumentRights.of(networks.gate().coordinator(ctx), Visitor.of(ctx));
        String spaceId = rights.standing().space().id();
        Folder folder = documents.folder(spaceId, ctx.pathParam("folder")).orElseThrow(NotFoundResponse::new);
        String name = TextInput.of(ctx, "folderName");
        FieldErrors errors = new FieldErrors();
        validateName(name, "folderName", errors);
        if (!errors.isEmpty()) {
            render(ctx, HttpStatus.UNPROCESSABLE_CONTENT, rights, folder.id(), Map.of("name", "", "folderName", name),
                    errors);
            return;
        }
        if (!documents.renameFolder(spaceId, folder.id(), name)) throw new NotFoundResponse();
        ctx.redirect(DocumentLinks.list(spaceId, folder.id()), HttpStatus.SEE_OTHER);
    }

    void delete(Context ctx) {
        DocumentRights rights = DocumentRights.of(networks.gate().coordinator(ctx), Visitor.of(ctx));
        String spaceId = rights.standing().space().id();
        Folder folder = documents.folder(spaceId, ctx.pathParam("folder")).orElseThrow(NotFoundResponse::new);
        switch (documents.removeEmptyFolder(spaceId, folder.id())) {
            case MISSING -> throw new NotFoundResponse();
            case NOT_EMPTY -> render(ctx, HttpStatus.CONFLICT, rights, folder.id(),
                    Map.of("name", "", "folderName", folder.name()),
                    new FieldErrors().add("deleteFolder", "networks.document.folder.error.not-empty"));
            case REMOVED -> ctx.redirect(DocumentLinks.list(spaceId, folder.parentId()), HttpStatus.SEE_OTHER);
        }
    }

    private static void validateName(String name, String field, FieldErrors errors) {
        if (name.isEmpty()) errors.add(field, "networks.document.folder.error.name-required");
        else if (TextInput.length(name) > MAX_NAME) errors.add(field, "networks.document.folder.error.name-too-long");
    }

    private void render(Context ctx, HttpStatus status, DocumentRights rights, String folderId, Map<String, String> form,
                        FieldErrors errors) {
        Space space = rights.standing().space();
        FolderTree tree = new FolderTree(documents.folders(space.id()));
        if (folderId != null && !tree.contains(folderId)) throw new NotFoundResponse();
        int page = Paging.page(ctx);
        List<Documents.Listed> listed = documents.inFolder(space.id(), folderId, rights, page);
        var locale = Visitor.of(ctx).locale();
        List<Folder> path = tree.pathTo(folderId);
        Map<String, Object> model = new HashMap<>();
        model.put("space", space);
        model.put("folder", path.isEmpty() ? null : path.get(path.size() - 1));
        model.put("path", path);
        model.put("folders", tree.children(folderId));
        model.put("documents", listed.stream().limit(Documents.PAGE_SIZE).map(l -> new Row(l.document().id(),
                l.document().title(), l.document().access().code(), l.fileName(), Sizes.format(l.sizeBytes(), locale),
                l.document().version(), l.document().updatedAt())).toList());
        model.put("page", page);
        model.put("hasNext", listed.size() > Documents.PAGE_SIZE);
        model.put("mayUpload", rights.mayUpload());
        model.put("mayManageFolders", rights.mayManageFolders());
        model.put("uploadHref", DocumentLinks.upload(space.id(), folderId, null, null));
        model.put("form", form);
        model.put("errors", errors.asMap());
        model.put("deleted", ctx.queryParam("deleted") != null);
        ctx.status(status).render("networks/document/list", model);
    }
}
