package org.signpost.platform.errors;

/** The caller is known but this is not theirs to see or do. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String detail) {
        super(detail);
    }
}
