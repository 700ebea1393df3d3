package dev.publiccredit.ledger.projections;

import dev.publiccredit.ledger.core.record.event.LicenceRecorded;
import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rows of one INSERT statement that handlers add one event at a time and that are written together: inside an Axon
 * unit of work (a tracking batch, the events of a command or a bulk chunk for a subscribing processor, a chunk of a
 * rebuild) they are kept until the unit of work prepares to commit, then written {@value #ROWS_PER_STATEMENT} rows a
 * statement, in the order added: one round trip instead of one per event. Outside a unit of work (tests, replays into
 * temporary tables) each row is written at once.
 *
 * <p>A statement takes its rows as one array per column, {@code INSERT INTO t (a, b) SELECT * FROM unnest(?::uuid[],
 * ?::date[])}, the arrays given as text literals: one parameter per column whatever the number of rows, where a
 * multi-row {@code VALUES} list binds and plans one parameter per cell. The columns' types are read from the
 * catalogue once.
 *
 * <p>Only the creation events of records ({@link PenaltyRecorded}, {@link LicenceRecorded}) defer their rows. A
 * projector flushes its pending rows before and after any other event ({@link #inOrder}), so a handler that reads or
 * updates a row finds every row of the events before it, exactly as if nothing had been deferred.
 */
public final class PendingRows {

    static final int ROWS_PER_STATEMENT = 1000;
    /** Fewer rows than this go by INSERT even where COPY could take them. */
    static final int COPY_FROM_ROWS = 16;
    private static final Pattern DO_NOTHING = Pattern.compile("(?is)\\s*ON\\s+CONFLICT\\s*\\([^)]*\\)\\s*DO\\s+NOTHING\\s*");
    private static final String UNIQUE_VIOLATION = "23505";
    private static final Pattern INSERT = Pattern.compile("(?is)\\s*INSERT\\s+INTO\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*");

    private final JdbcClient jdbc;
    private final String insert;
    private final String table;
    private final List<String> columnNames;
    private final String onConflict;
    private final int columns;
    private final @Nullable Function<Object[], Object> key;
    private final @Nullable BinaryOperator<Object[]> combine;
    private final String resource = PendingRows.class.getName() + "#" + System.identityHashCode(this);
    private final @Nullable DataSource copyVia;
    private final String copy;
    private volatile @Nullable String statement;

    /**
     * @param copyVia    the connection source of {@code jdbc}: the rows of an {@code ON CONFLICT … DO NOTHING}
     *                   written inside a transaction go by {@code COPY} (see {@link #copied}); {@code null}, always
     *                   by the {@code INSERT}
     * @param insert     {@code INSERT INTO table (columns)}
     * @param columns    the number of columns
     * @param onConflict the {@code ON CONFLICT} clause
     * @param key        for an {@code ON CONFLICT DO UPDATE}: the conflict key of a row. Rows of one statement with
     *                   the same key are combined into one, as PostgreSQL refuses to update a row twice in one
     *                   statement
     * @param combine    the row that an earlier and a later row with the same key make, as if written in turn
     */
    public PendingRows(JdbcClient jdbc, @Nullable DataSource copyVia, String insert, int columns, String onConflict,
                       @Nullable Function<Object[], Object> key, @Nullable BinaryOperator<Object[]> combine) {
        Matcher matcher = INSERT.matcher(insert);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("not INSERT INTO table (columns): " + insert);
        }
        this.jdbc = jdbc;
        this.insert = insert.strip();
        this.table = matcher.group(1);
        this.columnNames = Arrays.stream(matcher.group(2).split(",")).map(String::strip).toList();
        if (columnNames.size() != columns) {
            throw new IllegalArgumentException(columns + " columns expected in " + insert);
        }
        this.onConflict = onConflict;
        this.copyVia = key == null && DO_NOTHING.matcher(onConflict).matches() ? copyVia : null;
        this.copy = "COPY " + table + " (" + String.join(", ", columnNames) + ") FROM STDIN";
        this.columns = columns;
        this.key = key;
        this.combine = combine;
    }
    /** Adds a row: written now outside a unit of work, else when it commits or at the next {@link #flush}. */
    public void add(Object... row) {
        if (row.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values, got " + row.length);
        }
        if (!CurrentUnitOfWork.isStarted()) {
            write(List.<Object[]>of(row));
            return;
        }
        List<Object[]> pending = CommitBuffer.of(CurrentUnitOfWork.get(), resource, this::flush);
        pending.add(row);
    }

    /** Writes the rows pending in the current unit of work, if any. */
    public void flush() {
        if (CurrentUnitOfWork.isStarted()) {
            List<Object[]> pending = CurrentUnitOfWork.get().getResource(resource);
            if (pending != null) {
                flush(pending);
            }
        }
    }

    private void flush(List<Object[]> pending) {
        if (!pending.isEmpty()) {
            write(pending);
            pending.clear();
        }
    }

    private void write(List<Object[]> rows) {
        if (copyVia != null && rows.size() >= COPY_FROM_ROWS && copied(rows)) {
            return;
        }
        String sql = statement();
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> slice = merge(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
            Object[] arrays = new Object[columns];
            for (int column = 0; column < columns; column++) {
                arrays[column] = arrayLiteral(slice, column);
            }
            jdbc.sql(sql).params(arrays).update();
        }
    }

    /**
     * Writes the rows by {@code COPY}, which PostgreSQL takes for about two thirds of the cost of the {@code INSERT}
     * (docs/adr/0029): only inside a transaction, and in a savepoint. {@code COPY} cannot skip a row whose key is
     * there already (a batch handled again after a crash before its token was stored); then the savepoint is rolled
     * back and the rows go by the {@code INSERT … ON CONFLICT DO NOTHING}, which skips them. Answers whether the rows
     * were written.
     */
    private boolean copied(List<Object[]> rows) {
        Connection connection = DataSourceUtils.getConnection(copyVia);
        try {
            if (connection.getAutoCommit()) {
                return false;
            }
            Savepoint savepoint = connection.setSavepoint();
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(copyText(rows)));
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(savepoint);
                connection.releaseSavepoint(savepoint); // the INSERT after it runs in the transaction itself
                return false;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            connection.releaseSavepoint(savepoint);
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("could not copy rows into " + table + ": " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, copyVia);
        }
    }

    /** The rows in {@code COPY}'s text format: a line a row, tabs between values, {@code \\N} for null. */
    static String copyText(List<Object[]> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 160);
        for (Object[] row : rows) {
            for (int column = 0; column < row.length; column++) {
                if (column > 0) {
                    text.append('\t');
                }
                Object value = row[column];
                if (value == null) {
                    text.append("\\N");
                } else if (value instanceof String string) {
                    escaped(text, string);
                } else {
                    plain(text, value); // no backslash, tab or line break in any of these
                }
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** A string in {@code COPY}'s text format: backslash, tab, newline and carriage return escaped. */
    private static void escaped(StringBuilder text, String value) {
        int length = value.length();
        int from = 0;
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            String escape = c == '\\' ? "\\\\" : c == '\t' ? "\\t" : c == '\n' ? "\\n" : c == '\r' ? "\\r" : null;
            if (escape != null) {
                text.append(value, from, i).append(escape);
                from = i + 1;
            }
        }
        appendFrom(text, value, from);
    }

    /**
     * The string from {@code from} on. From its start, appended whole: Java 17 copies part of a string into a builder
     * one character at a time, a whole string as one array copy (nearly all values need no escaping).
     */
    private static void appendFrom(StringBuilder text, String value, int from) {
        if (from == 0) {
            text.append(value);
        } else {
            text.append(value, from, value.length());
        }
    }

    /** The statement, with each column's type from the catalogue (asked once). */
    private String statement() {
        String sql = statement;
        if (sql == null) {
            Map<String, String> types = new HashMap<>();
            jdbc.sql("""
                    SELECT a.attname, format_type(a.atttypid, a.atttypmod) FROM pg_attribute a
                    WHERE a.attrelid = CAST(? AS regclass) AND a.attnum > 0 AND NOT a.attisdropped""")
                    .param(table)
                    .query((rs, n) -> types.put(rs.getString(1), rs.getString(2)))
                    .list();
            StringJoiner arrays = new StringJoiner(", ", " SELECT * FROM unnest(", ") ");
            for (String column : columnNames) {
                String type = types.get(column.toLowerCase(Locale.ROOT));
                if (type == null) {
                    throw new IllegalStateException("no column " + column + " in " + table);
                }
                arrays.add("CAST(? AS " + type + "[])");
            }
            sql = insert + arrays + onConflict;
            statement = sql;
        }
        return sql;
    }

    /** The column's values in the rows, as the text of a PostgreSQL array. */
    static String arrayLiteral(List<Object[]> rows, int column) {
        StringBuilder text = new StringBuilder(rows.size() * 16).append('{');
        for (int i = 0; i < rows.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            element(text, rows.get(i)[column]);
        }
        return text.append('}').toString();
    }

    /** One element of an array's text: {@code NULL}, or the value's text, quoted where it could be read otherwise. */
    private static void element(StringBuilder text, @Nullable Object value) {
        if (value == null) {
            text.append("NULL");
        } else if (value instanceof String string) {
            quoted(text, string);
        } else if (value instanceof Enum<?> constant) {
            quoted(text, constant.name());
        } else {
            plain(text, value); // digits, letters, '-', ':', '.': nothing an array's text reads otherwise
        }
    }

    /**
     * The text PostgreSQL reads the value from: ISO 8601 dates and instants (by hand: {@code DateTimeFormatter}
     * was the largest cost of writing a rebuild's rows), {@code t}/{@code f}, enum names.
     */
    private static void plain(StringBuilder text, Object value) {
        if (value instanceof LocalDate day) {
            isoDate(text, day);
        } else if (value instanceof Timestamp timestamp) {
            isoInstant(text, timestamp.toInstant());
        } else if (value instanceof Instant instant) {
            isoInstant(text, instant);
        } else if (value instanceof Date date) {
            isoDate(text, date.toLocalDate());
        } else if (value instanceof Boolean bool) {
            text.append(bool ? 't' : 'f');
        } else if (value instanceof Enum<?> constant) {
            text.append(constant.name());
        } else if (value instanceof Number || value instanceof UUID) {
            text.append(value);
        } else {
            throw new IllegalArgumentException("no text for a " + value.getClass().getName());
        }
    }

    private static void isoDate(StringBuilder text, LocalDate day) {
        int year = day.getYear();
        if (year < 1000 || year > 9999) {
            text.append(day);
            return;
        }
        text.append(year).append('-');
        twoDigits(text, day.getMonthValue()).append('-');
        twoDigits(text, day.getDayOfMonth());
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.nnnnnnnnn]Z}; PostgreSQL rounds the fraction to microseconds. */
    static void isoInstant(StringBuilder text, Instant instant) {
        long seconds = instant.getEpochSecond();
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400));
        if (day.getYear() < 1000 || day.getYear() > 9999) {
            text.append(instant);
            return;
        }
        int secondOfDay = (int) Math.floorMod(seconds, 86_400);
        isoDate(text, day);
        text.append('T');
        twoDigits(text, secondOfDay / 3_600).append(':');
        twoDigits(text, secondOfDay / 60 % 60).append(':');
        twoDigits(text, secondOfDay % 60);
        int nanos = instant.getNano();
        if (nanos > 0) {
            text.append('.');
            for (int unit = 100_000_000; unit > 0; unit /= 10) {
                text.append((char) ('0' + nanos / unit % 10));
            }
        }
        text.append('Z');
    }

    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }

    private static void quoted(StringBuilder text, String value) {
        text.append('"');
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                text.append(value, from, i).append('\\');
                from = i;
            }
        }
        appendFrom(text, value, from);
        text.append('"');
    }

    /** Rows with the same key combined into one. */
    private List<Object[]> merge(List<Object[]> rows) {
        if (key == null || combine == null || rows.size() < 2) {
            return rows;
        }
        Map<Object, Object[]> merged = new LinkedHashMap<>();
        for (Object[] row : rows) {
            merged.merge(key.apply(row), row, combine);
        }
        return new ArrayList<>(merged.values());
    }

    /** Whether the event creates a record: its rows may wait for the end of the unit of work. */
    public static boolean createsRecord(EventMessage<?> event) {
        Object payload = event.getPayload();
        return payload instanceof PenaltyRecorded || payload instanceof LicenceRecorded;
    }

    /**
     * For a projector's {@code @MessageHandlerInterceptor}: the rows of earlier events are written before any event
     * that does not create a record, and its own right after, so that its handler sees them.
     */
    public static Object inOrder(EventMessage<?> event, InterceptorChain chain, PendingRows... rows)
            throws Exception {
        if (createsRecord(event)) {
            return chain.proceed();
        }
        for (PendingRows r : rows) {
            r.flush();
        }
        Object result = chain.proceed();
        for (PendingRows r : rows) {
            r.flush();
        }
        return result;
    }
}
