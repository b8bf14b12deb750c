package org.signpost.wellbeing.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What makes a measure definition consistent: ids well formed and unique, every item's range
 * sensible, a conversion table with exactly one score for every possible raw total (and never
 * going down), settings only where the scoring method uses them, and bands that stay inside the
 * score's range, never overlap and leave no possible score uncovered.
 */
public final class MeasureDefinitionRules {

    /** Measure ids appear in URLs and configuration keys: lower case, digits, single hyphens. */
    public static final Pattern MEASURE_ID = Pattern.compile("^[a-z][a-z0-9]*(-[a-z0-9]+)*$");
    /** Item and sub-score ids are JSON keys of a score request. */
    public static final Pattern ITEM_ID = Pattern.compile("^[a-z][a-z0-9_]*$");
    static final int MAX_ITEMS = 200;
    static final int MAX_ITEM_SPAN = 1000;

    private MeasureDefinitionRules() {
    }

    public static List<String> problems(MeasureDefinition measure) {
        List<String> problems = new ArrayList<>();
        if (measure.id().length() > 40 || !MEASURE_ID.matcher(measure.id()).matches()) {
            problems.add("id: '" + measure.id() + "' must be lower-case letters and digits, words joined by single hyphens, at most 40 characters");
        }
        checkPositive(problems, "meaningful_change", measure.meaningfulChange());
        checkItems(problems, measure);
        checkScoring(problems, measure);
        checkSubScores(problems, measure);
        if (problems.isEmpty()) {
            // bands are checked against the score ranges, which need the rest to be sound
            for (ScoreSpec spec : measure.scoreSpecs()) {
                BandRules.check(problems, bandsPath(measure, spec), spec, BandRules.possibleValues(measure, spec));
            }
        }
        return problems;
    }

    private static void checkItems(List<String> problems, MeasureDefinition measure) {
        if (measure.items().isEmpty()) {
            problems.add("items: a measure needs at least one item");
        }
        if (measure.items().size() > MAX_ITEMS) {
            problems.add("items: at most " + MAX_ITEMS + " items");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < measure.items().size(); i++) {
            MeasureItem item = measure.items().get(i);
            String at = "items[" + i + "] (" + item.id() + ")";
            if (!ITEM_ID.matcher(item.id()).matches() || ScoreSpec.TOTAL.equals(item.id())) {
                problems.add(at + ".id: must be lower-case letters, digits and underscores, starting with a letter, and not 'total'");
            }
            if (!seen.add(item.id())) {
                problems.add(at + ".id: another item already has the id '" + item.id() + "'");
            }
            if (item.min() > item.max()) {
                problems.add(at + ": min " + item.min() + " is more than max " + item.max());
            } else if (item.min() == item.max()) {
                problems.add(at + ": min and max are both " + item.min() + "; an item needs at least two possible answers");
            } else if ((long) item.max() - item.min() > MAX_ITEM_SPAN) {
                problems.add(at + ": the range " + item.min() + ".." + item.max() + " is wider than " + MAX_ITEM_SPAN);
            }
            item.meaningfulChange().ifPresent(threshold -> checkPositive(problems, at + ".meaningful_change", threshold));
            for (Map.Entry<Integer, String> label : item.answerLabels().entrySet()) {
                if (!item.accepts(label.getKey())) {
                    problems.add(at + ".answer_labels: " + label.getKey() + " is outside the item's range " + item.min() + ".." + item.max());
                }
            }
            if (measure.scoring() != ScoringMethod.NONE) {
                String why = " belongs only to measures scored item by item (method NONE); a summed measure uses the measure's";
                if (item.direction().isPresent()) {
                    problems.add(at + ".direction:" + why + " direction (use reverse: true for a reversed item)");
                }
                if (item.meaningfulChange().isPresent()) {
                    problems.add(at + ".meaningful_change:" + why + " meaningful_change");
                }
                if (!item.bands().isEmpty()) {
                    problems.add(at + ".bands:" + why + " bands");
                }
            }
        }
    }

