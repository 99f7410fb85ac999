package nl.plein.networks.document;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import nl.plein.networks.Networks;
import nl.plein.networks.space.SpaceGate;

/**
 * A document's files: the current one ({@code GET .../documents/{document}/file}) for everyone who may open the
 * document, and any version ({@code GET .../documents/{document}/versions/{version}/file}), an older one only for
 * coordinators and the person who uploaded that version. Core sends the bytes only after these checks.
 */
final class Downloads {

    private final Networks networks;
    private final Documents documents;
    private final DocumentDoor door;

    Downloads(Networks networks, Documents documents, DocumentDoor door) {
        this.networks = networks;
        this.documents = documents;
        this.door = door;
    }

    void current(Context ctx) {
        DocumentDoor.Opened opened = door.open(ctx);
        send(ctx, opened, opened.document().version());
    }

    void version(Context ctx) {
        DocumentDoor.Opened opened = door.open(ctx);
        send(ctx, opened, versionNumber(ctx.pathParam("version")));
    }

    private void send(Context ctx, DocumentDoor.Opened opened, int number) {
        DocumentVersion version = documents.version(opened.document().id(), number).orElseThrow(NotFoundResponse::new);
        if (!opened.rights().mayDownload(opened.document(), version)) SpaceGate.refuse(ctx);
        networks.context().uploads().send(ctx, version.uploadId());
    }

    /** A version number from a path; anything that cannot be one is simply not found. */
    static int versionNumber(String text) {
        if (text == null || !text.matches("[1-9][0-9]{0,8}")) throw new NotFoundResponse();
        return Integer.parseInt(text);
    }
}
