package org.signpost.seeds.model;

/**
 * One thing wrong with a record, naming the field as ORUK JSON spells it
 * (e.g. {@code service_at_locations[0].schedules[1].closes_at}).
 */
public record Violation(String field, String detail) {

    @Override
    public String toString() {
        return field + ": " + detail;
    }
}
