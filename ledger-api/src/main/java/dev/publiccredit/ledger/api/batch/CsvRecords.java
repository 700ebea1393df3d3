package dev.publiccredit.ledger.api.batch;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV records one at a time from a character stream (RFC 4180, as Excel writes it): comma-separated, a field
 * in double quotes may hold commas, line breaks and doubled quotes; CRLF or LF ends a record. Lenient where Excel is:
 * a quote inside an unquoted field is kept as a character, text after a closing quote is appended. A blank line is a
 * record with no fields: it is skipped but counted, so that {@link #recordNumber()} is the row number a spreadsheet
 * shows. Holds one record in memory, never the file.
 */
final class CsvRecords {

    static final int FIELD_START = 0;
    static final int UNQUOTED = 1;
    static final int QUOTED = 2;
    static final int QUOTE_IN_QUOTED = 3;

    /** A quote was still open at the end of the input. */
    static final class QuoteLeftOpen extends IOException {
        QuoteLeftOpen(long record) {
            super("a quoted field opened in row " + record + " is never closed");
        }
    }

    private final Reader in;
    private final char[] buffer = new char[64 * 1024];
    private int position;
    private int limit;
    private long recordNumber;

    CsvRecords(Reader in) {
        this.in = in;
    }

    /**
     * The state after {@code c} in {@code state}, for every character that does not end a record; shared with the
     * byte-level {@link UploadScan} so that both agree on where records end.
     */
    static int next(int state, int c) {
        switch (state) {
            case FIELD_START:
                return c == '"' ? QUOTED : c == ',' ? FIELD_START : UNQUOTED;
            case UNQUOTED:
                return c == ',' ? FIELD_START : UNQUOTED;
            case QUOTED:
                return c == '"' ? QUOTE_IN_QUOTED : QUOTED;
            default: // QUOTE_IN_QUOTED
                return c == '"' ? QUOTED : c == ',' ? FIELD_START : UNQUOTED;
        }
    }

    /** The row number of the record last returned: 1 for the first line of the file. */
    long recordNumber() {
        return recordNumber;
    }

    /** The next non-blank record, or null at the end. */
    @Nullable List<String> next() throws IOException {
        while (true) {
            List<String> fields = record();
            if (fields == null) {
                return null;
            }
            if (!(fields.size() == 1 && fields.get(0).isEmpty())) {
                return fields;
            }
        }
    }

    private @Nullable List<String> record() throws IOException {
        if (!fill()) {
            return null;
        }
        recordNumber++;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int state = FIELD_START;
        boolean pendingCr = false;
        while (fill()) {
            char c = buffer[position++];
            if (recordNumber == 1 && fields.isEmpty() && field.isEmpty() && state == FIELD_START && c == '\uFEFF') {
                continue; // the byte order mark
            }
            if (c == '\n' && state != QUOTED) {
                fields.add(field.toString());
                return fields;
            }
            if (pendingCr) {
                pendingCr = false;
                field.append('\r');
                state = next(state, '\r');
            }
            if (c == '\r' && state != QUOTED) {
                pendingCr = true; // dropped when LF follows
                continue;
            }
            int after = next(state, c);
            if (c == ',' && after == FIELD_START) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (!(c == '"' && (state == FIELD_START || state == QUOTED))) {
                field.append(c); // a doubled quote in quotes appends one
            }
            state = after;
        }
        if (state == QUOTED) {
            throw new QuoteLeftOpen(recordNumber);
        }
        fields.add(field.toString());
        return fields;
    }

    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }
}
