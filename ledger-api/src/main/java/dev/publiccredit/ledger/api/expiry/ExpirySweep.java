package dev.publiccredit.ledger.api.expiry;

import dev.publiccredit.ledger.core.shared.DepartmentCode;
import dev.publiccredit.ledger.api.web.RequestMetadata;
import dev.publiccredit.ledger.api.config.LedgerProperties;
import dev.publiccredit.ledger.core.record.command.ExpirePublicity;
import dev.publiccredit.ledger.projections.expiry.PublicityExpiries;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Ends the disclosure of records whose publicity window has run out. Every {@code ledger.sweep.interval} (when
 * {@code ledger.sweep.enabled}) it reads up to {@code ledger.sweep.batch-size} records due from the
 * {@code publicity-expiry} projection and sends each an {@code ExpirePublicity}. The record decides: it stores
 * {@code DisclosureEnded(PUBLICITY_EXPIRED)} once, and answers false for every later request, so several instances,
 * or a sweep that overlaps a slow one, never end a disclosure twice. A record that another instance changed at the
 * same moment is left for the next sweep, which finds it done.
 */
@Component
public class ExpirySweep {

    private static final Logger log = LoggerFactory.getLogger(ExpirySweep.class);

    private final PublicityExpiries expiries;
    private final CommandGateway commands;
    private final LedgerProperties properties;
    private final Clock clock;
    private final RequestMetadata metadata;

    public ExpirySweep(PublicityExpiries expiries, CommandGateway commands, LedgerProperties properties,
                       Clock clock, RequestMetadata metadata) {
        this.metadata = metadata;
        this.expiries = expiries;
        this.commands = commands;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ledger.sweep.interval}")
    void scheduled() {
        if (properties.sweep().enabled()) {
            sweep();
        }
    }

    /** One sweep: asks each due record to end its disclosure; answers how many did so now. */
    public int sweep() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        String sweepId = "sweep-" + UUID.randomUUID();
        int ended = SweepCommands.send(commands, expiries.dueRecords(today, properties.sweep().batchSize()),
                due -> GenericCommandMessage.asCommandMessage(new ExpirePublicity(due.recordId(), today, now))
                        .andMetaData(metadata.system(sweepId, "expiry-sweep", DepartmentCode.parse(due.department()),
                                "publicity period expired")), log);
        if (ended > 0) {
            log.info("Expiry sweep {} ended the disclosure of {} record(s) on {}", sweepId, ended, today);
        }
        return ended;
    }

}
