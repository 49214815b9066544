package org.irauditor.organization;

/** The organization could not be listed at all: without its accounts there is nothing to audit. */
public class DiscoveryException extends RuntimeException {

    public DiscoveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
