package dev.publiccredit.ledger.api.security;

/** The caller is authenticated but may not do this (403, code {@code ACCESS_REFUSED}). */
public class AccessRefused extends RuntimeException {

    public AccessRefused(String message) {
        super(message);
    }
}
