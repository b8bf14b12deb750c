package org.signpost.wellbeing.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A wellbeing outcome measure, as data: its items and their ranges, how it is scored, which way
 * is better, the change that counts as meaningful, its bands, its licence note, and whether this
 * deployment offers it. Instances come from {@link MeasureDefinitionReader}, which refuses
 * incomplete or inconsistent definitions, so a definition in hand is always usable.
 */
public record MeasureDefinition(
        String id,
        String name,
        String version,
        List<MeasureItem> items,
        ScoringMethod scoring,
        Optional<ConversionTable> conversionTable,
        List<SubScore> subScores,
        Direction direction,
        BigDecimal meaningfulChange,
        List<Band> bands,
        String licence,
        boolean enabled) {

    public MeasureDefinition {
        items = List.copyOf(items);
        subScores = List.copyOf(subScores);
        bands = List.copyOf(bands);
    }

    public Optional<MeasureItem> item(String itemId) {
        return items.stream().filter(item -> item.id().equals(itemId)).findFirst();
    }

    /** The lowest and highest sum of the items' scored values. */
    public ScoreRange rawRange() {
        return ScoreRange.of(items.stream().mapToLong(MeasureItem::min).sum(), items.stream().mapToLong(MeasureItem::max).sum());
    }

    /** The range of the total score: the raw range for SUM, the table's values for TABLE; empty for NONE. */
    public Optional<ScoreRange> totalRange() {
        return switch (scoring) {
            case SUM -> Optional.of(rawRange());
            case TABLE -> conversionTable.map(ConversionTable::range);
            case NONE -> Optional.empty();
        };
    }

    /** Every score this measure produces, in the order they are reported. */
    public List<ScoreSpec> scoreSpecs() {
        List<ScoreSpec> specs = new ArrayList<>();
        if (scoring == ScoringMethod.NONE) {
            for (MeasureItem item : items) {
                specs.add(new ScoreSpec(item.id(), ScoreKind.ITEM, item.text(), item.range(),
                        item.direction().orElse(direction), item.meaningfulChange().orElse(meaningfulChange), item.bands()));
            }
        } else {
            specs.add(new ScoreSpec(ScoreSpec.TOTAL, ScoreKind.TOTAL, name, totalRange().orElseThrow(), direction,
                    meaningfulChange, bands));
        }
        for (SubScore sub : subScores) {
            specs.add(new ScoreSpec(sub.id(), ScoreKind.SUB_SCORE, sub.name(), subScoreRange(sub), direction,
                    sub.meaningfulChange(), sub.bands()));
        }
        return List.copyOf(specs);
    }

    public Optional<ScoreSpec> scoreSpec(String key) {
        return scoreSpecs().stream().filter(spec -> spec.key().equals(key)).findFirst();
    }

    ScoreRange subScoreRange(SubScore sub) {
        long min = 0;
        long max = 0;
        for (String itemId : sub.itemIds()) {
            MeasureItem item = item(itemId).orElseThrow();
            min += item.min();
            max += item.max();
        }
        return ScoreRange.of(min, max);
    }

    /** This definition as a deployment configured it: switched on or off. */
    public MeasureDefinition withEnabled(boolean on) {
        return new MeasureDefinition(id, name, version, items, scoring, conversionTable, subScores, direction,
                meaningfulChange, bands, licence, on);
    }

    /** This definition with the deployment's own meaningful-change threshold (items without their own follow it). */
    public MeasureDefinition withMeaningfulChange(BigDecimal threshold) {
        if (threshold.signum() <= 0) {
            throw new IllegalArgumentException("A meaningful change must be more than 0, not " + threshold);
        }
        return new MeasureDefinition(id, name, version, items, scoring, conversionTable, subScores, direction,
                threshold, bands, licence, enabled);
    }
}
