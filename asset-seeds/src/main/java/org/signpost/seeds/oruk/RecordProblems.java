package org.signpost.seeds.oruk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.signpost.seeds.model.Violation;

/** What is wrong with one feed record while it is read: reasons to reject it, and repairs made. */
final class RecordProblems {

    private final Map<String, String> rejections = new LinkedHashMap<>();
    private final List<Violation> warnings = new ArrayList<>();

    /** The record cannot be imported. The first reason given for a field wins. */
    void reject(String field, String detail) {
        rejections.putIfAbsent(field, detail);
    }

    void rejectAll(List<Violation> violations) {
        violations.forEach(v -> reject(v.field(), v.detail()));
    }

    /** The record can be imported, but a field was dropped or repaired. */
    void warn(String field, String detail) {
        warnings.add(new Violation(field, detail));
    }

    boolean rejected() {
        return !rejections.isEmpty();
    }

    List<Violation> rejections() {
        return rejections.entrySet().stream().map(e -> new Violation(e.getKey(), e.getValue())).toList();
    }

    List<Violation> warnings() {
        return List.copyOf(warnings);
    }
}
