package dev.publiccredit.ledger.projections.asof;

import dev.publiccredit.ledger.projections.listing.ListingProjector;
import dev.publiccredit.ledger.projections.profile.CreditProfileProjector;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventMessageHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.function.Supplier;

/**
 * Rebuilds read models from a chosen list of events, without touching the live tables: inside one transaction it
 * creates temporary copies of the credit-profile and listing tables (PostgreSQL searches {@code pg_temp} first, so
 * on this connection they shadow the live tables of the same name), feeds the events through the very projector
 * classes that build the live tables, runs the caller's read with the very readers of the live views, and rolls
 * back, which drops the copies. The live tables and the projectors' tokens are never written.
 *
 * <p>A reader statement the connection prepared earlier must not keep a plan made against the live table. PostgreSQL
 * 18 re-plans such statements by itself here (the test {@code preparedReaderStatementsReadTheCopiesToo} shows it,
 * with and without the following); as a cheap defence that does not depend on that, the cached plans of the
 * connection are discarded once the copies exist. Rolling back drops the copies, which invalidates every plan that
 * used them.
 */
@Component
public class AsOfReplay {

    /** The tables the replayed projectors write and the readers read, in creation order. */
    static final List<String> TABLES = List.of("credit_profile_subject", "credit_profile_record",
            "credit_profile_objection", "listing", "listing_measure", "listing_repair_relief");

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final List<EventMessageHandler> projectors;

    public AsOfReplay(JdbcClient jdbc, PlatformTransactionManager transactionManager,
                      CreditProfileProjector profiles, ListingProjector listings) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.projectors = List.of(new AnnotationEventHandlerAdapter(profiles),
                new AnnotationEventHandlerAdapter(listings));
    }

    /**
     * Replays {@code events} (in the order given, which should be the stored order) into temporary tables and answers
     * what {@code read} reads from them. {@code read} must use the same {@code DataSource}: it runs in this
     * transaction, on its connection.
     */
    public <T> T replay(List<? extends EventMessage<?>> events, Supplier<T> read) {
        return transactions.execute(status -> {
            status.setRollbackOnly();
            for (String table : TABLES) {
                jdbc.sql("CREATE TEMP TABLE " + table + " (LIKE public." + table + " INCLUDING ALL) ON COMMIT DROP")
                        .update();
            }
            jdbc.sql("DISCARD PLANS").update();
            for (EventMessage<?> event : events) {
                for (EventMessageHandler projector : projectors) {
                    if (projector.canHandle(event)) {
                        handle(projector, event);
                    }
                }
            }
            return read.get();
        });
    }

    private static void handle(EventMessageHandler projector, EventMessage<?> event) {
        try {
            projector.handle(event);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("could not replay " + event.getPayloadType().getSimpleName(), e);
        }
    }
}
