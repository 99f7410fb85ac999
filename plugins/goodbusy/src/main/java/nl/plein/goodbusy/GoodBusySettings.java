package nl.plein.goodbusy;

import nl.plein.api.PluginSettings;

/**
 * The operator's settings ({@code PLEIN_GOODBUSY_<KEY>} or {@code goodbusy.<key>} in the config file).
 *
 * @param answerDays   days a side has to answer a proposal (or approve hours) before it is nudged by mail; after twice
 *                     as many an unanswered proposal expires and the proposer is told ({@code ANSWER_DAYS}, default 5)
 * @param goodMatch    the score from which a new match is announced in the daily digest ({@code GOOD_MATCH}, 70)
 * @param digestHour   the hour (Europe/Amsterdam) the daily digest goes out ({@code DIGEST_HOUR}, default 7)
 */
public record GoodBusySettings(int answerDays, int goodMatch, int digestHour) {

    public static GoodBusySettings from(PluginSettings settings) {
        return new GoodBusySettings(number(settings, "answer-days", 5, 1, 60),
                number(settings, "good-match", 70, 1, 100), number(settings, "digest-hour", 7, 0, 23));
    }

    private static int number(PluginSettings settings, String key, int fallback, int min, int max) {
        String value = settings.get(key, String.valueOf(fallback)).strip();
        if (!value.matches("[0-9]{1,4}")) {
            throw new IllegalArgumentException("goodbusy." + key + " must be a whole number, was: " + value);
        }
        int number = Integer.parseInt(value);
        if (number < min || number > max) {
            throw new IllegalArgumentException("goodbusy." + key + " must be between " + min + " and " + max);
        }
        return number;
    }
}
