package nl.plein.core.storage.copy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.Base64;
import java.util.Locale;

/**
 * What a target column holds, decided by its PostgreSQL type, and the one place where a value is turned into Java
 * (from SQLite, which is lax about types, and from PostgreSQL, which is not), bound, and written as text for the
 * checksum. Both sides of the verification go through {@link #canonical} and {@link #text}, so a value counts as the
 * same only when it means the same: SQLite's 1 in a BOOLEAN column and PostgreSQL's {@code true} are both "true".
 */
enum ColumnType {
    BOOLEAN, INTEGER, DECIMAL, FLOAT, TEXT, BYTES,
    /** Anything else (json, uuid, …): carried as text and cast by PostgreSQL. */
    OTHER;

    static ColumnType ofPostgresql(String dataType) {
        return switch (dataType.toLowerCase(Locale.ROOT)) {
            case "boolean" -> BOOLEAN;
            case "smallint", "integer", "bigint" -> INTEGER;
            case "numeric" -> DECIMAL;
            case "real", "double precision" -> FLOAT;
            case "character varying", "character", "text" -> TEXT;
            case "bytea" -> BYTES;
            default -> OTHER;
        };
    }

    /** Text sorts by code point on both sides only with a binary collation; other types need none. */
    boolean collatable() {
        return this == TEXT;
    }

    /** The value in column {@code index} as Boolean, Long, BigDecimal, Double, String or byte[]; null stays null. */
    Object read(ResultSet row, int index) throws SQLException {
        Object raw = switch (this) {
            case TEXT, OTHER -> row.getString(index);
            case BYTES -> row.getBytes(index);
            default -> row.getObject(index);
        };
        return raw == null ? null : canonical(raw);
    }

    /** Refuses what cannot be carried over without changing its meaning (a 2 in a boolean column, text in a number). */
    Object canonical(Object value) {
        return switch (this) {
            case BOOLEAN -> toBoolean(value);
            case INTEGER -> toLong(value);
            case DECIMAL -> value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString().trim());
            case FLOAT -> value instanceof Number number ? number.doubleValue() : Double.parseDouble(value.toString().trim());
            case TEXT, OTHER -> value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : value.toString();
            case BYTES -> value instanceof byte[] bytes ? bytes : value.toString().getBytes(StandardCharsets.UTF_8);
        };
    }

    void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, switch (this) {
                case BOOLEAN -> Types.BOOLEAN;
                case INTEGER -> Types.BIGINT;
                case DECIMAL -> Types.NUMERIC;
                case FLOAT -> Types.DOUBLE;
                case TEXT -> Types.VARCHAR;
                case BYTES -> Types.BINARY;
                case OTHER -> Types.OTHER;
            });
            return;
        }
        switch (this) {
            case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
            case INTEGER -> statement.setLong(index, (Long) value);
            case DECIMAL -> statement.setBigDecimal(index, (BigDecimal) value);
            case FLOAT -> statement.setDouble(index, (Double) value);
            case TEXT -> statement.setString(index, (String) value);
            case BYTES -> statement.setBytes(index, (byte[]) value);
            case OTHER -> statement.setObject(index, value, Types.OTHER);
        }
    }

    /** The checksum's text of a canonical, non-null value. */
    String text(Object value) {
        return switch (this) {
            case DECIMAL -> ((BigDecimal) value).stripTrailingZeros().toPlainString();
            case BYTES -> Base64.getEncoder().encodeToString((byte[]) value);
            default -> value.toString();
        };
    }

    private static Boolean toBoolean(Object value) {
        if (value instanceof Boolean bool) return bool;
        // Plein binds booleans from Java; SQLite keeps them as the integers 0 and 1.
        if (value instanceof Integer || value instanceof Long) {
            long number = ((Number) value).longValue();
            if (number == 0 || number == 1) return number == 1;
        }
        throw new IllegalArgumentException("\"" + value + "\" is not a boolean (0 or 1)");
    }

    private static Long toLong(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            if (number == Math.rint(number) && Math.abs(number) < 0x1p53) return (long) number;
        } else {
            try {
                return Long.parseLong(value.toString().trim());
            } catch (NumberFormatException ignored) {
                // reported below
            }
        }
        throw new IllegalArgumentException("\"" + value + "\" is not a whole number");
    }
}
