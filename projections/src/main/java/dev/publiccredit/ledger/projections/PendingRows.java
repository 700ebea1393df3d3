package dev.publiccredit.ledger.projections;

import dev.publiccredit.ledger.core.record.event.LicenceRecorded;
import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Date;
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
    private volatile @Nullable String statement;

    /**
     * @param insert     {@code INSERT INTO table (columns)}
     * @param columns    the number of columns
     * @param onConflict the {@code ON CONFLICT} clause
     * @param key        for an {@code ON CONFLICT DO UPDATE}: the conflict key of a row. Rows of one statement with
     *                   the same key are combined into one, as PostgreSQL refuses to update a row twice in one
     *                   statement
     * @param combine    the row that an earlier and a later row with the same key make, as if written in turn
     */
    public PendingRows(JdbcClient jdbc, String insert, int columns, String onConflict,
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
        } else if (value instanceof Timestamp timestamp) {
            text.append('"').append(timestamp.toInstant()).append('"');
        } else if (value instanceof Date date) {
            text.append(date.toLocalDate());
        } else if (value instanceof Boolean bool) {
            text.append(bool ? 't' : 'f');
        } else if (value instanceof Enum<?> constant) {
            quoted(text, constant.name());
        } else if (value instanceof Instant instant) {
            text.append('"').append(instant).append('"');
        } else if (value instanceof Number || value instanceof UUID || value instanceof LocalDate) {
            text.append(value);
        } else {
            throw new IllegalArgumentException("no array text for a " + value.getClass().getName());
        }
    }

    private static void quoted(StringBuilder text, String value) {
        text.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                text.append('\\');
            }
            text.append(c);
        }
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
