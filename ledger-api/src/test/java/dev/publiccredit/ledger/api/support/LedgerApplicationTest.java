package dev.publiccredit.ledger.api.support;

import dev.publiccredit.ledger.core.shared.UnifiedSocialCreditCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The whole ledger on a random port with its own embedded PostgreSQL (a fresh data directory under target/),
 * shared by every test class that extends this one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ledger.embedded-postgres.data-directory=target/test-postgres/${random.uuid}",
        // tests move the clock: they run the expiry sweep themselves, never in the background
        "ledger.sweep.enabled=false", "ledger.access-log.purge-enabled=false",
        // a violation type barred from repair, for the tests of REPAIR_NOT_ALLOWED (Submissions use another)
        "ledger.repair.non-repairable-violation-types=非法集资"})
@Import({LedgerApplicationTest.TestClock.class, TestClients.class})
public abstract class LedgerApplicationTest {

    /**
     * Replaces the platform clock with one tests can move: one instance for every cached context. Axon stamps events
     * with a static clock, which each context sets to its own platform clock when it starts, so with a clock per
     * context the events of one context would follow the clock of the context started last.
     */
    @TestConfiguration(proxyBeanMethods = false)
    public static class TestClock {
        private static final MutableClock CLOCK = new MutableClock();

        @Bean
        @Primary
        MutableClock mutableClock() {
            return CLOCK;
        }
    }

    @Autowired
    protected MutableClock clock;

    @Value("${local.server.port}")
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected HttpJson http;

    @BeforeEach
    void connect() {
        http = new HttpJson(port);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    protected long storedEvents() {
        return jdbc.sql("SELECT count(*) FROM domain_event_entry").query(Long.class).single();
    }

    /** A valid credit code no other test uses. */
    protected static String newCompanyCode() {
        return UnifiedSocialCreditCode.complete(
                "91110108" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000))).value();
    }
}
