package nl.plein.networks.document;

import nl.plein.api.Permission;
import nl.plein.networks.Networks;

/**
 * The documents of a space: folders, uploads with size and type limits, versions with their history, access per
 * document (members / coordinators / draft) and downloads only for those allowed ({@link DocumentRights}). Every
 * handler passes the space's gate first; pages anyone may read in an open space are {@link Permission#PUBLIC}, forms
 * that change something need an account.
 */
public final class DocumentRoutes {

    private DocumentRoutes() {
    }

    public static void register(Networks networks) {
        var context = networks.context();
        Documents documents = new Documents(context.jdbi(), context.ids(), context.clock(), networks.searchIndex());
        DocumentDoor door = new DocumentDoor(networks, documents);
        FolderPages folders = new FolderPages(networks, documents);
        UploadPages uploads = new UploadPages(networks, documents);
        DocumentPages pages = new DocumentPages(networks, documents, door);
        Downloads downloads = new Downloads(networks, documents, door);
        String space = "/spaces/{space}";
        var routes = networks.context().routes();

        routes.get(space + "/documents", Permission.PUBLIC, folders::list);
        routes.post(space + "/folders", Permission.SIGNED_IN, folders::add);
        routes.post(space + "/folders/{folder}/rename", Permission.SIGNED_IN, folders::rename);
        routes.post(space + "/folders/{folder}/delete", Permission.SIGNED_IN, folders::delete);

        // Before {document}: "new" is a page, not an id.
        routes.get(space + "/documents/new", Permission.PUBLIC, uploads::form);
        routes.post(space + "/documents", Permission.SIGNED_IN, uploads::upload);

        routes.get(space + "/documents/{document}", Permission.PUBLIC, pages::show);
        routes.post(space + "/documents/{document}/versions", Permission.SIGNED_IN, pages::addVersion);
        routes.post(space + "/documents/{document}/versions/{version}/restore", Permission.SIGNED_IN, pages::restore);
        routes.post(space + "/documents/{document}/access", Permission.SIGNED_IN, pages::changeAccess);
        routes.post(space + "/documents/{document}/delete", Permission.SIGNED_IN, pages::delete);

        routes.get(space + "/documents/{document}/file", Permission.PUBLIC, downloads::current);
        routes.get(space + "/documents/{document}/versions/{version}/file", Permission.PUBLIC, downloads::version);
    }
}
