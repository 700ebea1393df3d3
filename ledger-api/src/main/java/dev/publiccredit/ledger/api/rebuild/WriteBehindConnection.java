package dev.publiccredit.ledger.api.rebuild;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A connection that defers the projectors' writes to the rebuilt tables and sends them in batches, with the same
 * outcome as sending them one by one in order. The projectors run unchanged: each {@code jdbc.sql(...).update()} on
 * this connection is queued and answers 1 (no projector reads the count).
 *
 * <p>Why the outcome is the same:
 * <ul>
 *   <li>Queued statements on different tables commute: the rebuilt tables have no triggers, and a flush sends the
 *       tables in the order given, a foreign key's parent before its child (the projectors only insert and update
 *       parents, and delete only children).</li>
 *   <li>On one table, only one statement text is queued at a time: a different statement on a table with queued
 *       writes, a statement that names more than one rebuilt table, any write to another table and any query first
 *       flush everything queued.</li>
 *   <li>An {@code INSERT INTO t (columns) VALUES (?, ...)} is sent as multi-row inserts. Rows with the same
 *       {@code ON CONFLICT (key)} of a {@code DO UPDATE} go in successive statements (waves), since one statement
 *       cannot update a row twice; rows with distinct keys commute. {@code DO NOTHING} keeps the first row of a key
 *       within one statement as it would one by one.</li>
 *   <li>Other writes (updates, deletes, {@code INSERT ... SELECT}) are sent as JDBC batches of their statement.</li>
 * </ul>
 */
final class WriteBehindConnection implements InvocationHandler {

    private static final Pattern INSERT = Pattern.compile(
            "(?is)\\s*INSERT\\s+INTO\\s+(\\w+)\\s*\\(([^)]*)\\)\\s*VALUES\\s*\\(([\\s?,]*)\\)(.*)");
    private static final Pattern CONFLICT = Pattern.compile("(?is)\\s*ON\\s+CONFLICT\\s*\\(([^)]*)\\)\\s*DO\\s+(\\w+).*");
    private static final Pattern WRITE = Pattern.compile("(?is)\\s*(INSERT|UPDATE|DELETE)\\b.*");
    /** PostgreSQL's limit is 65535 parameters per statement. */
    private static final int MAX_PARAMETERS = 30_000;
    private static final int MAX_ROWS = 1_000;

    private final Connection target;
    private final int maxQueuedRows;
    private final Set<String> tables;
    private final Map<String, Pattern> tablePatterns = new HashMap<>();
    /** Each table's place in the order given: a foreign key's parent before its child. */
    private final Map<String, Integer> rank = new HashMap<>();
    /** Queued rows by statement text, in the order each text was first queued. */
    private final LinkedHashMap<String, List<Object[][]>> queued = new LinkedHashMap<>();
    /** The statement text queued for each table. */
    private final Map<String, String> queuedOn = new HashMap<>();
    private final Map<String, Shape> shapes = new HashMap<>();
    private final Map<String, ParameterMetaData> described = new HashMap<>();
    private int queuedRows;

    private WriteBehindConnection(Connection target, Set<String> tables, int maxQueuedRows) {
        this.target = target;
        this.maxQueuedRows = maxQueuedRows;
        this.tables = tables;
        for (String table : tables) {
            tablePatterns.put(table, Pattern.compile("(?i)\\b" + table + "\\b"));
            rank.put(table, rank.size());
        }
    }

    /** The connection the projectors write through, and its flush. */
    record Handle(Connection connection, WriteBehindConnection writes) {
    }

    /** {@code tables}: the rebuilt tables, a foreign key's parent before its child. */
    static Handle wrap(Connection target, Set<String> tables) {
        return wrap(target, tables, 20 * MAX_ROWS);
    }

