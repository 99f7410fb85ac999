package nl.plein.core.storage.copy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

/**
 * A table's row count and a SHA-256 over its rows in key order, computed the same way on either database: every
 * value goes through {@link ColumnType#canonical} and {@link ColumnType#text}, then into the digest as a length
 * and its UTF-8 bytes (a null as one marker byte), so no two different rows can write the same bytes.
 */
public record TableChecksum(long rows, String sha256) {

    static TableChecksum of(Connection connection, String select, List<Column> columns) {
        try (Statement statement = connection.createStatement()) {
            // With auto-commit off PostgreSQL's driver streams the rows through a cursor instead of holding them all.
            statement.setFetchSize(1000);
            try (ResultSet result = statement.executeQuery(select)) {
                return of(result, columns);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read for the checksum: " + select, e);
        }
    }

    private static TableChecksum of(ResultSet result, List<Column> columns) throws SQLException {
        MessageDigest digest = newDigest();
        long rows = 0;
        while (result.next()) {
            rows++;
            for (int i = 0; i < columns.size(); i++) {
                ColumnType type = columns.get(i).type();
                Object value = type.read(result, i + 1);
                if (value == null) {
                    digest.update((byte) 0);
                } else {
                    byte[] text = type.text(value).getBytes(StandardCharsets.UTF_8);
                    digest.update((byte) 1);
                    digest.update(ByteBuffer.allocate(4).putInt(text.length).array());
                    digest.update(text);
                }
            }
        }
        return new TableChecksum(rows, HexFormat.of().formatHex(digest.digest()));
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