    private static void checkScoring(List<String> problems, MeasureDefinition measure) {
        switch (measure.scoring()) {
            case SUM -> measure.conversionTable().ifPresent(t -> problems.add("scoring.table: only TABLE scoring takes a table"));
            case NONE -> {
                measure.conversionTable().ifPresent(t -> problems.add("scoring.table: only TABLE scoring takes a table"));
                if (!measure.bands().isEmpty()) {
                    problems.add("bands: a measure scored item by item (NONE) has no total to band; put bands on each item");
                }
            }
            case TABLE -> {
                if (measure.conversionTable().isEmpty()) {
                    problems.add("scoring.table: TABLE scoring needs a table with a score for every raw total");
                } else if (problems.isEmpty()) {
                    checkTable(problems, measure);
                }
            }
        }
    }

    private static void checkTable(List<String> problems, MeasureDefinition measure) {
        ConversionTable table = measure.conversionTable().orElseThrow();
        ScoreRange raw = measure.rawRange();
        int low = raw.min().intValueExact();
        int high = raw.max().intValueExact();
        for (int total = low; total <= high; total++) {
            if (table.convert(total).isEmpty()) {
                problems.add("scoring.table: no score for raw total " + total + " (the items add up to " + raw + ")");
            }
        }
        BigDecimal previous = null;
        for (Map.Entry<Integer, BigDecimal> entry : table.entries().entrySet()) {
            if (entry.getKey() < low || entry.getKey() > high) {
                problems.add("scoring.table: raw total " + entry.getKey() + " cannot occur (the items add up to " + raw + ")");
            }
            if (previous != null && entry.getValue().compareTo(previous) < 0) {
                problems.add("scoring.table: the score goes down at raw total " + entry.getKey() + " (" + entry.getValue()
                        + " after " + previous + "); a conversion table never decreases");
            }
            previous = entry.getValue();
        }
    }

    private static void checkSubScores(List<String> problems, MeasureDefinition measure) {
        Set<String> ids = new HashSet<>();
        measure.items().forEach(item -> ids.add(item.id()));
        ids.add(ScoreSpec.TOTAL);
        for (int i = 0; i < measure.subScores().size(); i++) {
            SubScore sub = measure.subScores().get(i);
            String at = "sub_scores[" + i + "] (" + sub.id() + ")";
            if (!ITEM_ID.matcher(sub.id()).matches()) {
                problems.add(at + ".id: must be lower-case letters, digits and underscores, starting with a letter");
            }
            if (!ids.add(sub.id())) {
                problems.add(at + ".id: '" + sub.id() + "' is already the id of an item, 'total' or another sub-score");
            }
            checkPositive(problems, at + ".meaningful_change", sub.meaningfulChange());
            if (sub.itemIds().isEmpty()) {
                problems.add(at + ".items: a sub-score needs at least one item");
            }
            Set<String> inSub = new HashSet<>();
            for (String itemId : sub.itemIds()) {
                if (measure.item(itemId).isEmpty()) {
                    problems.add(at + ".items: '" + itemId + "' is not an item of this measure");
                }
                if (!inSub.add(itemId)) {
                    problems.add(at + ".items: '" + itemId + "' is listed twice");
                }
            }
        }
    }

    private static String bandsPath(MeasureDefinition measure, ScoreSpec spec) {
        return switch (spec.kind()) {
            case TOTAL -> "bands";
            case ITEM -> "items[" + measure.items().stream().map(MeasureItem::id).toList().indexOf(spec.key()) + "] (" + spec.key() + ").bands";
            case SUB_SCORE -> "sub_scores (" + spec.key() + ").bands";
        };
    }

    private static void checkPositive(List<String> problems, String at, BigDecimal threshold) {
        if (threshold.signum() <= 0) {
            problems.add(at + ": must be more than 0, not " + threshold.toPlainString());
        }
    }
}
