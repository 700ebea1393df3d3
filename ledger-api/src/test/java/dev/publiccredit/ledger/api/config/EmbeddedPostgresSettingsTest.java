package dev.publiccredit.ledger.api.config;

import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded PostgreSQL runs durable, with a page cache sized for the machine. */
class EmbeddedPostgresSettingsTest extends LedgerApplicationTest {

    private static final long GIB = 1024L * 1024 * 1024;

    @Test
    void sharedBuffers_areAQuarterOfTheMemory_between128MBand8GB() {
        assertThat(EmbeddedPostgresConfiguration.sharedBuffersFor(24 * GIB)).isEqualTo("6144MB");
        assertThat(EmbeddedPostgresConfiguration.sharedBuffersFor(2 * GIB)).isEqualTo("512MB");
        assertThat(EmbeddedPostgresConfiguration.sharedBuffersFor(GIB / 4)).isEqualTo("128MB");
        assertThat(EmbeddedPostgresConfiguration.sharedBuffersFor(0)).isEqualTo("128MB");
        assertThat(EmbeddedPostgresConfiguration.sharedBuffersFor(256 * GIB)).isEqualTo("8192MB");
    }

    @Test
    void theRunningDatabase_hasTheseSettings() {
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getTotalMemorySize();
        long expectedMegabytes = Long.parseLong(EmbeddedPostgresConfiguration.sharedBuffersFor(memory)
                .replace("MB", ""));
        assertThat(setting("shared_buffers")).isEqualTo(expectedMegabytes * 1024 / 8); // in 8 kB pages
        assertThat(jdbc.sql("SELECT setting FROM pg_settings WHERE name = 'max_wal_size'").query(Long.class)
                .single()).isEqualTo(4096); // in MB
        assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
    }

    private long setting(String name) {
        return jdbc.sql("SELECT setting FROM pg_settings WHERE name = ?").param(name).query(Long.class).single();
    }
}
