package org.signpost.evaluation.application;

import jakarta.inject.Singleton;
import java.io.InputStream;
import java.util.Map;
import java.util.UUID;
import org.signpost.evaluation.infrastructure.OutcomeFacts;
import org.signpost.evaluation.model.EvaluationFilters;
import org.signpost.evaluation.model.OutcomeFact;
import org.signpost.evaluation.model.PseudonymisedOutcome;
import org.signpost.evaluation.model.Pseudonymiser;
import org.signpost.evaluation.model.PseudonymousKey;
import org.signpost.security.model.Actor;
import org.signpost.wellbeing.application.MeasureCatalogue;

/**
 * The person-level export: one pseudonymised row per current outcome record and score of the
 * consented residents the filters select, streamed from the database to the caller.
 */
@Singleton
public class OutcomeExport {

    private static final String WHAT = "outcome rows";

    private final OutcomeFacts facts;
    private final PseudonymousKey keys;
    private final PopulationCheck population;
    private final ExportAudit audit;
    private final MeasureCatalogue measures;

    OutcomeExport(OutcomeFacts facts, PseudonymousKey keys, PopulationCheck population, ExportAudit audit, MeasureCatalogue measures) {
        this.facts = facts;
        this.keys = keys;
        this.population = population;
        this.audit = audit;
        this.measures = measures;
    }

    /** Checks the filters, audits the start, and answers the stream (the caller must read or close it). */
    public InputStream open(Actor actor, EvaluationFilters filters, ExportFormat format) {
        if (filters.measureId() != null) {
            EvaluationInput.requireKnownMeasure(measures, filters.measureId());
        }
        EvaluationInput.requireOrderedDates(filters);
        String what = WHAT + " as " + format.name().toLowerCase();
        population.require(actor, what, filters);
        Map<String, String> given = filters.given();
        UUID id = audit.started(actor, what, given, PseudonymisedOutcome.COLUMNS);
        ExportStream.Rows rows = rows(facts.open(filters), keys);
        return new ExportStream(format, PseudonymisedOutcome.COLUMNS, rows,
                (count, complete, failure) -> audit.finished(actor, id, what, given, count, complete, failure));
    }

    /** The pseudonymised rows of a cursor, in its order; closing them closes the cursor. */
    static ExportStream.Rows rows(OutcomeFacts.Cursor cursor, PseudonymousKey keys) {
        Pseudonymiser pseudonymiser = new Pseudonymiser(keys);
        return new ExportStream.Rows() {
            @Override
            public Object[] next() {
                OutcomeFact fact = cursor.next();
                return fact == null ? null : pseudonymiser.apply(fact).values();
            }

            @Override
            public void close() {
                cursor.close();
            }
        };
    }
}
