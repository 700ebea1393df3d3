package dev.publiccredit.ledger.benchmarks;

/**
 * How much the harness does. {@code rows} per round for the write baselines (the raw insert baseline gets ten times
 * as many: it is that much faster); {@code subjects} and {@code events} are loaded into the event store for the
 * replay, the reads and the size per event; one subject gets {@code heavyEvents} events for the history read;
 * the GBK penalty file has {@code gbkRows} rows (its heap is compared with that of a file a tenth the size).
 */
public enum Scale {
    SMOKE(1, 20, 200, 1_000, 50, 50, 2_000),
    SMALL(5, 1_000, 50_000, 500_000, 1_000, 20_000, 1_000_000),
    FULL(5, 4_000, 1_000_000, 10_000_000, 1_000, 50_000, 1_000_000);

    final int rounds;
    final int rows;
    final long subjects;
    final long events;
    final int heavyEvents;
    final int profileReads;
    final long gbkRows;

    Scale(int rounds, int rows, long subjects, long events, int heavyEvents, int profileReads, long gbkRows) {
        this.rounds = rounds;
        this.rows = rows;
        this.subjects = subjects;
        this.events = events;
        this.heavyEvents = heavyEvents;
        this.profileReads = profileReads;
        this.gbkRows = gbkRows;
    }
}
