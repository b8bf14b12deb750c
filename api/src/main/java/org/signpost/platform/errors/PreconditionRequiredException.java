package org.signpost.platform.errors;

/** A write came without the version it started from (no If-Match): it could silently overwrite someone else's change. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException(String detail) {
        super(detail);
    }
}
