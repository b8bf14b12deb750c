package org.signpost.platform.errors;

/** The If-Match version is not the current one: someone else changed it first. */
public class PreconditionFailedException extends RuntimeException {

    private final long currentVersion;

    public PreconditionFailedException(String detail, long currentVersion) {
        super(detail);
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
