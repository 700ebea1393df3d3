package dev.publiccredit.ledger.api;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * The waiting side of the ledger's group commits (the query log's entries, the records submitted one by one): a
 * request hands its write to a writer thread and waits here until the transaction that holds it has committed.
 */
public final class GroupCommits {

    private GroupCommits() {
    }

    /**
     * The outcome of {@code written} once complete; throws what the writer failed with (a runtime exception as it
     * is, anything else wrapped), naming {@code what} was written.
     */
    public static <T> T await(CompletableFuture<T> written, String what) {
        try {
            return written.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what + " was written", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(what + " was not written", e.getCause());
        }
    }
}