    /** As {@link #wrap(Connection, Set)}, flushing whenever {@code maxQueuedRows} rows are queued. */
    static Handle wrap(Connection target, Set<String> tables, int maxQueuedRows) {
        WriteBehindConnection handler = new WriteBehindConnection(target, tables, maxQueuedRows);
        Connection proxy = (Connection) Proxy.newProxyInstance(WriteBehindConnection.class.getClassLoader(),
                new Class<?>[]{Connection.class}, handler);
        return new Handle(proxy, handler);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return "write-behind " + target;
            case "close":
                return null;
            case "commit":
                flush();
                target.commit();
                return null;
            case "rollback": // all of it, or back to a savepoint (taken with nothing queued, so all queued is after it)
                clear();
                return call(target, method, args);
            case "setSavepoint":
            case "unwrap": // the caller works on the connection itself (a COPY): everything queued goes first
                flush();
                return call(target, method, args);
            case "prepareStatement":
                if (args.length == 1 && WRITE.matcher((String) args[0]).matches()) {
                    return deferred((String) args[0]);
                }
                flush();
                return call(target, method, args);
            case "createStatement":
            case "prepareCall":
                flush();
                return call(target, method, args);
            default:
                return call(target, method, args);
        }
    }

    /** Sends every queued write: table by table, parents before children, each table's rows in order. */
    void flush() throws SQLException {
        List<Map.Entry<String, List<Object[][]>>> entries = new ArrayList<>(queued.entrySet());
        entries.sort(java.util.Comparator.comparingInt(entry -> rank.get(shape(entry.getKey()).tables.get(0))));
        for (Map.Entry<String, List<Object[][]>> entry : entries) {
            send(entry.getKey(), entry.getValue());
        }
        clear();
    }

    private void clear() {
        queued.clear();
        queuedOn.clear();
        queuedRows = 0;
    }

    /** A prepared statement whose {@code executeUpdate} queues the parameters it was given. */
    private PreparedStatement deferred(String sql) {
        Map<Integer, Object[]> parameters = new TreeMap<>();
        return (PreparedStatement) Proxy.newProxyInstance(WriteBehindConnection.class.getClassLoader(),
                new Class<?>[]{PreparedStatement.class}, (statement, method, args) -> {
                    String name = method.getName();
                    if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer) {
                        Object[] call = new Object[args.length + 1];
                        call[0] = method;
                        System.arraycopy(args, 0, call, 1, args.length);
                        parameters.put((Integer) args[0], call);
                        return null;
                    }
                    switch (name) {
                        case "executeUpdate":
                            int count = queue(sql, parameters.values().toArray(new Object[0][]));
                            parameters.clear();
                            return count;
                        case "clearParameters":
                            parameters.clear();
                            return null;
                        case "close":
                            return null;
                        case "getConnection":
                            return statement == null ? null : target;
                        case "getParameterMetaData":
                            return parameterTypes(sql);
                        case "equals":
                            return statement == args[0];
                        case "hashCode":
                            return System.identityHashCode(statement);
                        case "getWarnings":
                            return null;
                        case "getUpdateCount":
                            return 1;
                        default:
                            throw new UnsupportedOperationException("write-behind statement: " + name);
                    }
                });
    }

    /** Queues the row, or sends it at once (answering its count) when it cannot wait. */
    private int queue(String sql, Object[][] row) throws SQLException {
        Shape shape = shape(sql);
        boolean conflict = shape.tables.size() != 1;
        for (String table : shape.tables) {
            String other = queuedOn.get(table);
            conflict |= other != null && !other.equals(sql);
        }
        if (conflict) {
            flush();
        }
        if (shape.tables.size() != 1) {
            return send(sql, List.<Object[][]>of(row));
        }
        queuedOn.put(shape.tables.get(0), sql);
        queued.computeIfAbsent(sql, s -> new ArrayList<>()).add(row);
        if (++queuedRows >= maxQueuedRows) {
            flush();
        }
        return 1;
    }

    /** Sends the rows of one statement text; answers the count of the last statement sent. */
    private int send(String sql, List<Object[][]> rows) throws SQLException {
        Shape shape = shape(sql);
        if (shape.columns > 0 && rows.size() > 1) {
            for (List<Object[][]> wave : shape.waves(rows)) {
                int perStatement = Math.max(1, Math.min(MAX_ROWS, MAX_PARAMETERS / shape.columns));
                for (int from = 0; from < wave.size(); from += perStatement) {
                    List<Object[][]> part = wave.subList(from, Math.min(wave.size(), from + perStatement));
                    try (PreparedStatement insert = target.prepareStatement(shape.multiRow(part.size()))) {
                        int offset = 0;
                        for (Object[][] row : part) {
                            bind(insert, row, offset);
                            offset += shape.columns;
                        }
                        insert.executeUpdate();
                    }
                }
            }
            return rows.size();
        }
        try (PreparedStatement statement = target.prepareStatement(sql)) {
            for (Object[][] row : rows) {
                bind(statement, row, 0);
                if (rows.size() > 1) {
                    statement.addBatch();
                }
            }
            if (rows.size() > 1) {
                statement.executeBatch();
                return rows.size();
            }
            return statement.executeUpdate();
        }
    }

    /** Replays the recorded {@code setXxx(index, ...)} calls on {@code statement}, the indexes moved by offset. */
    private static void bind(PreparedStatement statement, Object[][] row, int offset) throws SQLException {
        for (Object[] call : row) {
            Object[] args = new Object[call.length - 1];
            System.arraycopy(call, 1, args, 0, args.length);
            args[0] = (Integer) args[0] + offset;
            try {
                ((Method) call[0]).invoke(statement, args);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new SQLException("could not bind " + ((Method) call[0]).getName(), e);
            }
        }
    }

    /**
     * The parameter types of a statement text, asked of the database once: Spring asks for them at every null it
     * binds, and the driver answers each time with a round trip.
     */
    private ParameterMetaData parameterTypes(String sql) throws SQLException {
        ParameterMetaData types = described.get(sql);
        if (types == null) {
            try (PreparedStatement statement = target.prepareStatement(sql)) {
                types = statement.getParameterMetaData();
            }
            described.put(sql, types);
        }
        return types;
    }

    private Shape shape(String sql) {
        return shapes.computeIfAbsent(sql, this::parse);
    }

    private Shape parse(String sql) {
        List<String> named = new ArrayList<>();
        for (String table : tables) {
            if (tablePatterns.get(table).matcher(sql).find()) {
                named.add(table);
            }
        }
        Matcher insert = INSERT.matcher(sql);
        if (named.size() == 1 && insert.matches()) {
            String[] columns = insert.group(2).split(",");
            long placeholders = insert.group(3).chars().filter(c -> c == '?').count();
            Matcher conflict = CONFLICT.matcher(insert.group(4));
            boolean plain = insert.group(4).isBlank();
            if (placeholders == columns.length && (plain || conflict.matches())) {
                int[] key = new int[0];
                if (!plain && conflict.group(2).toUpperCase(Locale.ROOT).equals("UPDATE")) {
                    key = keyPositions(columns, conflict.group(1).split(","));
                }
                return new Shape(named, sql, insert.group(1), insert.group(2), insert.group(4), columns.length, key);
            }
        }
        return new Shape(named, sql, "", "", "", 0, new int[0]);
    }

    private static int[] keyPositions(String[] columns, String[] key) {
        int[] positions = new int[key.length];
        for (int k = 0; k < key.length; k++) {
            positions[k] = -1;
            for (int c = 0; c < columns.length; c++) {
                if (columns[c].strip().equalsIgnoreCase(key[k].strip())) {
                    positions[k] = c + 1;
                }
            }
            if (positions[k] < 0) {
                throw new IllegalStateException("conflict key " + key[k] + " is not an inserted column");
            }
        }
        return positions;
    }

    /** What a write statement touches, and how to send many of it at once. */
    private record Shape(List<String> tables, String sql, String table, String columnList, String rest, int columns,
                         int[] conflictKey) {

        String multiRow(int rows) {
            StringBuilder values = new StringBuilder();
            String one = "(" + "?, ".repeat(columns - 1) + "?)";
            for (int r = 0; r < rows; r++) {
                values.append(r == 0 ? "" : ", ").append(one);
            }
            return "INSERT INTO " + table + " (" + columnList + ") VALUES " + values + " " + rest;
        }

        /** The rows in successive groups in which no {@code DO UPDATE} key repeats, keeping their order. */
        List<List<Object[][]>> waves(List<Object[][]> rows) {
            if (conflictKey.length == 0) {
                return List.of(rows);
            }
            List<List<Object[][]>> waves = new ArrayList<>();
            Map<List<Object>, Integer> seen = new HashMap<>();
            for (Object[][] row : rows) {
                List<Object> key = new ArrayList<>();
                for (int position : conflictKey) {
                    key.add(valueAt(row, position));
                }
                int wave = seen.merge(key, 0, (before, none) -> before + 1);
                if (wave == waves.size()) {
                    waves.add(new ArrayList<>());
                }
                waves.get(wave).add(row);
            }
            return waves;
        }

        private static Object valueAt(Object[][] row, int position) {
            for (Object[] call : row) {
                if ((Integer) call[1] == position) {
                    return call.length > 2 ? String.valueOf(call[2]) : "null";
                }
            }
            return "unset";
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
