package org.signpost.wellbeing.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.signpost.contract.model.ScoreRequest;

/** Score requests from whole-number answers, as the app sends them. */
final class ScoreRequests {

    private ScoreRequests() {
    }

    static ScoreRequest request(Map<String, Integer> answers) {
        Map<String, BigDecimal> numbers = new HashMap<>();
        answers.forEach((item, value) -> numbers.put(item, BigDecimal.valueOf(value)));
        return new ScoreRequest(numbers);
    }
}
