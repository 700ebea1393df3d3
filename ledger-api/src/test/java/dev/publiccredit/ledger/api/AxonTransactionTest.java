package dev.publiccredit.ledger.api;

import dev.publiccredit.ledger.api.support.LedgerApplicationTest;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Axon runs its units of work in Spring's JDBC transactions (not Axon's fallback without transactions): a command's
 * events and index rows, and a tracking batch's rows and token, commit together on one connection.
 */
class AxonTransactionTest extends LedgerApplicationTest {

    @Autowired
    org.axonframework.config.Configuration axon;

    @Test
    void axonUsesSpringTransactions() {
        assertThat(axon.getComponent(TransactionManager.class)).isInstanceOf(SpringTransactionManager.class);
    }
}
