package dev.publiccredit.ledger.api.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;

/** The documented byte layouts (docs/audit.md) of a leaf and of a tree head, written out by hand. */
class CanonicalBytesTest {

    private static final HexFormat HEX = HexFormat.of();

    @Test
    void aLeafIsItsTaggedLengthPrefixedColumns() {
        StoredEvent event = new StoredEvent(7, "e1", "a1", 2, null, "t", "p", "1", new byte[]{0x7b, 0x7d}, null);
        String expected = ""
                + "0000001b" + HEX.formatHex("credit-ledger/audit-leaf/v1".getBytes())
                + "00000008" + "0000000000000007"   // global_index
                + "00000002" + "6531"               // event_identifier "e1"
                + "00000002" + "6131"               // aggregate_identifier "a1"
                + "00000008" + "0000000000000002"   // sequence_number
                + "ffffffff"                        // type: NULL
                + "00000001" + "74"                 // time_stamp "t"
                + "00000001" + "70"                 // payload_type "p"
                + "00000001" + "31"                 // payload_revision "1"
                + "00000002" + "7b7d"               // payload {}
                + "ffffffff";                       // meta_data: NULL
        assertThat(HEX.formatHex(event.canonicalBytes())).isEqualTo(expected);
        assertThat(event.leafHash()).isEqualTo(MerkleTree.leafHash(HEX.parseHex(expected)));
    }

    @Test
    void aTreeHeadSignsItsTaggedSizeRootTimeAndKeyId() {
        byte[] root = new byte[32];
        root[31] = 1;
        byte[] signed = TreeHead.signedBytes(3, root, Instant.ofEpochMilli(1000), "k");
        assertThat(HEX.formatHex(signed)).isEqualTo(""
                + "0000001a" + HEX.formatHex("credit-ledger/tree-head/v1".getBytes())
                + "00000008" + "0000000000000003"
                + "00000020" + "00".repeat(31) + "01"
                + "00000008" + "00000000000003e8"
                + "00000001" + "6b");
    }
}
