package dev.publiccredit.ledger.api.config;

import dev.publiccredit.ledger.core.record.CreditRecord;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JacksonModule;

import java.sql.SQLException;
import java.time.Clock;
import java.util.Map;

/**
 * Axon on PostgreSQL: the JDBC event and token store in a snake_case schema (tables owned by Flyway, V1), the credit
 * record aggregate, and error handling that never skips an event: a projection handler that throws stops its
 * processor at that event, which retries with back-off (1 s doubling to 60 s) until the fault is fixed. Health and
 * metrics show the stopped processor (see {@code ProjectionMonitor}).
 */
@Configuration(proxyBeanMethods = false)
public class AxonConfiguration {

    /** PostgreSQL's SQLState for a unique key violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    /** Metadata copied from each command to the events it causes. */
    public static final String[] METADATA_KEYS = {"requestId", "actor", "actorType", "clientId", "role", "department",
            "reason", "ruleSet"};

    /**
     * The event serializer reads ISO dates and instants by a short path of its own ({@link IsoDates}) and calls the
     * events' constructors through handles made once ({@link ConstructorCalls}).
     */
    @Bean
    Jackson3SerializerCustomizer eventJson() {
        return builder -> builder.addModule(new IsoDates()).addModule(new ConstructorCalls());
    }

    /**
     * The application's JSON (request bodies, JSON Lines files) calls the request records' constructors through
     * handles made once: Spring Boot adds every {@code JacksonModule} bean to its mapper.
     */
    @Bean
    JacksonModule constructorCalls() {
        return new ConstructorCalls();
    }

    /**
     * Axon's units of work in Spring's JDBC transactions: a command's events and its subscribing index rows, and a
     * tracking batch's rows and token, each commit together on one connection. Declared here because Axon 4.13's
     * auto-configuration looks for Spring Boot 3's transaction auto-configuration class and, under Boot 4, falls back
     * to running without transactions.
     */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }

    /**
     * Tells Axon which failures are a unique key refusing an append, so that it throws
     * {@code AggregateStreamCreationException} (sequence 0) or {@code ConcurrencyException} and the writers treat the
     * event as stored by someone else. Axon's default for JDBC looks for {@code SQLIntegrityConstraintViolationException},
     * which the PostgreSQL driver never throws: it reports SQLState {@code 23505} (unique_violation), for a batch
     * insert on the batch exception or on the exception it chains.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return AxonConfiguration::isUniqueViolation;
    }

    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    @Bean
    ConfigurerModule creditLedgerModule() {
        return configurer -> {
            configurer.configureAggregate(CreditRecord.class);
            configurer.eventProcessing()
                    .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                    .registerDefaultErrorHandler(c -> PropagatingErrorHandler.instance());
        };
    }

    /**
     * Axon stamps each event with the time of {@code GenericEventMessage.clock}: the platform clock, so that the
     * recorded time of an event (the as-of views' time line) follows the clock the ledger decides by (tests move it).
     * It is a static of Axon's: set when the application starts, and put back as it was when it stops (several
     * applications in one JVM, as in tests, each leave the clock of the one started before them).
     */
    @Bean
    AxonEventClock axonEventClock(Clock clock) {
        return new AxonEventClock(clock);
    }

    static final class AxonEventClock implements InitializingBean, DisposableBean {

        private final Clock clock;
        private Clock before = GenericEventMessage.clock;

        AxonEventClock(Clock clock) {
            this.clock = clock;
        }

        @Override
        public void afterPropertiesSet() {
            before = GenericEventMessage.clock;
            GenericEventMessage.clock = clock;
        }

        @Override
        public void destroy() {
            if (GenericEventMessage.clock == clock) {
                GenericEventMessage.clock = before;
            }
        }
    }

    @Bean
    CorrelationDataProvider requestMetadataProvider() {
        return notForEvents(new SimpleCorrelationDataProvider(METADATA_KEYS));
    }

    @Bean
    CorrelationDataProvider messageOriginProvider() {
        return notForEvents(new MessageOriginProvider());
    }

    /**
     * Correlation data flows from a command to the events it causes. The event processors' handlers here send no
     * messages, so for an event being handled there is nothing to pass on; yet Axon asks the providers again at every
     * handler call of every processor (for the result message it makes), and each time they would deserialize the
     * event's metadata. For an event they answer nothing. A handler that one day sends a command must set what it
     * needs from the event's metadata itself.
     */
    static CorrelationDataProvider notForEvents(CorrelationDataProvider provider) {
        return message -> message instanceof EventMessage<?> ? Map.of() : provider.correlationDataFor(message);
    }
}
