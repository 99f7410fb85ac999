package nl.plein.goodbusy;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/** Reading the columns every Good Busy table shares. */
public final class Rows {

    private Rows() {
    }

    /** An instant column that may be null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        long millis = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(millis);
    }

    /** Ids are 36-character UUIDs: anything else is not found, without asking the database. */
    public static boolean plausibleId(String id) {
        return id != null && id.length() == 36;
    }
}
