package nl.plein.goodbusy.matching;

import java.util.List;

/**
 * One plain-language reason behind a score, as a message key with its arguments, so each reader gets it in their
 * own language: {@code goodbusy.reason.skills} with {@code [4, 5]} reads "4 of 5 skills".
 *
 * @param good whether it speaks for the match (shown with a tick) or against it
 */
public record Reason(String key, List<Object> args, boolean good) {

    public static Reason good(String key, Object... args) {
        return new Reason(key, List.of(args), true);
    }

    public static Reason weak(String key, Object... args) {
        return new Reason(key, List.of(args), false);
    }
}
