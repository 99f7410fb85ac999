package nl.plein.core.storage.copy;

/**
 * A column of a target table; a generated one is computed by PostgreSQL and never written.
 *
 * @param limit the most a value may be: characters for text ({@code VARCHAR(n)}), the largest number for whole
 *              numbers ({@code INTEGER}: 2,147,483,647); {@link Long#MAX_VALUE} when there is no limit
 */
record Column(String name, ColumnType type, boolean generated, long limit) {

    static Column ofPostgresql(String name, String dataType, boolean generated, Integer maximumLength) {
        ColumnType type = ColumnType.ofPostgresql(dataType);
        long limit = switch (dataType) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> type == ColumnType.TEXT && maximumLength != null ? maximumLength : Long.MAX_VALUE;
        };
        return new Column(name, type, generated, limit);
    }

    String describe() {
        return switch (type) {
            case TEXT -> limit == Long.MAX_VALUE ? "TEXT" : "VARCHAR(" + limit + ")";
            case INTEGER -> limit == Short.MAX_VALUE ? "SMALLINT" : limit == Integer.MAX_VALUE ? "INTEGER" : "BIGINT";
            default -> type.name();
        };
    }
}
