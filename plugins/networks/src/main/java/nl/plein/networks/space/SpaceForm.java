package nl.plein.networks.space;

import io.javalin.http.Context;
import java.util.Optional;
import nl.plein.api.form.FieldErrors;

/**
 * The space form, for a new space and for editing one: what was typed (shown again on an error) and the checks that
 * make it a {@link SpaceDraft}. The description is Markdown, shown sanitised.
 */
record SpaceForm(String name, String description, String visibility, String kind) {

    static final int MAX_NAME = 120;
    static final int MAX_DESCRIPTION = 5000;

    static SpaceForm typed(Context ctx) {
        return new SpaceForm(FormText.of(ctx, "name"), FormText.of(ctx, "description"),
                FormText.of(ctx, "visibility"), FormText.of(ctx, "kind"));
    }

    /** A new space is members-only unless its coordinator chooses otherwise: a closed place is the point. */
    static SpaceForm blank() {
        return new SpaceForm("", "", Visibility.MEMBERS.code(), SpaceKind.NETWORK.code());
    }

    static SpaceForm of(Space space) {
        return new SpaceForm(space.name(), space.description(), space.visibility().code(), space.kind().code());
    }

    /** The draft, or empty with the problems in {@code errors}. */
    Optional<SpaceDraft> validate(FieldErrors errors) {
        // A name is one line: line breaks or tabs pasted in become spaces.
        String cleanName = name.replaceAll("\\p{Cntrl}", " ").strip();
        if (cleanName.isEmpty()) {
            errors.add("name", "networks.space.error.name-required");
        } else if (cleanName.codePointCount(0, cleanName.length()) > MAX_NAME) {
            errors.add("name", "networks.space.error.name-too-long");
        }
        String cleanDescription = description.strip();
        if (cleanDescription.codePointCount(0, cleanDescription.length()) > MAX_DESCRIPTION) {
            errors.add("description", "networks.space.error.description-too-long");
        }
        Optional<Visibility> chosenVisibility = Visibility.of(visibility);
        if (chosenVisibility.isEmpty()) errors.add("visibility", "networks.space.error.visibility-required");
        Optional<SpaceKind> chosenKind = SpaceKind.of(kind);
        if (chosenKind.isEmpty()) errors.add("kind", "networks.space.error.kind-required");
        if (!errors.isEmpty()) return Optional.empty();
        return Optional.of(new SpaceDraft(cleanName, cleanDescription, chosenVisibility.get(), chosenKind.get()));
    }
}
