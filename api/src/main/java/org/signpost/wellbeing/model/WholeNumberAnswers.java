package org.signpost.wellbeing.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.signpost.platform.errors.FieldViolation;
import org.signpost.platform.errors.InvalidInputException;

/**
 * Answers arrive as JSON numbers; every item takes a whole number. A fraction such as 2.5 is
 * refused, naming the item, never rounded or truncated. 3.0 is 3. A null stays absent (missing).
 */
public final class WholeNumberAnswers {

    private WholeNumberAnswers() {
    }

    public static Map<String, Integer> from(Map<String, ? extends Number> answers) {
        Map<String, Integer> whole = new HashMap<>();
        List<FieldViolation> faults = new ArrayList<>();
        for (Map.Entry<String, ? extends Number> answer : new TreeMap<>(answers).entrySet()) {
            Number value = answer.getValue();
            if (value == null) {
                continue;
            }
            try {
                whole.put(answer.getKey(), new BigDecimal(value.toString()).intValueExact());
            } catch (ArithmeticException | NumberFormatException e) {
                faults.add(new FieldViolation("answers." + answer.getKey(), "must be a whole number, not " + value));
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return whole;
    }
}
