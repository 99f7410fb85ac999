package nl.plein.networks.trajectory;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * What the list of trajectories is narrowed to: a province, a status and a text found in the theme or municipality.
 * Empty means "any". A province or status that is not one of ours is ignored rather than refused: a filter is a link
 * people share and edit, not a form that stores anything.
 */
public record TrajectoryFilter(String province, String status, String text) {

    static final int MAX_TEXT = 100;

    public static final TrajectoryFilter NONE = new TrajectoryFilter("", "", "");

    static TrajectoryFilter of(Context ctx) {
        String province = Objects.requireNonNullElse(ctx.queryParam("province"), "");
        String status = Objects.requireNonNullElse(ctx.queryParam("status"), "");
        String text = ctx.queryParam("text");
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) text = text.substring(0, MAX_TEXT);
        return new TrajectoryFilter(Provinces.ALL.contains(province) ? province : "",
                TrajectoryStatus.of(status).isPresent() ? status : "", text);
    }

    public boolean isEmpty() {
        return province.isEmpty() && status.isEmpty() && text.isEmpty();
    }

    /** The filter as a query string (without "?"), for the links to other pages of the list. */
    public String query() {
        StringJoiner query = new StringJoiner("&");
        if (!province.isEmpty()) query.add("province=" + encode(province));
        if (!status.isEmpty()) query.add("status=" + encode(status));
        if (!text.isEmpty()) query.add("text=" + encode(text));
        return query.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
