package dev.publiccredit.ledger.api.audit;

import org.jspecify.annotations.Nullable;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The length-prefixed encoding of the bytes that are hashed (a leaf) or signed (a tree head), docs/audit.md: each field
 * is a 4-byte big-endian length followed by that many bytes; a missing value (SQL NULL) is the length
 * {@code 0xFFFFFFFF} with no bytes; a number is 8 bytes, big-endian, two's complement; a text is its UTF-8 bytes.
 * Because every field carries its length, no two different sequences of fields give the same bytes.
 */
public final class FieldEncoder {

    private static final int NULL_LENGTH = -1;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(256);

    public FieldEncoder bytes(byte @Nullable [] value) {
        if (value == null) {
            writeLength(NULL_LENGTH);
        } else {
            writeLength(value.length);
            out.writeBytes(value);
        }
        return this;
    }

    public FieldEncoder text(@Nullable String value) {
        return bytes(value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    public FieldEncoder number(long value) {
        return bytes(ByteBuffer.allocate(Long.BYTES).putLong(value).array());
    }

    public byte[] toByteArray() {
        return out.toByteArray();
    }

    private void writeLength(int length) {
        out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(length).array());
    }
}
