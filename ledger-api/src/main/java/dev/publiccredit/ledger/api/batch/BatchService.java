package dev.publiccredit.ledger.api.batch;

import dev.publiccredit.ledger.api.batch.BatchFile.BatchFormat;
import dev.publiccredit.ledger.api.config.LedgerProperties;
import dev.publiccredit.ledger.api.record.LicenceRequest;
import dev.publiccredit.ledger.api.record.PenaltyRequest;
import dev.publiccredit.ledger.api.record.NewRecordWriter;
import dev.publiccredit.ledger.api.record.SubmissionMapper;
import dev.publiccredit.ledger.api.web.JsonViolations;
import dev.publiccredit.ledger.api.config.LedgerRules;
import dev.publiccredit.ledger.core.record.RecordCreation;
import dev.publiccredit.ledger.core.record.command.RecordLicence;
import dev.publiccredit.ledger.core.record.command.RecordPenalty;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.DisclosureClass;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.InvalidRecordContent;
import dev.publiccredit.ledger.core.shared.RecordId;
import dev.publiccredit.ledger.core.shared.Severity;
import dev.publiccredit.ledger.core.shared.SubjectKind;
import org.axonframework.messaging.MetaData;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Receives batch files and stores their records in the background. An upload is spooled to disk and checked
 * ({@link BatchFile}); the batch is then recorded and queued for a bounded pool of workers, and the caller gets its
 * id. A worker reads the file again, row by row, maps each row through {@link SubmissionMapper} and
 * {@link RecordCreation} (exactly what the single-record API and the aggregate do), collects the rows that fail with
 * their row number, field and reason, and appends the valid ones a chunk at a time through
 * {@link NewRecordWriter}. Memory holds one chunk, never the file.
 */
