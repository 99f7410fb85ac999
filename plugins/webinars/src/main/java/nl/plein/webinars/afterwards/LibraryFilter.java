package nl.plein.webinars.afterwards;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What the library is filtered on; each is empty when not chosen. Only choices the library offers are taken: anything
 * else in the address (an old link, a typo) counts as "all".
 */
record LibraryFilter(String topic, String week, String speaker) {

    static LibraryFilter of(Context ctx, List<String> topics, List<String> weekIds, List<String> speakerIds) {
        return new LibraryFilter(choice(ctx, "topic", topics), choice(ctx, "week", weekIds),
                choice(ctx, "speaker", speakerIds));
    }

    /** The filter as a query string for the page links, without a leading {@code ?}; empty for no filter. */
    String query() {
        List<String> parts = new ArrayList<>();
        if (!topic.isEmpty()) parts.add("topic=" + URLEncoder.encode(topic, StandardCharsets.UTF_8));
        if (!week.isEmpty()) parts.add("week=" + URLEncoder.encode(week, StandardCharsets.UTF_8));
        if (!speaker.isEmpty()) parts.add("speaker=" + URLEncoder.encode(speaker, StandardCharsets.UTF_8));
        return String.join("&", parts);
    }

    private static String choice(Context ctx, String name, List<String> allowed) {
        String value = ctx.queryParam(name);
        return value != null && allowed.contains(value) ? value : "";
    }
}
