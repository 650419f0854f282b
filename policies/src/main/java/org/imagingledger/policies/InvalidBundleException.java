package org.imagingledger.policies;

/** An upload that is not a usable ledger policy bundle; the message says why. */
public class InvalidBundleException extends Exception {

    public InvalidBundleException(String message) {
        super(message);
    }

    public InvalidBundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
