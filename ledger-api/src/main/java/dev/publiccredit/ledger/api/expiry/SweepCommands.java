package dev.publiccredit.ledger.api.expiry;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;

import java.util.List;
import java.util.function.Function;

/**
 * One pass of an expiry sweep (ADR 0008): sends each due item its idempotent command and counts those that stored an
 * event. An item another instance changed at the same moment is left for the next sweep, which finds it done; any
 * other failure is logged and the sweep goes on with the next item.
 */
public final class SweepCommands {

    private SweepCommands() {
    }

    public static <T> int send(CommandGateway commands, List<T> due, Function<T, CommandMessage<?>> command,
                               Logger log) {
        int stored = 0;
        for (T item : due) {
            try {
                if (Boolean.TRUE.equals(commands.sendAndWait(command.apply(item)))) {
                    stored++;
                }
            } catch (ConcurrencyException | AggregateStreamCreationException e) {
                log.debug("{} changed concurrently (another instance); the next sweep finds it done", item);
            } catch (RuntimeException e) {
                log.warn("Could not expire {}; the next sweep tries again", item, e);
            }
        }
        return stored;
    }
}
