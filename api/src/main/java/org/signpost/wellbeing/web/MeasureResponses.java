package org.signpost.wellbeing.web;

import java.util.List;
import org.signpost.contract.model.AnswerLabel;
import org.signpost.contract.model.ConversionEntry;
import org.signpost.contract.model.Measure;
import org.signpost.contract.model.MeasureDirection;
import org.signpost.contract.model.MeasureItem;
import org.signpost.contract.model.MeasureScoringMethod;
import org.signpost.contract.model.Score;
import org.signpost.contract.model.ScoreBand;
import org.signpost.contract.model.ScoreKind;
import org.signpost.contract.model.ScoreRange;
import org.signpost.contract.model.SubScore;
import org.signpost.wellbeing.model.Band;
import org.signpost.wellbeing.model.Direction;
import org.signpost.wellbeing.model.MeasureDefinition;
import org.signpost.wellbeing.model.MeasureScore;
import org.signpost.wellbeing.model.ScoreValue;

/** Measures and scores as the contract spells them; empty optional parts are left out. */
final class MeasureResponses {

    private MeasureResponses() {
    }

    static Measure measure(MeasureDefinition definition) {
        Measure measure = new Measure(definition.id(), definition.name(), definition.version(), definition.enabled(),
                MeasureScoringMethod.valueOf(definition.scoring().name()), direction(definition.direction()),
                definition.meaningfulChange(), definition.licence(), definition.items().stream().map(MeasureResponses::item).toList());
        definition.totalRange().ifPresent(range -> measure.scoreRange(range(range)));
        definition.conversionTable().ifPresent(table -> measure.conversionTable(table.entries().entrySet().stream()
                .map(e -> new ConversionEntry(e.getKey(), e.getValue())).toList()));
        if (!definition.bands().isEmpty()) {
            measure.bands(bands(definition.bands()));
        }
        if (!definition.subScores().isEmpty()) {
            measure.subScores(definition.subScores().stream().map(sub -> {
                SubScore out = new SubScore(sub.id(), sub.name(), sub.itemIds(), sub.meaningfulChange());
                definition.scoreSpec(sub.id()).ifPresent(spec -> out.scoreRange(range(spec.range())));
                if (!sub.bands().isEmpty()) {
                    out.bands(bands(sub.bands()));
                }
                return out;
            }).toList());
        }
        return measure;
    }

    private static MeasureItem item(org.signpost.wellbeing.model.MeasureItem item) {
        MeasureItem out = new MeasureItem(item.id(), item.text(), item.min(), item.max(), item.reverseScored());
        item.direction().ifPresent(d -> out.direction(direction(d)));
        item.meaningfulChange().ifPresent(out::meaningfulChange);
        if (!item.bands().isEmpty()) {
            out.bands(bands(item.bands()));
        }
        if (!item.answerLabels().isEmpty()) {
            out.answerLabels(item.answerLabels().entrySet().stream().map(e -> new AnswerLabel(e.getKey(), e.getValue())).toList());
        }
        return out;
    }

    static org.signpost.contract.model.MeasureScore score(MeasureScore score) {
        return new org.signpost.contract.model.MeasureScore(score.measureId(), score.measureVersion(),
                score.scores().stream().map(MeasureResponses::score).toList());
    }

    private static Score score(ScoreValue value) {
        Score out = new Score(value.key(), ScoreKind.valueOf(value.spec().kind().name()), value.spec().name(), value.value(),
                direction(value.spec().direction()), value.spec().meaningfulChange());
        value.raw().ifPresent(out::raw);
        value.band().ifPresent(out::band);
        return out;
    }

    private static List<ScoreBand> bands(List<Band> bands) {
        return bands.stream().map(b -> new ScoreBand(b.from(), b.to(), b.label())).toList();
    }

    private static ScoreRange range(org.signpost.wellbeing.model.ScoreRange range) {
        return new ScoreRange(range.min(), range.max());
    }

    private static MeasureDirection direction(Direction direction) {
        return MeasureDirection.valueOf(direction.name());
    }
}
