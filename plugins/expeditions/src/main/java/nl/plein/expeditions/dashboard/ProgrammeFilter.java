package nl.plein.expeditions.dashboard;

import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.plein.expeditions.expedition.ExpeditionForm;
import nl.plein.expeditions.expedition.TargetGroup;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Which expeditions the programme's figures cover, from the page's GET parameters {@code province}, {@code focus}
 * (the expedition's target group) and {@code year} (of its first day). A value that is not one of the known ones
 * is ignored rather than refused: the page then shows everything, and the form shows no choice for it.
 *
 * <p>The SQL it adds is fixed text with bound values, never the typed input; it expects the expeditions table
 * under the alias {@code e}.
 */
public record ProgrammeFilter(String province, TargetGroup focus, Integer year) {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    public static final ProgrammeFilter NONE = new ProgrammeFilter(null, null, null);

    public static ProgrammeFilter of(Context ctx) {
        String province = ctx.queryParam("province");
        String focus = ctx.queryParam("focus");
        String year = ctx.queryParam("year");
        // List.of(…).contains(null) throws, hence the null checks.
        return new ProgrammeFilter(province != null && ExpeditionForm.PROVINCES.contains(province) ? province : null,
                focus == null ? null : TargetGroup.of(focus).orElse(null),
                year != null && year.matches("[0-9]{4}") && Integer.parseInt(year) >= FIRST_YEAR
                        && Integer.parseInt(year) <= LAST_YEAR ? Integer.valueOf(year) : null);
    }

    public boolean any() {
        return province != null || focus != null || year != null;
    }

    /** The focus as the form's value ({@code young-people} …), or empty. */
    public String focusCode() {
        return focus == null ? "" : focus.code();
    }

    /** Conditions to append after a {@code WHERE}, each starting with {@code AND}. */
    String sql() {
        StringBuilder sql = new StringBuilder();
        if (province != null) sql.append(" AND e.province = :province");
        if (focus != null) sql.append(" AND e.focus = :focus");
        // starts_on is an ISO date: a range on the text keeps the index usable, unlike a function of the column.
        if (year != null) sql.append(" AND e.starts_on >= :fromDay AND e.starts_on < :untilDay");
        return sql.toString();
    }

    <T extends SqlStatement<T>> T bind(T statement) {
        if (province != null) statement.bind("province", province);
        if (focus != null) statement.bind("focus", focus.code());
        if (year != null) statement.bind("fromDay", year + "-01-01").bind("untilDay", (year + 1) + "-01-01");
        return statement;
    }

    /** The filter as a query string for links (pagination, export), without the leading {@code ?}; may be empty. */
    public String query() {
        List<String> parts = new ArrayList<>();
        if (province != null) parts.add("province=" + URLEncoder.encode(province, StandardCharsets.UTF_8));
        if (focus != null) parts.add("focus=" + focus.code());
        if (year != null) parts.add("year=" + year);
        return String.join("&", parts);
    }
}
