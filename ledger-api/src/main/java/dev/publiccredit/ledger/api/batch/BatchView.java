package dev.publiccredit.ledger.api.batch;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A batch and its progress. {@code percent} is the share of the file's bytes read; {@code rowsPerSecond} the rows
 * read per second since the batch started (until it finished). When the batch has ended, {@code errors} holds the
 * first lines of the error report and {@code errorReport} the address of all of it as CSV.
 */
public record BatchView(
        UUID batchId,
        @Schema(description = "RECEIVED, RUNNING, COMPLETED or FAILED") String state,
        @Schema(description = "CSV or JSONL") String format,
        @Schema(description = "PENALTY or LICENCE for CSV, JSONL for JSON Lines") String layout,
        @Schema(description = "UTF-8, UTF-8 (BOM) or GBK") String encoding,
        @Nullable String fileName,
        long fileBytes,
        @Schema(description = "records in the file, the heading row not counted") long fileRows,
        long rowsRead,
        long rowsStored,
        long rowsRejected,
        long rowsDuplicate,
        double percent,
        double rowsPerSecond,
        Instant receivedAt,
        @Nullable Instant startedAt,
        @Nullable Instant finishedAt,
        @Nullable String failure,
        @Nullable String errorReport,
        @Nullable List<RowErrorView> errors) {

    /** The first lines of the report shown in the batch itself. */
    static final int ERRORS_SHOWN = 100;

    /** One line of the error report: the row (spreadsheet row number, or line of JSON Lines), field and reason. */
    public record RowErrorView(long row, String field, String reason) {
    }

    static BatchView of(Batches.Batch b, List<Batches.RowError> firstErrors, Instant now) {
        boolean ended = b.state() == Batches.State.COMPLETED || b.state() == Batches.State.FAILED;
        double percent = b.state() == Batches.State.COMPLETED ? 100.0
                : b.fileBytes() == 0 ? 0 : Math.min(100.0, Math.floor(1000.0 * b.bytesRead() / b.fileBytes()) / 10);
        double rate = 0;
        if (b.startedAt() != null) {
            Instant end = b.finishedAt() != null ? b.finishedAt() : now;
            long millis = Math.max(1, Duration.between(b.startedAt(), end).toMillis());
            rate = Math.round(b.rowsRead() * 10_000.0 / millis) / 10.0;
        }
        return new BatchView(b.id(), b.state().name(), b.format(), b.layout(), b.encoding(), b.fileName(),
                b.fileBytes(), b.fileRows(), b.rowsRead(), b.rowsStored(), b.rowsRejected(), b.rowsDuplicate(),
                percent, rate, b.receivedAt(), b.startedAt(), b.finishedAt(), b.failure(),
                ended ? "/api/v1/batches/" + b.id() + "/errors" : null,
                ended ? firstErrors.stream().map(e -> new RowErrorView(e.row(), e.field(), e.reason())).toList()
                        : null);
    }
}
