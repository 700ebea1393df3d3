package dev.publiccredit.ledger.api.listing;

import dev.publiccredit.ledger.api.web.RequestMetadata;
import dev.publiccredit.ledger.api.expiry.SweepCommands;
import dev.publiccredit.ledger.api.config.LedgerProperties;
import dev.publiccredit.ledger.core.listing.command.ExpireListing;
import dev.publiccredit.ledger.core.shared.ListingId;
import dev.publiccredit.ledger.projections.listing.Listings;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Ends listings whose period has run out (ADR 0008): reads the listings due on today's date (the injected clock) from
 * the listings projection and sends {@link ExpireListing} for each, at most {@code ledger.sweep.batch-size} per
 * sweep. The command is idempotent, so a listing already expired, a sweep run twice, or two instances sweeping at once
 * store one {@code ListingExpired}: a concurrent duplicate append fails on the event store's unique key and the next
 * sweep finds nothing to do. A failing item is logged and the sweep goes on with the next.
 */
@Component
public class ListingExpirySweep {

    private static final Logger log = LoggerFactory.getLogger(ListingExpirySweep.class);

    private final Listings listings;
    private final CommandGateway commands;
    private final LedgerProperties properties;
    private final Clock clock;
    private final RequestMetadata metadata;

    public ListingExpirySweep(Listings listings, CommandGateway commands, LedgerProperties properties, Clock clock, RequestMetadata metadata) {
        this.metadata = metadata;
        this.listings = listings;
        this.commands = commands;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${ledger.sweep.interval}", initialDelayString = "${ledger.sweep.interval}")
    void scheduled() {
        if (properties.sweep().enabled()) {
            sweep();
        }
    }

    /** One sweep now; answers how many listings it expired. */
    public int sweep() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<ListingId> due = listings.dueForExpiry(today, properties.sweep().batchSize());
        MetaData metaData = metadata.system("sweep-" + UUID.randomUUID(), "listing-expiry-sweep", null,
                "listing period ended");
        int expired = SweepCommands.send(commands, due, id -> GenericCommandMessage
                .asCommandMessage(new ExpireListing(id, today, now)).andMetaData(metaData), log);
        if (expired > 0) {
            log.info("Listing expiry sweep for {}: {} of {} due listings expired", today, expired, due.size());
        }
        return expired;
    }
}
