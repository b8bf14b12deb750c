package org.signpost.platform.errors;

/** One request field, parameter or header at fault, named as the client sends it. */
public record FieldViolation(String field, String detail) {
}
