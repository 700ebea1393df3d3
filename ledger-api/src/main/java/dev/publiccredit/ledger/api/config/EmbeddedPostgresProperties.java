package dev.publiccredit.ledger.api.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL the ledger starts when no {@code spring.datasource.url} is configured.
 *
 * @param dataDirectory where the database lives; kept across restarts
 * @param port          TCP port on localhost; 0 picks a free one
 */
@ConfigurationProperties("ledger.embedded-postgres")
public record EmbeddedPostgresProperties(@DefaultValue("data/postgres") String dataDirectory,
                                         @DefaultValue("0") int port) {
}
