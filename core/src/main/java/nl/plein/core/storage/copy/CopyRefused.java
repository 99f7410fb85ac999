package nl.plein.core.storage.copy;

/**
 * The copy did not start, and nothing was written to the target: the message says why and what to do. (Running the
 * migrations on an empty target does not count: it holds no data afterwards and a next attempt starts the same way.)
 */
public final class CopyRefused extends RuntimeException {

    public CopyRefused(String message) {
        super(message);
    }
}
