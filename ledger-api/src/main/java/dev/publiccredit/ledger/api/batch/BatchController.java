package dev.publiccredit.ledger.api.batch;

import dev.publiccredit.ledger.api.batch.BatchFile.BatchFormat;
import dev.publiccredit.ledger.api.web.NotFound;
import dev.publiccredit.ledger.api.security.Caller;
import dev.publiccredit.ledger.api.security.Role;
import dev.publiccredit.ledger.api.web.RequestMetadata;
import dev.publiccredit.ledger.api.web.RequestSizeLimitFilter;
import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.core.shared.DisclosureClass;
import dev.publiccredit.ledger.core.shared.FieldViolation;
import dev.publiccredit.ledger.core.shared.Severity;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.messaging.MetaData;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Bulk ingest of files: a CSV in the national licence or penalty layout, or JSON Lines of the single-record
 * submissions, as the raw body or the part {@code file} of a form. Answers 202 once the file is on disk; the batch
 * then runs in the background. See docs/api.md#batches and docs/ingest.md.
 */
@RestController
@RequestMapping(path = RequestSizeLimitFilter.BATCHES)
@Tag(name = "Batches", description = "Bulk ingest of double-publicity files (CSV, JSON Lines)")
public class BatchController {

    /** The media types of a raw upload. */
    static final String CSV = "text/csv";
    static final List<String> JSON_LINES = List.of("application/x-ndjson", "application/jsonl",
            "application/x-jsonlines");

    private static final String DEFAULTS = "Optional query parameters for CSV rows without the ledger's headings: "
            + "disclosure (PUBLIC, AUTHORIZED, SHARED or 社会公开, 授权查询, 部门共享; default PUBLIC, AUTHORIZED for a "
            + "natural person) and, for penalties, severity (MINOR, GENERAL, SERIOUS or 轻微, 一般, 严重; default: "
            + "from the penalty types). See docs/ingest.md.";

    private final BatchService service;
    private final Clock clock;
    private final RequestMetadata metadata;

    public BatchController(BatchService service, Clock clock, RequestMetadata metadata) {
        this.service = service;
        this.clock = clock;
        this.metadata = metadata;
    }

