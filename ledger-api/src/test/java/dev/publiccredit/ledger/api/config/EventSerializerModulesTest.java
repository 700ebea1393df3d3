package dev.publiccredit.ledger.api.config;

import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import org.axonframework.eventsourcing.eventstore.AbstractEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The event store reads its events with the ISO date module in its serializer's mapper. */
class EventSerializerModulesTest extends LedgerApplicationTest {

    @Autowired
    EventStorageEngine storageEngine;

    @Test
    void theEventStoresSerializerReadsIsoDatesByTheShortPath() {
        assertThat(((AbstractEventStorageEngine) storageEngine).getEventSerializer())
                .isInstanceOfSatisfying(Jackson3Serializer.class, serializer ->
                        assertThat(serializer.getObjectMapper().registeredModules())
                                .anySatisfy(module -> assertThat(module).isInstanceOf(IsoDates.class)));
    }
}
