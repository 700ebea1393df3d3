package dev.publiccredit.ledger.benchmarks;

/**
 * One measurement of the harness. Adding a measurement is one class: implement this and list it in
 * {@link Benchmarks#scenarios}.
 */
public interface Scenario {

    /** The row's name in the report. */
    String name();

    /** Runs the measurement (all its rounds) against the running ledger. */
    Result run(Bench bench) throws Exception;
}
