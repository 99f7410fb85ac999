package nl.plein.journeys;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** What a page says in a language, read from the checkout's message files (core's and each plugin's). */
final class Messages {

    private final Properties texts = new Properties();
    private final java.util.Locale locale;

    Messages(String language) {
        this.locale = java.util.Locale.forLanguageTag(language);
        String suffix = "nl".equals(language) ? "" : "_" + language;
        load(Path.of("../core/src/main/resources/i18n/core/messages" + suffix + ".properties"));
        for (String plugin : new String[] {"example", "expeditions", "webinars", "goodbusy", "networks"}) {
            load(Path.of("../plugins/" + plugin + "/src/main/resources/i18n/" + plugin + "/messages" + suffix + ".properties"));
        }
    }

    String t(String key) {
        String value = texts.getProperty(key);
        if (value == null) throw new AssertionError("no message " + key);
        return value;
    }

    /** With arguments filled in, as the platform formats them ({@link java.text.MessageFormat} in the language). */
    String t(String key, Object... args) {
        return new java.text.MessageFormat(t(key), locale).format(args);
    }

    private void load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            texts.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
