package org.signpost.platform.errors;

import java.util.Map;

/**
 * The request conflicts with the current state (a concurrent change won, or the state does not
 * allow it). Extensions travel to the client as extra problem members, e.g. the current state.
 */
public class ConflictException extends RuntimeException {

    private final Map<String, Object> extensions;

    public ConflictException(String detail) {
        this(detail, Map.of());
    }

    public ConflictException(String detail, Map<String, Object> extensions) {
        super(detail);
        this.extensions = Map.copyOf(extensions);
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
