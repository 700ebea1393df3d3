package dev.publiccredit.ledger.api.rebuild;

import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The batched writes give the rows one statement at a time would give. */
class WriteBehindConnectionTest extends LedgerApplicationTest {

    private static final String SCHEMA = "write_behind_test";

    @Autowired
    private DataSource dataSource;

    @BeforeEach
    void tables() {
        jdbc.sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
        jdbc.sql("CREATE SCHEMA " + SCHEMA).update();
        jdbc.sql("CREATE TABLE " + SCHEMA + ".wb_parent (code TEXT PRIMARY KEY, name TEXT NOT NULL, first_seen INT NOT NULL)")
                .update();
        jdbc.sql("CREATE TABLE " + SCHEMA + ".wb_child (id INT PRIMARY KEY, code TEXT NOT NULL REFERENCES "
                + SCHEMA + ".wb_parent (code), note TEXT)").update();
    }

    @AfterEach
    void dropTables() {
        jdbc.sql("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE").update();
    }

    @Test
    void parentsGoBeforeChildrenUpsertsOfOneKeyApplyInOrderAndQueriesSeeEveryEarlierWrite() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL search_path TO " + SCHEMA + ", public");
            }
            // a flush every 3 rows: the third event's child is queued in a cycle before its parent
            WriteBehindConnection.Handle handle = WriteBehindConnection.wrap(connection,
                    new LinkedHashSet<>(List.of("wb_parent", "wb_child")), 3);
            JdbcClient writes = JdbcClient.create(new SingleConnectionDataSource(handle.connection(), true));
            for (int i = 1; i <= 7; i++) {
                String code = i % 2 == 0 ? "A" : "P" + i;
                writes.sql("""
                                INSERT INTO wb_parent (code, name, first_seen) VALUES (?, ?, ?)
                                ON CONFLICT (code) DO UPDATE SET name = excluded.name""")
                        .params(code, "name " + i, i).update();
                writes.sql("INSERT INTO wb_child (id, code, note) VALUES (?, ?, ?) ON CONFLICT (id) DO NOTHING")
                        .params(i, code, null).update();
            }
            writes.sql("UPDATE wb_child SET note = ? WHERE id = ?").params("updated", 2).update();
            assertThat(writes.sql("SELECT note FROM wb_child WHERE id = 2").query(String.class).single())
                    .isEqualTo("updated");
            handle.writes().flush();
            connection.commit();
        }
        assertThat(jdbc.sql("SELECT code || ':' || name || ':' || first_seen FROM " + SCHEMA
                + ".wb_parent ORDER BY code").query(String.class).list())
                .containsExactly("A:name 6:2", "P1:name 1:1", "P3:name 3:3", "P5:name 5:5", "P7:name 7:7");
        assertThat(jdbc.sql("SELECT count(*) FROM " + SCHEMA + ".wb_child").query(Long.class).single()).isEqualTo(7);
    }

    @Test
    void aSavepointOrTheConnectionItself_getEveryQueuedWriteFirst_andARollbackToTheSavepointDropsOnlyLaterOnes()
            throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET LOCAL search_path TO " + SCHEMA + ", public");
            }
            WriteBehindConnection.Handle handle = WriteBehindConnection.wrap(connection,
                    new LinkedHashSet<>(List.of("wb_parent", "wb_child")));
            JdbcClient writes = JdbcClient.create(new SingleConnectionDataSource(handle.connection(), true));
            writes.sql("INSERT INTO wb_parent (code, name, first_seen) VALUES (?, ?, ?)").params("A", "a", 1).update();
            assertThat(count(connection, "wb_parent")).as("queued").isZero();

            java.sql.Savepoint savepoint = handle.connection().setSavepoint();
            assertThat(count(connection, "wb_parent")).as("written before the savepoint").isEqualTo(1);
            writes.sql("INSERT INTO wb_parent (code, name, first_seen) VALUES (?, ?, ?)").params("B", "b", 2).update();
            handle.connection().rollback(savepoint);
            handle.connection().releaseSavepoint(savepoint);

            writes.sql("INSERT INTO wb_parent (code, name, first_seen) VALUES (?, ?, ?)").params("C", "c", 3).update();
            handle.connection().unwrap(org.postgresql.PGConnection.class);
            assertThat(count(connection, "wb_parent")).as("written before the connection is used itself").isEqualTo(2);
            handle.writes().flush();
            connection.commit();
        }
        assertThat(jdbc.sql("SELECT code FROM " + SCHEMA + ".wb_parent ORDER BY code").query(String.class).list())
                .containsExactly("A", "C");
    }

    private static long count(Connection connection, String table) throws java.sql.SQLException {
        try (Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
