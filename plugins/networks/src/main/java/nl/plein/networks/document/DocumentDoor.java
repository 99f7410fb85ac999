package nl.plein.networks.document;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import nl.plein.api.Visitor;
import nl.plein.networks.Networks;
import nl.plein.networks.space.SpaceGate;
import nl.plein.networks.space.Standing;

/**
 * The one check before a document's page, its files and its forms: the space exists for the visitor (else 404), they
 * read it or are a guest (else sign in / 403), the document is of this space (else 404: another space's id, a guessed
 * id and a deleted document look the same), and they may open it (else sign in / 403).
 */
final class DocumentDoor {

    private final Networks networks;
    private final Documents documents;

    DocumentDoor(Networks networks, Documents documents) {
        this.networks = networks;
        this.documents = documents;
    }

    record Opened(DocumentRights rights, Document document) {
        String spaceId() {
            return document.spaceId();
        }
    }

    Opened open(Context ctx) {
        Standing standing = networks.gate().known(ctx);
        // A guest reads no list, but the documents of their meeting: those are decided per document below.
        if (!standing.mayRead() && !standing.isGuest()) SpaceGate.refuse(ctx);
        DocumentRights rights = DocumentRights.of(standing, Visitor.of(ctx));
        Document document = documents.find(standing.space().id(), ctx.pathParam("document"))
                .orElseThrow(NotFoundResponse::new);
        if (!rights.mayOpen(document)) SpaceGate.refuse(ctx);
        return new Opened(rights, document);
    }
}
