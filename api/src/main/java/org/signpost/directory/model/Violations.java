package org.signpost.directory.model;

import java.util.ArrayList;
import java.util.List;
import org.signpost.platform.errors.FieldViolation;
import org.signpost.platform.errors.InvalidInputException;

/** Collects every fault in a request before anything is written, each named by its JSON field. */
public final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();

    public Violations add(String field, String detail) {
        found.add(new FieldViolation(field, detail));
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<FieldViolation> list() {
        return List.copyOf(found);
    }

    /** Throws when anything was found: the request is refused as a whole. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }

    static String at(String prefix, String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }
}
