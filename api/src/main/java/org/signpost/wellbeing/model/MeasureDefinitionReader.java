package org.signpost.wellbeing.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Reads a measure definition from the plain tree a YAML (or JSON) parser produces and refuses it,
 * naming every problem, unless it is complete and consistent (see {@link MeasureDefinitionRules}).
 * The format is described in {@code docs/measures.md}.
 */
public final class MeasureDefinitionReader {

    private static final Set<String> MEASURE_FIELDS = Set.of("id", "name", "version", "enabled", "licence", "direction",
            "meaningful_change", "scoring", "items", "sub_scores", "bands");
    private static final Set<String> SCORING_FIELDS = Set.of("method", "table");
    private static final Set<String> ITEM_FIELDS = Set.of("id", "text", "min", "max", "reverse", "direction",
            "meaningful_change", "bands", "answer_labels");
    private static final Set<String> SUB_SCORE_FIELDS = Set.of("id", "name", "items", "meaningful_change", "bands");
    private static final Set<String> BAND_FIELDS = Set.of("from", "to", "label");

    private MeasureDefinitionReader() {
    }

    /**
     * @param source where the definition came from, for messages (e.g. {@code classpath:measures/ons4.yaml})
     * @param tree the parsed file
     */
    public static MeasureDefinition read(String source, Map<?, ?> tree) {
        List<String> problems = new ArrayList<>();
        DefinitionNode root = new DefinitionNode("", tree, problems);
        root.refuseUnknownFields(MEASURE_FIELDS);
        String id = root.requiredString("id");
        String name = root.requiredString("name");
        String version = root.requiredString("version");
        Boolean enabled = root.requiredBoolean("enabled");
        String licence = root.requiredString("licence");
        Direction direction = root.requiredEnum("direction", Direction.class);
        BigDecimal meaningfulChange = root.requiredDecimal("meaningful_change");
        ScoringMethod method = null;
        Optional<ConversionTable> table = Optional.empty();
        Optional<DefinitionNode> scoring = root.optionalNode("scoring");
        if (scoring.isEmpty()) {
            root.problem("scoring", "is required (method: SUM, TABLE or NONE)");
        } else {
            scoring.get().refuseUnknownFields(SCORING_FIELDS);
            method = scoring.get().requiredEnum("method", ScoringMethod.class);
            table = table(scoring.get());
        }
        List<MeasureItem> items = new ArrayList<>();
        for (DefinitionNode node : root.nodes("items")) {
            items.add(item(node));
        }
        List<SubScore> subScores = new ArrayList<>();
        for (DefinitionNode node : root.nodes("sub_scores")) {
            node.refuseUnknownFields(SUB_SCORE_FIELDS);
            subScores.add(new SubScore(node.requiredString("id"), node.requiredString("name"), node.strings("items"),
                    node.requiredDecimal("meaningful_change"), bands(node)));
        }
        List<Band> bands = bands(root);
        if (!problems.isEmpty()) {
            throw new InvalidMeasureDefinitionException(source, problems);
        }
        MeasureDefinition definition = new MeasureDefinition(id, name, version, items, method, table, subScores, direction,
                meaningfulChange, bands, licence, enabled);
        List<String> inconsistencies = MeasureDefinitionRules.problems(definition);
        if (!inconsistencies.isEmpty()) {
            throw new InvalidMeasureDefinitionException(source, inconsistencies);
        }
        return definition;
    }

    private static Optional<ConversionTable> table(DefinitionNode scoring) {
        Map<Object, Object> entries = scoring.entries("table");
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        SortedMap<Integer, BigDecimal> table = new TreeMap<>();
        DefinitionNode node = scoring.optionalNode("table").orElseThrow();
        entries.forEach((raw, score) -> {
            Integer total = node.integer(String.valueOf(raw), raw);
            BigDecimal value = score == null ? null : node.decimal(String.valueOf(raw), score);
            if (score == null) {
                node.problem(String.valueOf(raw), "has no score");
            }
            if (total != null && value != null) {
                table.put(total, value);
            }
        });
        return Optional.of(new ConversionTable(table));
    }

    private static MeasureItem item(DefinitionNode node) {
        node.refuseUnknownFields(ITEM_FIELDS);
        String id = node.requiredString("id");
        String text = node.requiredString("text");
        Integer min = node.requiredInt("min");
        Integer max = node.requiredInt("max");
        SortedMap<Integer, String> labels = new TreeMap<>();
        DefinitionNode labelNode = node.optionalNode("answer_labels").orElse(null);
        node.entries("answer_labels").forEach((value, label) -> {
            Integer answer = labelNode.integer(String.valueOf(value), value);
            if (label == null || String.valueOf(label).isBlank()) {
                labelNode.problem(String.valueOf(value), "needs a label");
            } else if (answer != null) {
                labels.put(answer, String.valueOf(label).strip());
            }
        });
        return new MeasureItem(id, text, min == null ? 0 : min, max == null ? 0 : max, node.optionalBoolean("reverse", false),
                node.optionalEnum("direction", Direction.class), node.optionalDecimal("meaningful_change"), bands(node), labels);
    }

    private static List<Band> bands(DefinitionNode parent) {
        List<Band> bands = new ArrayList<>();
        for (DefinitionNode node : parent.nodes("bands")) {
            node.refuseUnknownFields(BAND_FIELDS);
            BigDecimal from = node.requiredDecimal("from");
            BigDecimal to = node.requiredDecimal("to");
            String label = node.requiredString("label");
            if (from != null && to != null && label != null) {
                bands.add(new Band(from, to, label));
            }
        }
        return bands;
    }
}
