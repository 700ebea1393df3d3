package dev.publiccredit.ledger.api.batch;

/**
 * What the ledger learns about an upload while it is written to disk, byte by byte, without decoding it: its size,
 * whether it is valid UTF-8 (and starts with a BOM), and how many records it holds. CSV records are counted with the
 * quoting rules of {@link CsvRecords} (a line break inside quotes does not end a record), which works on the bytes
 * of UTF-8 and of GBK alike: neither encoding uses the bytes of {@code "}, {@code ,}, CR or LF inside a multi-byte
 * character. A quote still open at the end is remembered. JSON Lines are counted by non-blank lines.
 */
final class UploadScan {

    private final boolean csv;
    private long bytes;
    private boolean bom;
    private int bomMatched;

    // UTF-8: continuation bytes still expected, and the first offset that broke the encoding
    private int continuation;
    private long firstInvalidUtf8 = -1;

    // records: the CSV state machine, and whether the current record has any content
    private int state = CsvRecords.FIELD_START;
    private boolean recordHasContent;
    private long records;

    UploadScan(boolean csv) {
        this.csv = csv;
    }

    void update(byte[] buffer, int offset, int length) {
        for (int i = offset; i < offset + length; i++) {
            int b = buffer[i] & 0xFF;
            utf8(b);
            if (csv) {
                csv(b);
            } else {
                line(b);
            }
            bytes++;
        }
    }

    private void utf8(int b) {
        if (bytes < 3 && bomMatched == bytes) {
            if (b == new int[] {0xEF, 0xBB, 0xBF}[(int) bytes]) {
                bomMatched++;
                bom = bomMatched == 3;
            }
        }
        if (firstInvalidUtf8 >= 0) {
            return;
        }
        if (continuation > 0) {
            if ((b & 0xC0) != 0x80) {
                firstInvalidUtf8 = bytes;
            }
            continuation--;
        } else if (b >= 0xC2 && b <= 0xDF) {
            continuation = 1;
        } else if (b >= 0xE0 && b <= 0xEF) {
            continuation = 2;
        } else if (b >= 0xF0 && b <= 0xF4) {
            continuation = 3;
        } else if (b >= 0x80) {
            firstInvalidUtf8 = bytes;
        }
    }

    private void csv(int b) {
        if (b == '\n' && state != CsvRecords.QUOTED) {
            endRecord();
            return;
        }
        if (b != '\r' || state == CsvRecords.QUOTED) {
            recordHasContent = true;
        }
        state = CsvRecords.next(state, b);
    }

    private void line(int b) {
        if (b == '\n') {
            endRecord();
        } else if (b != ' ' && b != '\t' && b != '\r') {
            recordHasContent = true;
        }
    }

    private void endRecord() {
        if (recordHasContent) {
            records++;
        }
        recordHasContent = false;
        state = CsvRecords.FIELD_START;
    }

    /** Call once, after the last byte. */
    void finish() {
        if (continuation > 0 && firstInvalidUtf8 < 0) {
            firstInvalidUtf8 = bytes;
        }
        if (state != CsvRecords.QUOTED) {
            endRecord();
        }
    }

    long bytes() {
        return bytes;
    }

    boolean utf8Bom() {
        return bom;
    }

    /** The offset of the first byte that is not valid UTF-8, or -1. */
    long firstInvalidUtf8() {
        return firstInvalidUtf8;
    }

    /** Non-blank records (CSV: the heading row included) or non-blank lines (JSON Lines). */
    long records() {
        return records;
    }

    /** A CSV quote opened and never closed: the rest of the file would be one field. */
    boolean quoteLeftOpen() {
        return csv && state == CsvRecords.QUOTED;
    }
}
