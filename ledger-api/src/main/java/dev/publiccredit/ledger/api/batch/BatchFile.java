package dev.publiccredit.ledger.api.batch;

import org.jspecify.annotations.Nullable;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An upload written to a spool file as it arrives, with what was learnt on the way ({@link UploadScan}) and the
 * checks that refuse a file before anything is stored: empty, too large, not UTF-8 or GBK, a quote left open, no
 * records, too many records, a heading row that is not a known layout. The file is read again, streaming, when the
 * batch runs.
 */
record BatchFile(Path path, BatchFormat format, String encoding, long bytes, long rows,
                 CsvLayout.@Nullable Kind layout) {

    static final Charset GBK = Charset.forName("GBK");

    /** The formats of an upload. */
    enum BatchFormat { CSV, JSONL }

    /** Copies {@code in} to {@code path}, checks it, and answers what it holds; deletes the file if refused. */
    static BatchFile spool(InputStream in, Path path, BatchFormat format, long maxBytes, long maxRows)
            throws IOException {
        try {
            return check(path, format, maxRows, copy(in, path, format, maxBytes));
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(path);
            throw e;
        }
    }

    private static UploadScan copy(InputStream in, Path path, BatchFormat format, long maxBytes) throws IOException {
        UploadScan scan = new UploadScan(format == BatchFormat.CSV);
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(path)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                scan.update(buffer, 0, n);
                if (scan.bytes() > maxBytes) {
                    throw new BatchRefused.TooLarge("The file is larger than " + maxBytes + " bytes.");
                }
                out.write(buffer, 0, n);
            }
        }
        scan.finish();
        return scan;
    }

    private static BatchFile check(Path path, BatchFormat format, long maxRows, UploadScan scan) throws IOException {
        if (scan.bytes() == 0 || scan.records() == 0 && !scan.quoteLeftOpen()) {
            throw new BatchRefused.Invalid("body", "is empty: send a CSV file with a heading row, or JSON Lines");
        }
        String encoding;
        if (scan.utf8Bom()) {
            encoding = "UTF-8 (BOM)";
        } else if (scan.firstInvalidUtf8() < 0) {
            encoding = "UTF-8";
        } else if (format == BatchFormat.JSONL) {
            throw new BatchRefused.Invalid("body", "is not UTF-8 (byte " + scan.firstInvalidUtf8()
                    + "): JSON Lines are UTF-8");
        } else {
            long bad = firstMalformed(path, GBK);
            if (bad >= 0) {
                throw new BatchRefused.Invalid("body", "is neither UTF-8 (byte " + scan.firstInvalidUtf8()
                        + ") nor GBK (byte " + bad + ")");
            }
            encoding = "GBK";
        }
        if (scan.quoteLeftOpen()) {
            throw new BatchRefused.Invalid("body", "has a quote (\") that is never closed: the rest of the file would "
                    + "be one cell");
        }
        long rows = format == BatchFormat.CSV ? scan.records() - 1 : scan.records();
        if (rows > maxRows) {
            throw new BatchRefused.TooLarge("The file has " + rows + " records; at most " + maxRows
                    + " are taken in one batch (nothing was stored): split it.");
        }
        CsvLayout.Kind layout = null;
        if (format == BatchFormat.CSV) {
            try (Reader reader = reader(path, encoding, new AtomicLong())) {
                List<String> headings = new CsvRecords(reader).next();
                layout = CsvLayout.of(headings == null ? List.of() : headings).kind();
            }
            if (rows == 0) {
                throw new BatchRefused.Invalid("body", "has a heading row and no records");
            }
        }
        return new BatchFile(path, format, encoding, scan.bytes(), rows, layout);
    }

    /** Reads the file in its encoding, counting the bytes consumed in {@code bytesRead}. */
    static Reader reader(Path path, String encoding, AtomicLong bytesRead) throws IOException {
        InputStream counting = new FilterInputStream(Files.newInputStream(path)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytesRead.incrementAndGet();
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    bytesRead.addAndGet(n);
                }
                return n;
            }
        };
        Charset charset = encoding.equals("GBK") ? GBK : StandardCharsets.UTF_8;
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        return new BufferedReader(new InputStreamReader(counting, decoder), 64 * 1024);
    }

    /** The offset of the first byte that {@code charset} cannot decode, or -1: one streaming pass. */
    private static long firstMalformed(Path path, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(64 * 1024);
        CharBuffer out = CharBuffer.allocate(64 * 1024);
        long consumed = 0;
        try (InputStream stream = Files.newInputStream(path)) {
            boolean end = false;
            while (!end) {
                int n = stream.read(in.array(), in.position(), in.remaining());
                end = n < 0;
                if (n > 0) {
                    in.position(in.position() + n);
                }
                in.flip();
                while (true) {
                    int before = in.position();
                    CoderResult result = decoder.decode(in, out, end);
                    consumed += in.position() - before;
                    if (result.isError()) {
                        return consumed;
                    }
                    out.clear();
                    if (result.isUnderflow()) {
                        break;
                    }
                }
                in.compact();
            }
            CoderResult flush = decoder.flush(out);
            return flush.isError() ? consumed : -1;
        }
    }
}
