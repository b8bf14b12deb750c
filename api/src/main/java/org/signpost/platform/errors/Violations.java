package org.signpost.platform.errors;

import java.util.ArrayList;
import java.util.List;

/** Collects every field at fault before anything is written, then refuses them all at once. */
public final class Violations {

    private final List<FieldViolation> found = new ArrayList<>();

    public Violations add(String field, String detail) {
        found.add(new FieldViolation(field, detail));
        return this;
    }

    public Violations addAll(List<FieldViolation> violations) {
        found.addAll(violations);
        return this;
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<FieldViolation> list() {
        return List.copyOf(found);
    }

    /** A nested field's name: {@code locations[0]} and {@code latitude} give {@code locations[0].latitude}. */
    public static String at(String prefix, String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    /** Throws {@link InvalidInputException} naming every field found so far, if any. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(found);
        }
    }
}