    @PostMapping(consumes = {CSV, "application/x-ndjson", "application/jsonl", "application/x-jsonlines"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Upload a batch file as the request body",
            description = "text/csv (UTF-8 with or without BOM, or GBK) or JSON Lines. 202 with Location; the "
                    + "batch runs in the background. Optional query parameter fileName is shown in the batch; "
                    + DEFAULTS)
    public ResponseEntity<BatchView> upload(HttpServletRequest request,
                                            @RequestParam(name = "fileName", required = false)
                                            @Nullable String fileName,
                                            @RequestParam(name = "disclosure", required = false)
                                            @Nullable String disclosure,
                                            @RequestParam(name = "severity", required = false)
                                            @Nullable String severity) throws IOException {
        BatchFormat format = formatOf(request.getContentType(), null);
        BatchService.Parameters parameters = parameters(disclosure, severity);
        try (InputStream body = request.getInputStream()) {
            return accepted(service.receive(body, format, fileName, metaData(request), boundDepartment(),
                    parameters));
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Upload a batch file as the part \"file\" of a form",
            description = "The part's type (text/csv, application/x-ndjson) or its name (.csv, .jsonl, .ndjson) "
                    + "tells the format. " + DEFAULTS)
    public ResponseEntity<BatchView> uploadForm(MultipartHttpServletRequest request,
                                                @RequestParam(name = "disclosure", required = false)
                                                @Nullable String disclosure,
                                                @RequestParam(name = "severity", required = false)
                                                @Nullable String severity) throws IOException {
        BatchService.Parameters parameters = parameters(disclosure, severity);
        MultipartFile file = request.getFile("file");
        if (file == null) {
            throw new BatchRefused.Invalid("file", "is required: the form part named file holds the batch file");
        }
        BatchFormat format = formatOf(file.getContentType(), file.getOriginalFilename());
        try (InputStream body = file.getInputStream()) {
            return accepted(service.receive(body, format, file.getOriginalFilename(), metaData(request),
                    boundDepartment(), parameters));
        }
    }

    @GetMapping(path = "/{batchId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A batch's state and progress; when it has ended, the first lines of its error report")
    public BatchView batch(@PathVariable String batchId) {
        UUID id = id(batchId);
        Batches.Batch batch = service.find(id).orElseThrow(() -> new NotFound("No batch " + batchId + "."));
        return BatchView.of(batch, service.errors(id, -1, -1, BatchView.ERRORS_SHOWN), clock.instant());
    }

    @GetMapping(path = "/{batchId}/errors", produces = "text/csv;charset=UTF-8")
    @Operation(summary = "The error report of a batch as CSV (UTF-8 with BOM): 行号,字段,原因",
            description = "One line per violation: the row number as a spreadsheet shows it (the heading is row 1; "
                    + "for JSON Lines the line number), the heading or field, and the reason.")
    public void errors(@PathVariable String batchId, HttpServletResponse response) throws IOException {
        UUID id = id(batchId);
        service.find(id).orElseThrow(() -> new NotFound("No batch " + batchId + "."));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"batch-" + id + "-errors.csv\"");
        OutputStream out = response.getOutputStream();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        writer.write("行号,字段,原因\r\n");
        long afterRow = -1;
        int afterSeq = -1;
        while (true) {
            List<Batches.RowError> page = service.errors(id, afterRow, afterSeq, 5000);
            for (Batches.RowError e : page) {
                writer.write(e.row() + "," + cell(e.field()) + "," + cell(e.reason()) + "\r\n");
            }
            if (page.size() < 5000) {
                break;
            }
            Batches.RowError last = page.get(page.size() - 1);
            afterRow = last.row();
            afterSeq = last.seq();
        }
        writer.flush();
    }

    private static String cell(String text) {
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /**
     * The metadata of the upload's request (client, role, actor, rule sets). Each record's event carries it with the
     * record's own department in {@code department}, as the single path does.
     */
    private MetaData metaData(HttpServletRequest request) {
        return metadata.platform(request, BatchService.REASON);
    }

    /** A department client submits only its own department's rows: the others are rejected row by row. */
    private static Optional<DepartmentCode> boundDepartment() {
        Caller caller = Caller.current();
        return caller.is(Role.DEPARTMENT) ? Optional.ofNullable(caller.department()) : Optional.empty();
    }

    /** The query parameters {@code disclosure} and {@code severity}; 400 naming the one that is not a class. */
    private static BatchService.Parameters parameters(@Nullable String disclosure, @Nullable String severity) {
        List<FieldViolation> v = new ArrayList<>();
        BatchService.Parameters parameters = new BatchService.Parameters(
                CsvLayout.parameter("disclosure", disclosure, DisclosureClass.class, CsvLayout.DISCLOSURE_NAMES, v),
                CsvLayout.parameter("severity", severity, Severity.class, CsvLayout.SEVERITY_NAMES, v));
        if (!v.isEmpty()) {
            throw new BatchRefused.Invalid(v);
        }
        return parameters;
    }

    private static BatchFormat formatOf(@Nullable String contentType, @Nullable String fileName) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT).split(";")[0].strip();
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (type.equals(CSV) || type.equals("application/vnd.ms-excel") && name.endsWith(".csv")
                || name.endsWith(".csv") && !JSON_LINES.contains(type)) {
            return BatchFormat.CSV;
        }
        if (JSON_LINES.contains(type) || name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return BatchFormat.JSONL;
        }
        throw new BatchRefused.UnsupportedFormat("A batch is a CSV file (text/csv, .csv) or JSON Lines "
                + "(application/x-ndjson, .jsonl); this one is " + (type.isEmpty() ? "of no type" : type) + ".");
    }

    private static UUID id(String raw) {
        try {
            return UUID.fromString(raw.strip());
        } catch (IllegalArgumentException e) {
            throw new NotFound("No batch " + raw + ".");
        }
    }

    private ResponseEntity<BatchView> accepted(UUID id) {
        Batches.Batch batch = service.find(id).orElseThrow();
        return ResponseEntity.accepted().location(URI.create(RequestSizeLimitFilter.BATCHES + "/" + id))
                .body(BatchView.of(batch, List.of(), clock.instant()));
    }
}
