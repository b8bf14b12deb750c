package org.signpost.platform.errors;

import java.util.List;

/** The request asks for something the rules do not allow; nothing was written. */
public class InvalidInputException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidInputException(List<FieldViolation> violations) {
        super(violations.isEmpty() ? "Invalid input" : violations.get(0).field() + ": " + violations.get(0).detail());
        this.violations = List.copyOf(violations);
    }

    public InvalidInputException(String field, String detail) {
        this(List.of(new FieldViolation(field, detail)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
