package nl.plein.core.storage.copy;

/** The copy broke off halfway: the target holds part of the data and must be emptied before the next attempt. */
public final class CopyFailed extends RuntimeException {

    public CopyFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
