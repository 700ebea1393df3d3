package dev.publiccredit.ledger.api.rebuild;

import dev.publiccredit.ledger.projections.disclosure.DisclosureHistoryProjector;
import dev.publiccredit.ledger.projections.authorisation.SubjectAuthorisationProjector;
import dev.publiccredit.ledger.projections.dispute.DisputeCaseIndex;
import dev.publiccredit.ledger.projections.dispute.DisputeCaseProjector;
import dev.publiccredit.ledger.projections.expiry.PublicityExpiryProjector;
import dev.publiccredit.ledger.projections.index.SubjectRecordIndex;
import dev.publiccredit.ledger.projections.listing.ListingProjector;
import dev.publiccredit.ledger.projections.profile.CreditProfileProjector;
import dev.publiccredit.ledger.projections.statistics.DepartmentStatisticsProjector;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessageHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Rebuilds every projection from the event store beside the live tables, then switches to the new tables (ADR 0022).
 *
 * <ol>
 *   <li>Creates empty copies of the projection tables in the schema {@value #SHADOW}: columns, defaults, checks,
 *       primary keys and unique constraints; their other indexes and their foreign keys are added once the copies
 *       are nearly complete, before the switch-over.</li>
 *   <li>Reads the event store in global order through Axon's own storage engine (its gap-aware tokens), a chunk
 *       ahead on a thread of its own that also deserializes the payloads, and runs every event through the very
 *       projector beans that keep the live tables, on connections whose {@code search_path} puts the copies first;
 *       their writes are batched by {@link WriteBehindConnection}. The projectors fold in two {@link #LANES} side by
 *       side, each lane in a transaction per chunk of events on a thread and connection of its own. The live
 *       tables, their processors and the API carry on meanwhile.</li>
 *   <li>When it is close to the head: stops the live tracking processors of these projections; in one transaction
 *       locks the live tables, folds the last events, moves the live tables to {@value #RETIRED} and the copies to
 *       {@code public}, and sets each processor's token to the rebuild's last token; then starts the processors,
 *       which continue from exactly there, and drops the old tables.</li>
 * </ol>
 * The audit log is evidence, not a projection: never rebuilt.
 */
@Component
public class ProjectionRebuild {

    static final String SHADOW = "projection_rebuild";
    static final String RETIRED = "projection_retired";
    static final int CHUNK = 20_000;
    /** Switch over once fewer events than this are left. */
    static final int CLOSE_ENOUGH = 5_000;
    private static final Duration LOG_EVERY = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuild.class);

    /** The tables of each projection, parents before children. Tracking processors first, then subscribing ones. */
    static final Map<String, List<String>> TABLES = tables();
    static final List<String> SUBSCRIBING = List.of(SubjectRecordIndex.GROUP, DisputeCaseIndex.GROUP,
            SubjectAuthorisationProjector.GROUP);
    /**
     * The projections in two lanes, folded side by side, each on a thread and a connection of its own: no projector
     * reads or writes a table of another, so the lanes need no order between them. About the same work in each for a
     * recorded event (the profile and the subject index; the disclosure history, the statistics and the expiries).
     */
    static final List<List<String>> LANES = List.of(
            List.of(CreditProfileProjector.GROUP, SubjectRecordIndex.GROUP, ListingProjector.GROUP,
                    DisputeCaseIndex.GROUP),
            List.of(DisclosureHistoryProjector.GROUP, DepartmentStatisticsProjector.GROUP,
                    PublicityExpiryProjector.GROUP, DisputeCaseProjector.GROUP, SubjectAuthorisationProjector.GROUP));

    private static Map<String, List<String>> tables() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        tables.put(CreditProfileProjector.GROUP,
                List.of("credit_profile_subject", "credit_profile_record", "credit_profile_objection"));
        tables.put(DisclosureHistoryProjector.GROUP, List.of("disclosure_state", "disclosure_history_entry"));
        tables.put(DepartmentStatisticsProjector.GROUP, List.of("department_record"));
        tables.put(DisputeCaseProjector.GROUP,
                List.of("dispute_case", "dispute_case_item", "dispute_case_deadline", "dispute_case_history"));
        tables.put(PublicityExpiryProjector.GROUP, List.of("publicity_expiry"));
        tables.put(ListingProjector.GROUP, List.of("listing", "listing_measure", "listing_repair_relief"));
        tables.put(SubjectRecordIndex.GROUP, List.of("subject_record_index"));
        tables.put(DisputeCaseIndex.GROUP, List.of("dispute_case_index"));
        tables.put(SubjectAuthorisationProjector.GROUP, List.of("subject_authorisation"));
        return java.util.Collections.unmodifiableMap(tables);
    }

    private final DataSource dataSource;
    private final EventStorageEngine events;
    private final TokenStore tokens;
    private final EventProcessingConfiguration processing;
    private final Clock clock;
    private final List<EventMessageHandler> projectors;
    private final List<Lane> lanes;
    private final Set<String> allTables;
    private final Map<UUID, RebuildJob> jobs = new ConcurrentHashMap<>();
    private final AtomicReference<@Nullable RebuildJob> running = new AtomicReference<>();
    private final AtomicReference<@Nullable RebuildJob> last = new AtomicReference<>();

    public ProjectionRebuild(DataSource dataSource, EventStorageEngine events, TokenStore tokens,
                             EventProcessingConfiguration processing, Clock clock, MeterRegistry meters,
                             CreditProfileProjector profiles, DisclosureHistoryProjector disclosures,
                             DepartmentStatisticsProjector statistics, DisputeCaseProjector cases,
                             PublicityExpiryProjector expiries, ListingProjector listings,
                             SubjectRecordIndex subjectIndex, DisputeCaseIndex caseIndex,
                             SubjectAuthorisationProjector authorisations) {
        this.dataSource = dataSource;
        this.events = events;
        this.tokens = tokens;
        this.processing = processing;
        this.clock = clock;
        Map<String, Object> byGroup = new LinkedHashMap<>();
        byGroup.put(CreditProfileProjector.GROUP, profiles);
        byGroup.put(DisclosureHistoryProjector.GROUP, disclosures);
        byGroup.put(DepartmentStatisticsProjector.GROUP, statistics);
        byGroup.put(DisputeCaseProjector.GROUP, cases);
        byGroup.put(PublicityExpiryProjector.GROUP, expiries);
        byGroup.put(ListingProjector.GROUP, listings);
        byGroup.put(SubjectRecordIndex.GROUP, subjectIndex);
        byGroup.put(DisputeCaseIndex.GROUP, caseIndex);
        byGroup.put(SubjectAuthorisationProjector.GROUP, authorisations);
        this.projectors = byGroup.values().stream().map(AnnotationEventHandlerAdapter::new)
                .collect(Collectors.toList());
        this.lanes = LANES.stream().map(groups -> new Lane(
                        groups.stream().map(g -> (EventMessageHandler) new AnnotationEventHandlerAdapter(byGroup.get(g)))
                                .toList(),
                        groups.stream().flatMap(g -> TABLES.get(g).stream())
                                .collect(Collectors.toCollection(LinkedHashSet::new))))
                .toList();
        this.allTables = TABLES.values().stream().flatMap(List::stream)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Gauge.builder("ledger.rebuild.progress", () -> progressOf(RebuildProgress::fraction))
                .description("share of the event store the last projection rebuild has folded (0 to 1)")
                .register(meters);
        Gauge.builder("ledger.rebuild.events.rate", () -> progressOf(RebuildProgress::eventsPerSecond))
                .description("events per second of the last projection rebuild").baseUnit("events/s")
                .register(meters);
        Gauge.builder("ledger.rebuild.events", () -> progressOf(p -> (double) p.events()))
                .description("events folded by the last projection rebuild").register(meters);
        Gauge.builder("ledger.rebuild.seconds.left", () -> progressOf(p -> p.secondsLeft() == null
                        ? Double.NaN : p.secondsLeft()))
                .description("estimated time left of the running projection rebuild").baseUnit("seconds")
                .register(meters);
        Gauge.builder("ledger.rebuild.running", () -> running.get() == null ? 0 : 1)
                .description("1 while a projection rebuild runs").register(meters);
    }

    private double progressOf(java.util.function.ToDoubleFunction<RebuildProgress> value) {
        RebuildJob job = last.get();
        return job == null ? 0 : value.applyAsDouble(job.progress(clock.instant()));
    }

    /** Starts a rebuild in the background; empty if one is already running. */
    public Optional<RebuildProgress> start() {
        RebuildJob job = new RebuildJob(UUID.randomUUID(), clock.instant());
        if (!running.compareAndSet(null, job)) {
            return Optional.empty();
        }
        jobs.put(job.id, job);
        last.set(job);
        Thread thread = new Thread(() -> runJob(job), "projection-rebuild");
        thread.setDaemon(true);
        thread.start();
        return Optional.of(job.progress(clock.instant()));
    }

    /** Rebuilds in this thread; answers when done (or throws). */
    public RebuildProgress runNow() {
        RebuildJob job = new RebuildJob(UUID.randomUUID(), clock.instant());
        if (!running.compareAndSet(null, job)) {
            throw new IllegalStateException("a projection rebuild is already running");
        }
        jobs.put(job.id, job);
        last.set(job);
        runJob(job);
        RebuildProgress progress = job.progress(clock.instant());
        if (progress.state() == RebuildProgress.State.FAILED) {
            throw new IllegalStateException("projection rebuild failed: " + progress.error());
        }
        return progress;
    }

    public Optional<RebuildProgress> progress(UUID id) {
        return Optional.ofNullable(jobs.get(id)).map(job -> job.progress(clock.instant()));
    }

    private void runJob(RebuildJob job) {
        try {
            job.head = head();
            log.info("Projection rebuild {} started: {} events to fold into {}", job.id, job.head + 1, SHADOW);
            List<String> indexes = createShadowTables();
            TrackingToken token = null;
            try (ChunkReader reader = new ChunkReader(); Lanes folding = new Lanes()) {
                for (List<TrackedEventMessage<?>> chunk = reader.next(); !chunk.isEmpty(); chunk = reader.next()) {
                    token = folding.fold(chunk, job);
                    job.head = Math.max(job.head, head());
                    if (job.head - job.position < CLOSE_ENOUGH) {
                        break;
                    }
                }
            }
            createIndexes(indexes);
            job.state = RebuildProgress.State.SWITCHING;
            switchOver(token, job);
            job.state = RebuildProgress.State.DONE;
            job.finishedAt = clock.instant();
            RebuildProgress done = job.progress(clock.instant());
            log.info("Projection rebuild {} done: {} events in {} s ({} events/s); the new tables are live",
                    job.id, done.events(), String.format("%.1f", done.elapsedSeconds()),
                    Math.round(done.eventsPerSecond()));
        } catch (RuntimeException | SQLException e) {
            job.state = RebuildProgress.State.FAILED;
            job.error = e.toString();
            job.finishedAt = clock.instant();
            log.error("Projection rebuild {} failed; the live tables were not touched", job.id, e);
            dropSchemaQuietly(SHADOW);
            startProcessors();
        } finally {
            running.set(null);
        }
    }

    /** The next events after {@code token}, at most one chunk, read on a pooled connection of its own. */
    private List<TrackedEventMessage<?>> read(@Nullable TrackingToken token) {
        try (Stream<? extends TrackedEventMessage<?>> stream = events.readEvents(token, false)) {
            return stream.limit(CHUNK).collect(Collectors.toList());
        }
    }

    /** Projectors folded together on one connection, and the tables they write (parents before children). */
    private record Lane(List<EventMessageHandler> projectors, Set<String> tables) {
    }

    /** The lanes' threads while a rebuild folds. */
    private final class Lanes implements AutoCloseable {

        private final ExecutorService threads = Executors.newFixedThreadPool(lanes.size(), runnable -> {
            Thread thread = new Thread(runnable, "projection-rebuild-lane");
            thread.setDaemon(true);
            return thread;
        });

        /**
         * Folds the events into the copies, each lane in a transaction of its own, side by side; answers the last
         * event's token. A lane that fails rolls back its transaction and fails the rebuild.
         */
        @Nullable TrackingToken fold(List<TrackedEventMessage<?>> chunk, RebuildJob job) throws SQLException {
            List<Future<?>> folded = new ArrayList<>();
            for (Lane lane : lanes) {
                folded.add(threads.submit(() -> {
                    foldLane(lane, chunk);
                    return null;
                }));
            }
            for (Future<?> lane : folded) {
                try {
                    lane.get();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while folding", e);
                } catch (ExecutionException e) {
                    folded.forEach(f -> f.cancel(false));
                    if (e.getCause() instanceof SQLException sql) {
                        throw sql;
                    }
                    throw new IllegalStateException("could not fold a chunk of events", e.getCause());
                }
            }
            TrackingToken token = null;
            for (TrackedEventMessage<?> event : chunk) {
                token = event.trackingToken();
                job.advance(event);
            }
            job.logEvery(clock.instant());
            return token;
        }

        private void foldLane(Lane lane, List<TrackedEventMessage<?>> chunk) throws SQLException {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SET LOCAL search_path TO " + SHADOW + ", public");
                    // the copies only count once switched over, by a synchronous commit that makes all of this durable
                    statement.execute("SET LOCAL synchronous_commit TO off");
                }
                WriteBehindConnection.Handle handle = WriteBehindConnection.wrap(connection, lane.tables());
                TransactionSynchronizationManager.bindResource(dataSource, new ConnectionHolder(handle.connection()));
                try {
                    inUnitOfWork(chunk, () -> {
                        for (TrackedEventMessage<?> event : chunk) {
                            for (EventMessageHandler projector : lane.projectors()) {
                                handle(projector, event); // a projector without a handler for the event ignores it
                            }
                        }
                    });
                    handle.writes().flush();
                    connection.commit();
                } catch (RuntimeException | SQLException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    TransactionSynchronizationManager.unbindResource(dataSource);
                }
            }
        }

        @Override
        public void close() {
            threads.shutdownNow();
        }
    }

    /** Runs each event through every projector that handles it; answers the last event's token. */
    private @Nullable TrackingToken apply(List<TrackedEventMessage<?>> chunk, RebuildJob job,
                                          @Nullable TrackingToken before) {
        inUnitOfWork(chunk, () -> {
            for (TrackedEventMessage<?> event : chunk) {
                for (EventMessageHandler projector : projectors) {
                    handle(projector, event); // a projector without a handler for the event ignores it
                }
            }
        });
        TrackingToken token = before;
        for (TrackedEventMessage<?> event : chunk) {
            token = event.trackingToken();
            job.advance(event);
        }
        job.logEvery(clock.instant());
        return token;
    }

    /**
     * Folds a chunk inside one unit of work, as a tracking processor folds a batch: the projectors keep the rows of
     * new records until it commits and write them together ({@code PendingRows}), and write them before any other
     * event, so each handler still sees what the events before it wrote.
     */
    private static void inUnitOfWork(List<TrackedEventMessage<?>> chunk, Runnable fold) {
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(chunk.get(0));
        try {
            fold.run();
        } catch (RuntimeException | Error e) {
            unitOfWork.rollback(e);
            throw e;
        }
        unitOfWork.commit();
    }

    /**
     * Reads the event store ahead of the folding, one chunk at a time on a thread of its own, and deserializes each
     * payload there, so that the folding thread finds the next chunk ready. {@link #next} answers an empty chunk
     * once a read finds no more events; a failure to read is thrown there.
     */
    private final class ChunkReader implements AutoCloseable {

        /** At most one chunk read ahead: with the one being folded, two chunks of events in memory. */
        private final BlockingQueue<Object> ready = new ArrayBlockingQueue<>(1);
        private final Thread thread;

        ChunkReader() {
            thread = new Thread(this::readAll, "projection-rebuild-reader");
            thread.setDaemon(true);
            thread.start();
        }

        private void readAll() {
            TrackingToken token = null;
            try {
                while (true) {
                    List<TrackedEventMessage<?>> chunk = read(token);
                    for (TrackedEventMessage<?> event : chunk) {
                        try {
                            event.getPayload();
                        } catch (RuntimeException unreadable) {
                            // the folding thread meets it again and fails the rebuild with it
                        }
                    }
                    ready.put(chunk);
                    if (chunk.isEmpty()) {
                        return;
                    }
                    token = chunk.get(chunk.size() - 1).trackingToken();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                try {
                    ready.put(e);
                } catch (InterruptedException closed) {
                    Thread.currentThread().interrupt();
                }
            }
        }

        @SuppressWarnings("unchecked")
        List<TrackedEventMessage<?>> next() {
            Object next;
            try {
                next = ready.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the event store", e);
            }
            if (next instanceof RuntimeException e) {
                throw new IllegalStateException("could not read the event store", e);
            }
            return (List<TrackedEventMessage<?>>) next;
        }

        @Override
        public void close() {
            thread.interrupt();
        }
    }

    private static void handle(EventMessageHandler projector, TrackedEventMessage<?> event) {
        try {
            projector.handle(event);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not fold " + event.getPayloadType().getSimpleName(), e);
        }
    }

    private void switchOver(@Nullable TrackingToken folded, RebuildJob job) throws SQLException {
        List<StreamingEventProcessor> stopped = new ArrayList<>();
        for (String group : TABLES.keySet()) {
            processing.eventProcessor(group, StreamingEventProcessor.class).ifPresent(stopped::add);
        }
        java.util.concurrent.CompletableFuture.allOf(stopped.stream().map(StreamingEventProcessor::shutdownAsync)
                .toArray(java.util.concurrent.CompletableFuture[]::new)).join();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            WriteBehindConnection.Handle handle = WriteBehindConnection.wrap(connection, allTables);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL search_path TO " + SHADOW + ", public");
                // the subscribing indexes are written by commands: none may write a live table from here on
                statement.execute("LOCK TABLE " + allTables.stream().map(t -> "public." + t)
                        .collect(Collectors.joining(", ")) + " IN ACCESS EXCLUSIVE MODE");
            }
            TrackingToken token = folded;
            TransactionSynchronizationManager.bindResource(dataSource, new ConnectionHolder(handle.connection()));
            try {
                for (List<TrackedEventMessage<?>> chunk = readUnbound(token); !chunk.isEmpty();
                     chunk = readUnbound(token)) {
                    token = apply(chunk, job, token);
                }
                handle.writes().flush();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE SCHEMA IF NOT EXISTS " + RETIRED);
                    for (String table : allTables) {
                        statement.execute("ALTER TABLE public." + table + " SET SCHEMA " + RETIRED);
                        statement.execute("ALTER TABLE " + SHADOW + "." + table + " SET SCHEMA public");
                    }
                    statement.execute("SET LOCAL search_path TO DEFAULT");
                }
                for (String group : TABLES.keySet()) {
                    if (!SUBSCRIBING.contains(group)) {
                        handOver(group, token);
                    }
                }
                handle.writes().flush();
                connection.commit();
            } catch (RuntimeException | SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                TransactionSynchronizationManager.unbindResource(dataSource);
            }
        } finally {
            stopped.forEach(StreamingEventProcessor::start);
        }
        dropSchemaQuietly(RETIRED);
        dropSchemaQuietly(SHADOW);
    }

    /** Reads with no connection bound to this thread, so that the read uses a pooled connection of its own. */
    private List<TrackedEventMessage<?>> readUnbound(@Nullable TrackingToken token) {
        Object bound = TransactionSynchronizationManager.unbindResource(dataSource);
        try {
            return read(token);
        } finally {
            TransactionSynchronizationManager.bindResource(dataSource, bound);
        }
    }

    /** The processor of {@code group} continues after {@code token}: the last event the copies hold. */
    private void handOver(String group, @Nullable TrackingToken token) {
        int[] segments = tokens.fetchSegments(group);
        if (segments.length == 0) {
            tokens.initializeTokenSegments(group, 1, token);
            return;
        }
        for (int segment : segments) {
            tokens.storeToken(token, group, segment);
            tokens.releaseClaim(group, segment);
        }
    }

    private void startProcessors() {
        for (String group : TABLES.keySet()) {
            processing.eventProcessor(group, StreamingEventProcessor.class).ifPresent(p -> {
                if (!p.isRunning()) {
                    p.start();
                }
            });
        }
    }

    /**
     * Empty copies of the live tables with their storage parameters (a fill factor) and their primary keys and unique
     * constraints (which the projectors' {@code ON CONFLICT} needs while folding); answers the statements that add
     * their other indexes and their foreign keys, which are cheaper to build and check once at the end than row by
     * row.
     */
    private List<String> createShadowTables() throws SQLException {
        dropSchemaQuietly(SHADOW);
        dropSchemaQuietly(RETIRED);
        List<String> indexes = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false);
            statement.execute("CREATE SCHEMA " + SHADOW);
            List<String> foreignKeys = new ArrayList<>();
            for (String table : allTables) {
                statement.execute("CREATE TABLE " + SHADOW + "." + table + " (LIKE public." + table
                        + " INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING GENERATED INCLUDING IDENTITY"
                        + " INCLUDING STORAGE)");
                for (String[] options : query(connection, """
                        SELECT array_to_string(reloptions, ', ') FROM pg_class
                        WHERE oid = ('public.' || ?)::regclass AND reloptions IS NOT NULL""", table)) {
                    statement.execute("ALTER TABLE " + SHADOW + "." + table + " SET (" + options[0] + ")");
                }
                for (String[] constraint : query(connection, """
                        SELECT conname, pg_get_constraintdef(oid), contype FROM pg_constraint
                        WHERE conrelid = ('public.' || ?)::regclass AND contype IN ('p', 'u', 'f')
                        ORDER BY contype DESC""", table)) {
                    String add = "ALTER TABLE " + SHADOW + "." + table + " ADD CONSTRAINT " + constraint[0] + " "
                            + constraint[1];
                    if (constraint[2].equals("f")) {
                        foreignKeys.add(add);
                    } else {
                        statement.execute(add);
                    }
                }
                for (String[] index : query(connection, """
                        SELECT indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = ?
                        AND indexname NOT IN (SELECT conname FROM pg_constraint
                                              WHERE conrelid = ('public.' || tablename)::regclass)""", table)) {
                    indexes.add(index[0].replace(" ON public." + table + " ", " ON " + SHADOW + "." + table + " "));
                }
            }
            connection.commit();
            indexes.addAll(foreignKeys);
        }
        return indexes;
    }

    /** The deferred indexes and foreign keys (names of the copies first, as the live tables' are). */
    private void createIndexes(List<String> indexes) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + SHADOW + ", public");
            for (String index : indexes) {
                statement.execute(index);
            }
            statement.execute("RESET search_path");
        }
    }

    private static List<String[]> query(Connection connection, String sql, String parameter) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (var select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (var rs = select.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    String[] row = new String[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = rs.getString(c + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private void dropSchemaQuietly(String schema) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            log.warn("Could not drop schema {}", schema, e);
        }
    }

    private long head() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT coalesce(max(global_index), -1) FROM domain_event_entry")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the event store's head", e);
        }
    }

    /** One rebuild and its progress. Written by the rebuild's thread, read by the API and the gauges. */
    private final class RebuildJob {
        final UUID id;
        final Instant startedAt;
        volatile RebuildProgress.State state = RebuildProgress.State.RUNNING;
        volatile long head;
        volatile long position = -1;
        volatile long events;
        volatile @Nullable String error;
        volatile @Nullable Instant finishedAt;
        private Instant loggedAt;

        RebuildJob(UUID id, Instant startedAt) {
            this.id = id;
            this.startedAt = startedAt;
            this.loggedAt = startedAt;
        }

        void advance(TrackedEventMessage<?> event) {
            events++;
            position = Math.max(position, event.trackingToken().position().orElse(position));
            if (position > head) {
                head = position;
            }
        }

        void logEvery(Instant now) {
            if (Duration.between(loggedAt, now).compareTo(LOG_EVERY) >= 0) {
                loggedAt = now;
                RebuildProgress p = progress(now);
                log.info("Projection rebuild {}: {}% ({} of {} events), {} events/s, about {} s left", id,
                        String.format("%.1f", p.percent()), p.position() + 1, p.head() + 1,
                        Math.round(p.eventsPerSecond()), p.secondsLeft() == null ? "?" : Math.round(p.secondsLeft()));
            }
        }

        RebuildProgress progress(Instant now) {
            Instant end = finishedAt != null ? finishedAt : now;
            double seconds = Math.max(0.001, Duration.between(startedAt, end).toNanos() / 1e9);
            double rate = events / seconds;
            long left = Math.max(0, head - position);
            Double secondsLeft = null;
            if (state != RebuildProgress.State.RUNNING) {
                secondsLeft = 0.0;
            } else if (rate > 0) {
                secondsLeft = left / rate;
            }
            double fraction = state == RebuildProgress.State.DONE ? 1 : head < 0 ? 0 : (position + 1.0) / (head + 1.0);
            return new RebuildProgress(id, state, startedAt, finishedAt, head, position, events, fraction * 100,
                    rate, secondsLeft, seconds, error);
        }
    }
}
