package org.signpost.wellbeing.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;
import org.signpost.platform.errors.FieldViolation;
import org.signpost.platform.errors.InvalidInputException;

/**
 * Scores a set of answers on a measure: every item answered with a whole number in its range, no
 * answer to an item the measure does not have; otherwise nothing is scored and each fault is
 * named as {@code answers.<item_id>}. It never guesses a missing answer.
 */
public final class MeasureScoring {

    private MeasureScoring() {
    }

    public static MeasureScore score(MeasureDefinition measure, Map<String, Integer> answers) {
        check(measure, answers);
        List<ScoreValue> scores = new ArrayList<>();
        for (ScoreSpec spec : measure.scoreSpecs()) {
            scores.add(switch (spec.kind()) {
                case TOTAL -> total(measure, spec, answers);
                case ITEM -> value(spec, OptionalInt.empty(), BigDecimal.valueOf(answers.get(spec.key())));
                case SUB_SCORE -> value(spec, OptionalInt.empty(), BigDecimal.valueOf(subScore(measure, spec.key(), answers)));
            });
        }
        return new MeasureScore(measure.id(), measure.version(), scores);
    }

    private static ScoreValue total(MeasureDefinition measure, ScoreSpec spec, Map<String, Integer> answers) {
        int raw = 0;
        for (MeasureItem item : measure.items()) {
            raw += item.scored(answers.get(item.id()));
        }
        if (measure.scoring() == ScoringMethod.SUM) {
            return value(spec, OptionalInt.empty(), BigDecimal.valueOf(raw));
        }
        int total = raw;
        BigDecimal converted = measure.conversionTable().flatMap(table -> table.convert(total))
                .orElseThrow(() -> new IllegalStateException(measure.id() + ": no conversion for raw total " + total));
        return value(spec, OptionalInt.of(raw), converted);
    }

    private static int subScore(MeasureDefinition measure, String subScoreId, Map<String, Integer> answers) {
        SubScore sub = measure.subScores().stream().filter(s -> s.id().equals(subScoreId)).findFirst().orElseThrow();
        int sum = 0;
        for (String itemId : sub.itemIds()) {
            sum += measure.item(itemId).orElseThrow().scored(answers.get(itemId));
        }
        return sum;
    }

    private static ScoreValue value(ScoreSpec spec, OptionalInt raw, BigDecimal value) {
        return new ScoreValue(spec, raw, value, spec.bandOf(value));
    }

    private static void check(MeasureDefinition measure, Map<String, Integer> answers) {
        List<FieldViolation> faults = new ArrayList<>();
        for (MeasureItem item : measure.items()) {
            Integer answer = answers.get(item.id());
            if (answer == null) {
                faults.add(new FieldViolation("answers." + item.id(),
                        "is missing: every item must be answered (" + item.min() + " to " + item.max() + ")"));
            } else if (!item.accepts(answer)) {
                faults.add(new FieldViolation("answers." + item.id(),
                        "must be from " + item.min() + " to " + item.max() + ", not " + answer));
            }
        }
        for (String key : new TreeSet<>(answers.keySet())) {
            if (measure.item(key).isEmpty()) {
                faults.add(new FieldViolation("answers." + key, "is not an item of " + measure.id()));
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
    }
}
