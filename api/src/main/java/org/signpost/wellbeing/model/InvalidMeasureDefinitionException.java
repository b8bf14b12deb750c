package org.signpost.wellbeing.model;

import java.util.List;

/** A measure definition that cannot be used, with every problem found in it, each naming where. */
public class InvalidMeasureDefinitionException extends RuntimeException {

    private final String source;
    private final List<String> problems;

    public InvalidMeasureDefinitionException(String source, List<String> problems) {
        super("Measure definition " + source + " is refused:\n  - " + String.join("\n  - ", problems));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() {
        return source;
    }

    public List<String> problems() {
        return problems;
    }
}
