package org.signpost.security.application;

import java.time.Duration;

/**
 * A sign-in or refresh over its limit (answered 429 with Retry-After), or no free password check (503).
 * Raised by the thousand during a flood, so it carries no stack trace.
 */
public class TooManyAttemptsException extends RuntimeException {

    private final Duration retryAfter;
    private final boolean busy;

    TooManyAttemptsException(String message, Duration retryAfter, boolean busy) {
        super(message, null, false, false);
        this.retryAfter = retryAfter;
        this.busy = busy;
    }

    /** Whole seconds to wait, at least one. */
    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }

    /** True when the server is busy checking other passwords, rather than this caller over its limit. */
    public boolean busy() {
        return busy;
    }
}
