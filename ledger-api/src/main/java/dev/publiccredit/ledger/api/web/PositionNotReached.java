package dev.publiccredit.ledger.api.web;

/** The projections did not reach the position a read asked to wait for within the limit. */
public class PositionNotReached extends RuntimeException {

    public PositionNotReached(long position) {
        super("The projections have not yet processed position " + position + "; retry shortly.", null, false, false);
    }
}
