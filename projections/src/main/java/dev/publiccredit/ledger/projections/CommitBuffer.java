package dev.publiccredit.ledger.projections;

import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Items a unit of work collects, one handler call at a time, and hands over together when it prepares to commit (in
 * its transaction, before a tracking batch stores its token): {@link PendingRows} for projection rows, the audit log
 * for its leaves.
 */
public final class CommitBuffer {

    private CommitBuffer() {
    }

    /**
     * The unit of work's list under {@code resource}; the first call makes it and registers {@code write}, which gets
     * the list when the unit of work prepares to commit.
     */
    public static <T> List<T> of(UnitOfWork<?> unitOfWork, String resource, Consumer<List<T>> write) {
        return unitOfWork.getOrComputeResource(resource, key -> {
            List<T> items = new ArrayList<>();
            unitOfWork.onPrepareCommit(u -> write.accept(items));
            return items;
        });
    }
}
