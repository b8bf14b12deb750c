package org.signpost.evaluation.application;

import org.signpost.evaluation.model.EvaluationFilters;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.platform.errors.NotFoundException;
import org.signpost.wellbeing.application.MeasureCatalogue;
import org.signpost.wellbeing.model.MeasureDefinition;

/** The checks every evaluation request passes before anything is read. */
final class EvaluationInput {

    private EvaluationInput() {
    }

    /** A measure this deployment defines (enabled or not: outcomes recorded before it was disabled still count). */
    static MeasureDefinition requireKnownMeasure(MeasureCatalogue measures, String id) {
        return measures.find(id).orElseThrow(() -> new NotFoundException("There is no measure '" + id + "' in this deployment"));
    }

    static void requireOrderedDates(EvaluationFilters filters) {
        if (filters.from() != null && filters.to() != null && filters.to().isBefore(filters.from())) {
            throw new InvalidInputException("to", "must not be before from (" + filters.from() + ")");
        }
    }
}
