package nl.plein.core.storage;

import nl.plein.api.form.Paging;

/** Core's name for {@link Paging#likeContaining(String)}, so core and plugins build LIKE patterns the same way. */
public final class Like {

    private Like() {
    }

    public static String containing(String text) {
        return Paging.likeContaining(text);
    }
}
