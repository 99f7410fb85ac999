package nl.plein.api.form;

import io.javalin.http.Context;

/**
 * Reading list pages the same way everywhere: {@code ?page=3}. Lists fetch one row more than a page to know whether
 * a next page exists.
 *
 * <pre>{@code
 * int page = Paging.page(ctx);
 * List<Notice> rows = notices.newest(page);            // LIMIT :size + 1 OFFSET (page - 1) * :size
 * boolean hasNext = rows.size() > PAGE_SIZE;
 * }</pre>
 */
public final class Paging {

    private Paging() {
    }

    /** The page number asked for: 1 when absent or not a sane number. */
    public static int page(Context ctx) {
        String page = ctx.queryParam("page");
        return page == null || !page.matches("[1-9][0-9]{0,5}") ? 1 : Integer.parseInt(page);
    }

    /**
     * A SQL LIKE pattern that finds the text anywhere, with the wildcards a person might type taken literally. Use it
     * as {@code LOWER(column) LIKE :p ESCAPE '!'}; the same statement runs on SQLite and PostgreSQL.
     */
    public static String likeContaining(String text) {
        return "%" + text.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_")
                + "%";
    }
}
