package dev.publiccredit.ledger.api.web;

/** The resource named in the path does not exist. */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super(what, null, false, false);
    }
}
