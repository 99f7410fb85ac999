package nl.plein.goodbusy.profile;

import java.util.Map;
import nl.plein.goodbusy.vocabulary.Vocabulary;

/** The vocabulary lists under the names the Good Busy form templates use for their options. */
public final class Choices {

    private Choices() {
    }

    /** {@code sectors}, {@code sizeBands}, {@code provinces}, {@code causes}, {@code skills} and {@code forms}. */
    public static Map<String, Object> all() {
        return Map.of("sectors", Vocabulary.SECTORS, "sizeBands", Vocabulary.SIZE_BANDS, "provinces",
                Vocabulary.PROVINCES, "causes", Vocabulary.CAUSES, "skills", Vocabulary.SKILLS, "forms",
                Vocabulary.FORMS);
    }
}
