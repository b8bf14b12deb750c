package org.signpost.wellbeing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.signpost.wellbeing.model.MeasureDefinition;
import org.signpost.wellbeing.model.MeasureItem;

/** Builds answer sets for tests, including every possible combination of a measure's answers. */
final class Answers {

    private Answers() {
    }

    static Map<String, Integer> all(MeasureDefinition measure, int value) {
        Map<String, Integer> answers = new HashMap<>();
        measure.items().forEach(item -> answers.put(item.id(), value));
        return answers;
    }

    static Map<String, Integer> lowest(MeasureDefinition measure) {
        Map<String, Integer> answers = new HashMap<>();
        measure.items().forEach(item -> answers.put(item.id(), item.min()));
        return answers;
    }

    /** Calls back with every combination of in-range answers (the map is reused: copy it to keep it). */
    static void everyCombination(MeasureDefinition measure, Consumer<Map<String, Integer>> each) {
        List<MeasureItem> items = new ArrayList<>(measure.items());
        Map<String, Integer> answers = lowest(measure);
        combine(items, 0, answers, each);
    }

    private static void combine(List<MeasureItem> items, int index, Map<String, Integer> answers,
            Consumer<Map<String, Integer>> each) {
        if (index == items.size()) {
            each.accept(answers);
            return;
        }
        MeasureItem item = items.get(index);
        for (int value = item.min(); value <= item.max(); value++) {
            answers.put(item.id(), value);
            combine(items, index + 1, answers, each);
        }
    }
}
