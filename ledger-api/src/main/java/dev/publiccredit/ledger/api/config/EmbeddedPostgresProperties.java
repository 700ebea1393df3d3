package dev.publiccredit.ledger.api.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL the ledger starts when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the database lives; kept across restarts
 * @param port          TCP port on localhost; 0 picks a free one
 * @param sharedBuffers PostgreSQL's {@code shared_buffers} (its own page cache), as PostgreSQL writes sizes
 *                      ({@code 512MB}, {@code 2GB}); empty: a quarter of the machine's memory, at least 128MB and at
 *                      most 8GB, the starting value PostgreSQL's documentation suggests for a database server
 * @param maxWalSize    PostgreSQL's {@code max_wal_size}: how much WAL may accumulate before a checkpoint is forced
 */
@ConfigurationProperties("ledger.embedded-postgres")
public record EmbeddedPostgresProperties(@DefaultValue("data/postgres") String dataDirectory,
                                         @DefaultValue("0") int port,
                                         @DefaultValue("") String sharedBuffers,
                                         @DefaultValue("4GB") String maxWalSize) {
}
