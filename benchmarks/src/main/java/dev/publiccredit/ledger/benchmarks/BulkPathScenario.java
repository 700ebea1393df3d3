package dev.publiccredit.ledger.benchmarks;

/**
 * The ledger's bulk path, {@code POST /api/v1/batches}. This build has no such endpoint, so the row says so; the
 * class that measures it replaces this one when the endpoint exists.
 */
final class BulkPathScenario implements Scenario {

    @Override
    public String name() {
        return "Ledger bulk path (POST /api/v1/batches)";
    }

    @Override
    public Result run(Bench bench) {
        return Result.notMeasured(name(), "bulk path not in this build");
    }
}
