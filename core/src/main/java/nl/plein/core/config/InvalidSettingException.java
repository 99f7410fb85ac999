package nl.plein.core.config;

/** A setting that cannot be used; its message is the one line an operator sees before start-up stops. */
public class InvalidSettingException extends RuntimeException {

    public InvalidSettingException(String message) {
        super(message);
    }
}
