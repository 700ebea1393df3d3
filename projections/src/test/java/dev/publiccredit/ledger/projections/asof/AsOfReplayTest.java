package dev.publiccredit.ledger.projections.asof;

import dev.publiccredit.ledger.core.record.event.CorrectableField;
import dev.publiccredit.ledger.core.record.event.PenaltyRecorded;
import dev.publiccredit.ledger.core.record.event.RecordCorrected;
import dev.publiccredit.ledger.core.record.event.RecordContent;
import dev.publiccredit.ledger.core.shared.RecordCategory;
import dev.publiccredit.ledger.projections.ProjectionDatabase;
import dev.publiccredit.ledger.projections.listing.ListingProjector;
import dev.publiccredit.ledger.projections.profile.CreditProfileProjector;
import dev.publiccredit.ledger.projections.profile.CreditProfileView;
import dev.publiccredit.ledger.projections.profile.CreditProfiles;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static dev.publiccredit.ledger.projections.LedgerEvents.ACME;
import static dev.publiccredit.ledger.projections.LedgerEvents.change;
import static dev.publiccredit.ledger.projections.LedgerEvents.corrected;
import static dev.publiccredit.ledger.projections.LedgerEvents.penalty;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The replay into temporary tables, on the test database's single connection (the worst case for shadowing). */
@ExtendWith(ProjectionDatabase.class)
class AsOfReplayTest {

    private static final LocalDate DAY = LocalDate.of(2025, 4, 1);

    private final JdbcClient jdbc = ProjectionDatabase.jdbc();
    private final CreditProfileProjector projector = new CreditProfileProjector(jdbc, ProjectionDatabase.dataSource());
    private final CreditProfiles profiles = new CreditProfiles(jdbc);
    private final AsOfReplay replay = new AsOfReplay(jdbc,
            new DataSourceTransactionManager(ProjectionDatabase.dataSource()), projector, new ListingProjector(jdbc));

    private PenaltyRecorded recorded;
    private RecordCorrected correction;

    @BeforeEach
    void liveTables() throws Exception {
        recorded = penalty("P-001").decidedOn(LocalDate.of(2025, 3, 3))
                .recordedAt(Instant.parse("2025-03-04T02:00:00Z")).build();
        correction = corrected(recorded.recordId(), RecordCategory.PENALTY, ACME.code(),
                Instant.parse("2025-03-05T02:00:00Z"),
                change(CorrectableField.PENALTY_CONTENT, recorded.details().penaltyContent(), "罚款五千元"));
        AnnotationEventHandlerAdapter live = new AnnotationEventHandlerAdapter(projector);
        live.handle(message(recorded, 0));
        live.handle(message(correction, 1));
    }

    @Test
    void replayReadsTheCopiesAndLeavesTheLiveTablesAsTheyWere() {
        CreditProfileView live = profiles.find(ACME.code(), DAY).orElseThrow();

        CreditProfileView before = replay.replay(List.of(message(recorded, 0)),
                () -> profiles.find(ACME.code(), DAY).orElseThrow());

        assertThat(before.penalties()).singleElement().satisfies(p -> {
            assertThat(p.summary()).isEqualTo(RecordContent.of(recorded).summary());
            assertThat(p.corrections()).isZero();
        });
        assertThat(profiles.find(ACME.code(), DAY)).contains(live);
        assertThat(live.penalties().get(0).summary()).isEqualTo("罚款五千元");
        assertThat(temporaryTables()).isZero();
    }

    @Test
    void replayPassesSequenceNumbersToTheProjector() {
        CreditProfileView replayed = replay.replay(List.of(message(recorded, 0), message(correction, 1)),
                () -> profiles.find(ACME.code(), DAY).orElseThrow());

        assertThat(replayed).isEqualTo(profiles.find(ACME.code(), DAY).orElseThrow());
        assertThat(replayed.penalties().get(0).corrections()).isEqualTo(1);
    }

    /**
     * A reader statement used often enough becomes a server-side prepared statement whose plan names the live table.
     * A rolled-back replay also rolls back the connection's temporary schema, and creating it again re-plans every
     * statement; this connection keeps a temporary schema (a temporary table of its own) so that this does not help.
     */
    @Test
    void preparedReaderStatementsReadTheCopiesToo() {
        jdbc.sql("CREATE TEMP TABLE keeps_the_temporary_schema (x INTEGER)").update();
        try {
            replay.replay(List.of(message(recorded, 0)), () -> profiles.find(ACME.code(), DAY));
            for (int i = 0; i < 8; i++) {
                assertThat(profiles.find(ACME.code(), DAY).orElseThrow().penalties().get(0).corrections())
                        .isEqualTo(1);
            }

            CreditProfileView replayed = replay.replay(List.of(message(recorded, 0)),
                    () -> profiles.find(ACME.code(), DAY).orElseThrow());

            assertThat(replayed.penalties().get(0).corrections()).isZero();
            assertThat(profiles.find(ACME.code(), DAY).orElseThrow().penalties().get(0).corrections()).isEqualTo(1);
        } finally {
            jdbc.sql("DROP TABLE keeps_the_temporary_schema").update();
        }
    }

    @Test
    void noEventsNoProfile() {
        assertThat(replay.replay(List.of(), () -> profiles.find(ACME.code(), DAY))).isEmpty();
        assertThat(profiles.find(ACME.code(), DAY)).isPresent();
    }

    @Test
    void aFailingReadRollsBackAndLeavesNoCopy() {
        assertThatThrownBy(() -> replay.replay(List.of(message(recorded, 0)), () -> {
            throw new IllegalStateException("reader failed");
        })).hasMessage("reader failed");

        assertThat(temporaryTables()).isZero();
        assertThat(profiles.find(ACME.code(), DAY).orElseThrow().penalties().get(0).corrections()).isEqualTo(1);
    }

    private long temporaryTables() {
        return jdbc.sql("SELECT count(*) FROM pg_tables WHERE schemaname LIKE 'pg_temp%'").query(Long.class).single();
    }

    private static DomainEventMessage<?> message(Object payload, long sequence) {
        return new GenericDomainEventMessage<>("CreditRecord", "record", sequence, payload);
    }
}
