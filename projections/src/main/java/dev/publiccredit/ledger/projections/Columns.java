package dev.publiccredit.ledger.projections;

import org.jspecify.annotations.Nullable;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Dates and instants of a read model's row, as the driver decodes them, for every read model: {@code java.sql.Date}
 * and {@code Timestamp} would go through a {@code Calendar} each, on the read path of every profile.
 */
public final class Columns {

    private Columns() {
    }

    /** A {@code DATE} column; null when SQL NULL. */
    public static @Nullable LocalDate day(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** A {@code TIMESTAMPTZ NOT NULL} column. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    /** A {@code TIMESTAMPTZ} column that may be SQL NULL. */
    public static @Nullable Instant instantOrNull(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