@Service
public class BatchService implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(BatchService.class);
    /** The reason recorded in the metadata of every submission, as on the single path. */
    static final String REASON = "submission";

    private final Batches batches;
    private final NewRecordWriter writer;
    private final LedgerRules rules;
    private final JsonMapper json;
    private final Clock clock;
    private final LedgerProperties.Batch config;
    private final Path spool;
    private final ThreadPoolExecutor workers;
    /** This instance: its unfinished batches are kept alive by its progress. */
    private final String owner = UUID.randomUUID().toString();

    public BatchService(Batches batches, NewRecordWriter writer, LedgerRules rules, JsonMapper json,
                        Clock clock, LedgerProperties properties) throws IOException {
        this.batches = batches;
        this.writer = writer;
        this.rules = rules;
        this.json = json;
        this.clock = clock;
        this.config = properties.batch();
        this.spool = Files.createDirectories(Path.of(config.spoolDirectory()));
        AtomicInteger threads = new AtomicInteger();
        this.workers = new ThreadPoolExecutor(config.workers(), config.workers(), 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(config.queueCapacity()), r -> {
                    Thread thread = new Thread(r, "batch-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * The upload's parameters, for the rows of a CSV file that do not give them: each null leaves the rule's default
     * ({@link CsvLayout.Defaults}).
     *
     * @param disclosure the disclosure class of every row without {@value CsvLayout#DISCLOSURE}
     * @param severity   the severity of every penalty without {@value CsvLayout#SEVERITY}
     */
    public record Parameters(@Nullable DisclosureClass disclosure, @Nullable Severity severity) {
    }

    /** A batch as the API shows it; the error report is read separately. */
    public Optional<Batches.Batch> find(UUID id) {
        Optional<Batches.Batch> batch = batches.find(id);
        if (batch.isPresent() && unfinished(batch.get()) && batch.get().updatedAt()
                .isBefore(clock.instant().minus(config.staleAfter()))) {
            batches.failStale(config.staleAfter(), clock.instant());
            return batches.find(id);
        }
        return batch;
    }

    /** Up to {@code limit} lines of the error report after the given position. */
    public List<Batches.RowError> errors(UUID id, long afterRow, int afterSeq, int limit) {
        return batches.errors(id, afterRow, afterSeq, limit);
    }

    /** Batches interrupted by a crash or a stop of an instance are failed, to be uploaded again. */
    @EventListener(ApplicationReadyEvent.class)
    void failInterrupted() {
        int failed = batches.failStale(config.staleAfter(), clock.instant());
        if (failed > 0) {
            log.warn("{} batch(es) interrupted by a stop of the ledger are now FAILED; upload them again", failed);
        }
    }

    /**
     * Receives an upload: spools and checks it, records the batch and queues it. Answers the batch's id once the
     * file is on disk; refuses it ({@link BatchRefused}) with nothing stored.
     *
     * @param metaData         the metadata of the upload's request ({@code RequestMetadata}); each record's event
     *                         carries it with the record's own department
     * @param clientDepartment the department the caller is bound to, if any: rows of other departments are refused,
     *                         and rows of a CSV file without {@value CsvLayout#DEPARTMENT} are its department's
     * @param parameters       the values of the rows of a CSV file that do not give them; refused (400 naming the
     *                         parameter) for JSON Lines, and {@code severity} for a licence file
     */
    public UUID receive(InputStream body, BatchFormat format, @Nullable String fileName, MetaData metaData,
                        Optional<DepartmentCode> clientDepartment, Parameters parameters) throws IOException {
        if (format == BatchFormat.JSONL) {
            refuseParameter("disclosure", parameters.disclosure(),
                    "applies to CSV files only: JSON Lines give the disclosure in each line");
            refuseParameter("severity", parameters.severity(),
                    "applies to CSV files only: JSON Lines give the severity in each line");
        }
        if (workers.getQueue().remainingCapacity() == 0) {
            throw new BatchRefused.Busy("Too many batches are waiting; try again later.");
        }
        UUID id = UUID.randomUUID();
        BatchFile file = BatchFile.spool(body, spool.resolve(id + ".upload"), format, config.maxUploadBytes(),
                config.maxRows());
        if (file.layout() == CsvLayout.Kind.LICENCE && parameters.severity() != null) {
            Files.deleteIfExists(file.path());
            refuseParameter("severity", parameters.severity(),
                    "applies to penalty files only: this file holds licences (行政许可)");
        }
        CsvLayout.Defaults defaults = new CsvLayout.Defaults(clientDepartment.map(DepartmentCode::value).orElse(null),
                parameters.disclosure(), parameters.severity());
        batches.insert(id, file, fileName, owner, String.valueOf(metaData.get("requestId")),
                String.valueOf(metaData.get("actor")), clock.instant());
        try {
            workers.execute(() -> run(id, file, metaData, clientDepartment, defaults));
        } catch (RejectedExecutionException e) {
            Files.deleteIfExists(file.path());
            batches.finished(id, Batches.State.FAILED, new Batches.Progress(0, 0, 0, 0, 0),
                    "not started: too many batches were waiting", clock.instant());
            throw new BatchRefused.Busy("Too many batches are waiting; try again later.");
        }
        return id;
    }

    private static void refuseParameter(String name, @Nullable Object value, String reason) {
        if (value != null) {
            throw new BatchRefused.Invalid(name, reason);
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        workers.shutdownNow();
        workers.awaitTermination(30, TimeUnit.SECONDS);
    }

    private static boolean unfinished(Batches.Batch batch) {
        return batch.state() == Batches.State.RECEIVED || batch.state() == Batches.State.RUNNING;
    }

    // ------------------------------------------------------------------------------------------------ a batch run

    private void run(UUID id, BatchFile file, MetaData metaData, Optional<DepartmentCode> clientDepartment,
                     CsvLayout.Defaults defaults) {
        Run run = new Run(id, file, metaData, clientDepartment, defaults);
        batches.started(id, clock.instant());
        try {
            run.all();
            batches.finished(id, Batches.State.COMPLETED, run.progress(), null, clock.instant());
        } catch (InterruptedException e) {
            batches.finished(id, Batches.State.FAILED, run.progress(), "interrupted: the ledger was stopping. "
                    + "Records stored before are kept; upload the file again to store the rest.", clock.instant());
        } catch (Exception | StackOverflowError e) {
            log.error("Batch {} failed", id, e);
            batches.finished(id, Batches.State.FAILED, run.progress(), "failed at row " + run.rowsRead
                    + ": " + e + ". Records stored before are kept; upload the file again to store the rest.",
                    clock.instant());
        } finally {
            try {
                Files.deleteIfExists(file.path());
            } catch (IOException e) {
                log.warn("Could not delete the spool file {}", file.path(), e);
            }
        }
    }

    /** The state of one batch while it runs. */
    private final class Run {
        private final UUID id;
        private final BatchFile file;
        private final MetaData metaData;
        private final Optional<DepartmentCode> clientDepartment;
        private final CsvLayout.Defaults defaults;
        private final AtomicLong bytesRead = new AtomicLong();
        private final List<NewRecordWriter.NewRecord> chunk = new ArrayList<>();
        private final List<Batches.RowError> errors = new ArrayList<>();
        private long rowsRead;
        private long stored;
        private long rejected;
        private long duplicates;
        private @Nullable CsvLayout layout;

        Run(UUID id, BatchFile file, MetaData metaData, Optional<DepartmentCode> clientDepartment,
            CsvLayout.Defaults defaults) {
            this.id = id;
            this.file = file;
            this.metaData = metaData.and("correlationId", id.toString()).and("traceId", id.toString());
            this.clientDepartment = clientDepartment;
            this.defaults = defaults;
        }

        Batches.Progress progress() {
            return new Batches.Progress(bytesRead.get(), rowsRead, stored, rejected, duplicates);
        }

        void all() throws IOException, InterruptedException {
            try (Reader reader = BatchFile.reader(file.path(), file.encoding(), bytesRead)) {
                if (file.format() == BatchFormat.CSV) {
                    CsvRecords records = new CsvRecords(reader);
                    layout = CsvLayout.of(java.util.Objects.requireNonNull(records.next()));
                    List<String> cells;
                    while (rowsRead < file.rows() && (cells = records.next()) != null) {
                        CsvLayout.Mapped mapped = layout.map(cells, defaults);
                        row(records.recordNumber(), mapped.request(), mapped.violations());
                    }
                } else {
                    java.io.BufferedReader lines = new java.io.BufferedReader(reader, 64 * 1024);
                    String line;
                    long number = 0;
                    while ((line = lines.readLine()) != null) {
                        number++;
                        if (!line.isBlank()) {
                            jsonLine(number, line);
                        }
                    }
                }
            }
            flush();
        }

        private void jsonLine(long number, String line) throws InterruptedException {
            List<FieldViolation> v = new ArrayList<>();
            Object request = null;
            try {
                JsonNode node = json.readTree(line);
                if (!(node instanceof ObjectNode object)) {
                    v.add(new FieldViolation("line", "must be a JSON object: a penalty or licence with its kind"));
                } else {
                    JsonNode kind = object.remove("kind");
                    String name = kind == null || !kind.isString() ? "" : kind.asString();
                    if (name.equals("PENALTY")) {
                        request = json.treeToValue(object, PenaltyRequest.class);
                    } else if (name.equals("LICENCE")) {
                        request = json.treeToValue(object, LicenceRequest.class);
                    } else {
                        v.add(new FieldViolation("kind", "is required: PENALTY or LICENCE"));
                    }
                }
            } catch (JacksonException e) {
                v.add(JsonViolations.of(e));
            }
            row(number, request, v);
        }

        /**
         * One row: rejected with its violations, or its creation event added to the chunk. Cell or JSON violations
         * ({@code found}) come first; the mapper's are added for the other fields.
         */
        private void row(long number, @Nullable Object request, List<FieldViolation> found)
                throws InterruptedException {
            rowsRead++;
            List<FieldViolation> violations = new ArrayList<>(found);
            NewRecordWriter.NewRecord record = null;
            if (request != null) {
                try {
                    record = newRecord(request);
                } catch (InvalidRecordContent e) {
                    Set<String> named = new java.util.HashSet<>(found.stream().map(FieldViolation::field).toList());
                    for (FieldViolation violation : e.violations()) {
                        String field = field(violation.field(), request);
                        if (!named.contains(field)) {
                            violations.add(new FieldViolation(field, violation.reason()));
                        }
                    }
                }
            }
            if (record == null || !violations.isEmpty()) {
                rejected++;
                for (int i = 0; i < violations.size(); i++) {
                    errors.add(new Batches.RowError(number, i, violations.get(i).field(), violations.get(i).reason()));
                }
                if (errors.size() >= config.chunkSize()) {
                    flush();
                }
            } else {
                chunk.add(record);
                if (chunk.size() >= config.chunkSize()) {
                    flush();
                }
            }
        }

        private NewRecordWriter.NewRecord newRecord(Object request) {
            Instant now = clock.instant();
            LocalDate today = LocalDate.now(clock);
            DepartmentCode department;
            RecordId recordId;
            Object event;
            if (request instanceof PenaltyRequest penalty) {
                RecordPenalty command = SubmissionMapper.penalty(penalty, now, today);
                department = ownDepartment(command.source().department());
                recordId = command.recordId();
                event = RecordCreation.penaltyRecorded(command, rules.current().records());
            } else {
                RecordLicence command = SubmissionMapper.licence((LicenceRequest) request, now, today);
                department = ownDepartment(command.source().department());
                recordId = command.recordId();
                event = RecordCreation.licenceRecorded(command, rules.current().records());
            }
            return new NewRecordWriter.NewRecord(recordId, event, metaData.and("department", department.value()));
        }

        private DepartmentCode ownDepartment(DepartmentCode department) {
            if (clientDepartment.isPresent() && !clientDepartment.get().equals(department)) {
                throw new InvalidRecordContent(List.of(new FieldViolation("sourceDepartment",
                        "is " + department + ": the client may submit only its own department's records ("
                                + clientDepartment.get() + ")")));
            }
            return department;
        }

        /** The field as the file names it: the CSV heading, or the JSON path. */
        private String field(String field, Object request) {
            if (layout == null) {
                return field;
            }
            SubjectKind kind = request instanceof PenaltyRequest p ? (p.subject() == null ? null : p.subject().kind())
                    : ((LicenceRequest) request).subject() == null ? null
                    : ((LicenceRequest) request).subject().kind();
            return layout.heading(field, kind);
        }

        private void flush() throws InterruptedException {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            if (!chunk.isEmpty()) {
                int appended = writer.append(chunk).size();
                stored += appended;
                duplicates += chunk.size() - appended;
                chunk.clear();
            }
            batches.addErrors(id, errors);
            errors.clear();
            batches.progress(id, progress(), owner, clock.instant());
        }
    }
}
