package dev.publiccredit.ledger.benchmarks;

import dev.publiccredit.ledger.core.shared.InvalidRecordContent;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Axon as it comes: one command per record through the ledger's {@code CommandGateway}, {@code sendAndWait}, from
 * 8 senders; each command loads its (new) aggregate, decides, appends one event to the JDBC event store and writes
 * the subscribing subject index, in one transaction. No HTTP, no JSON. Invalid rows are refused by the mapper before
 * any command is sent, as the API does.
 */
final class AxonCommandScenario implements Scenario {

    static final int SENDERS = 8;
    /**
     * Warm-up batches of a round's rows at most: both write paths get the same ({@link JitWarmUp}). At 30 the
     * single-record path still ended its warm-up with the JIT at 26-30% of the JVM's CPU (docs/adr/0030).
     */
    static final int WARM_UP_BATCHES = 60;

    @Override
    public String name() {
        return "Axon, one command per record (CommandGateway.sendAndWait, 8 senders)";
    }

    @Override
    public Result run(Bench bench) throws Exception {
        CommandGateway commands = bench.bean(CommandGateway.class);
        int rows = bench.rows();
        List<Double> rounds = new ArrayList<>();
        List<Bench.Run> runs = new ArrayList<>();
        AtomicInteger refused = new AtomicInteger();
        CpuClock.Reading used = new CpuClock.Reading(0, 0);
        CpuSplit split = new CpuSplit();
        Bench.Task send = item -> {
            Object command;
            try {
                command = EventRows.command(bench.data().row(item), Instant.now());
            } catch (InvalidRecordContent invalid) {
                refused.incrementAndGet();
                return;
            }
            split.call(() -> commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(
                    MetaData.from(Map.of("actor", "bench", "actorType", "USER",
                            "department", EventRows.department(command))))));
        };
        JitWarmUp.Outcome warmUp = JitWarmUp.run(bench, rows, WARM_UP_BATCHES, "commands", batch -> {
            BulkPathScenario.awaitProjections(bench);
            bench.concurrently(SENDERS, bench.takeRows(rows), rows, send);
        });
        refused.set(0);
        for (int round = 0; round < bench.scale().rounds; round++) {
            // each round starts with the processors caught up with the rounds (and scenarios) before it
            BulkPathScenario.awaitProjections(bench);
            split.begin();
            CpuClock.Reading before = bench.cpu();
            Bench.Run run = bench.concurrently(SENDERS, bench.takeRows(rows), rows, send);
            runs.add(run);
            rounds.add(run.perSecond());
            used = used.plus(bench.cpu().minus(before));
            split.end();
        }
        long items = (long) rows * bench.scale().rounds;
        return new Result(name(), "commands/s", rounds, Benchmarks.medianRun(runs, rounds),
                rows + " rows per round after " + warmUp.describe("rows") + ", " + refused.get()
                        + " invalid rows of the measured rounds refused before sending; CPU per command "
                        + "(including the tracking processors' work meanwhile): "
                        + used.perItem(items, split.perItem(items, false)));
    }
}
