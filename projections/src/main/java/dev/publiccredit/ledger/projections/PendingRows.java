package dev.publiccredit.ledger.projections;

import dev.publiccredit.ledger.core.record.event.LicenceRecorded;
import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * Rows of one INSERT statement that handlers add one event at a time and that are written together: inside an Axon
 * unit of work (a tracking batch, or the events of a command or a bulk chunk for a subscribing processor) they are
 * kept until the unit of work prepares to commit, then written as multi-row INSERTs of up to {@value #ROWS_PER_STATEMENT}
 * rows, in the order added: one round trip instead of one per event. Outside a unit of work (tests, replays into
 * temporary tables) each row is written at once.
 *
 * <p>Only the creation events of records ({@link PenaltyRecorded}, {@link LicenceRecorded}) defer their rows. A
 * projector flushes its pending rows before and after any other event ({@link #inOrder}), so a handler that reads or
 * updates a row finds every row of the events before it, exactly as if nothing had been deferred.
 */
public final class PendingRows {

    static final int ROWS_PER_STATEMENT = 500;

    private final JdbcClient jdbc;
    private final String insert;
    private final String onConflict;
    private final int columns;
    private final String values;
    private final @Nullable Function<Object[], Object> key;
    private final @Nullable BinaryOperator<Object[]> combine;
    private final String resource = PendingRows.class.getName() + "#" + System.identityHashCode(this);

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
        this.jdbc = jdbc;
        this.insert = insert;
        this.onConflict = onConflict;
        this.columns = columns;
        this.key = key;
        this.combine = combine;
        this.values = "(" + String.join(", ", java.util.Collections.nCopies(columns, "?")) + ")";
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
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            List<Object[]> slice = merge(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
            StringBuilder sql = new StringBuilder(insert).append(" VALUES ");
            List<Object> params = new ArrayList<>(slice.size() * columns);
            for (int i = 0; i < slice.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(values);
                params.addAll(Arrays.asList(slice.get(i)));
            }
            jdbc.sql(sql.append(' ').append(onConflict).toString()).params(params).update();
        }
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
