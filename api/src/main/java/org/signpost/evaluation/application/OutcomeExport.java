package org.signpost.evaluation.application;

import jakarta.inject.Singleton;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.signpost.evaluation.infrastructure.OutcomeFacts;
import org.signpost.evaluation.model.EvaluationFilters;
import org.signpost.evaluation.model.KAnonymity;
import org.signpost.evaluation.model.OutcomeFact;
import org.signpost.evaluation.model.PseudonymisedOutcome;
import org.signpost.evaluation.model.PseudonymousKey;
import org.signpost.evaluation.model.QuasiIdentifiers;
import org.signpost.evaluation.model.SmallNumberSuppression;
import org.signpost.security.model.Actor;
import org.signpost.wellbeing.application.MeasureCatalogue;

/**
 * The person-level export: one pseudonymised row per current outcome record and score of the
 * consented residents the filters select, k-anonymous over the quasi-identifiers (k = the
 * suppression threshold). Two streamed passes over the rows, each person's rows together: the
 * first counts people per profile ({@link KAnonymity}), the second releases rows, holding one
 * person's rows at a time. The export's header says what was generalised and withheld.
 */
@Singleton
public class OutcomeExport {

    private static final String WHAT = "outcome rows";

    private final OutcomeFacts facts;
    private final PseudonymousKey keys;
    private final PopulationCheck population;
    private final ExportAudit audit;
    private final MeasureCatalogue measures;
    private final SmallNumberSuppression suppression;

    OutcomeExport(OutcomeFacts facts, PseudonymousKey keys, PopulationCheck population, ExportAudit audit, MeasureCatalogue measures,
            SmallNumberSuppression suppression) {
        this.facts = facts;
        this.keys = keys;
        this.population = population;
        this.audit = audit;
        this.measures = measures;
        this.suppression = suppression;
    }

    /** Checks the filters, plans the release, audits the start, and answers the stream (the caller must read or close it). */
    public InputStream open(Actor actor, EvaluationFilters filters, ExportFormat format) {
        if (filters.measureId() != null) {
            EvaluationInput.requireKnownMeasure(measures, filters.measureId());
        }
        EvaluationInput.requireOrderedDates(filters);
        String what = WHAT + " as " + format.name().toLowerCase();
        population.require(actor, what, filters);
        Map<String, String> roots = facts.needRoots();
        KAnonymity.Plan plan = plan(filters, roots, suppression.threshold());
        Map<String, String> given = filters.given();
        UUID id = audit.started(actor, what, given, PseudonymisedOutcome.COLUMNS);
        ExportStream.Rows rows = rows(facts.openEachPerson(filters), keys, roots, plan);
        return new ExportStream(format, PseudonymisedOutcome.COLUMNS, header(plan), rows,
                (count, complete, failure) -> audit.finished(actor, id, what, given, count, complete, failure));
    }

    /** The first pass: people per profile. */
    KAnonymity.Plan plan(EvaluationFilters filters, Map<String, String> roots, int k) {
        KAnonymity counter = new KAnonymity(k);
        try (OutcomeFacts.Cursor cursor = facts.openEachPerson(filters)) {
            People people = new People(cursor);
            for (List<OutcomeFact> person = people.next(); person != null; person = people.next()) {
                counter.add(KAnonymity.profile(person.stream().map(f -> QuasiIdentifiers.of(f, roots)).toList()), person.size());
            }
        }
        return counter.plan();
    }

    /** What the export's header says (CSV: '#' lines before the column names; JSON lines: a first "metadata" object). */
    static Map<String, Object> header(KAnonymity.Plan plan) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("k_anonymity", plan.k());
        out.put("quasi_identifiers", String.join(";", PseudonymisedOutcome.QUASI_IDENTIFIERS));
        out.put("generalised", "age_band: 10-year bands at the completion day; postcode_area: the outcode's letters (S60 -> S);"
                + " needs: top-level codes; completed_quarter: the quarter, not the day or month; days_since_episode_start: bands"
                + " 0-41, 42-83, 84-181, 182-363, 364+ (never negative)");
        out.put("withheld_fields", "practice (no practice-to-PCN lookup: use the change summaries by practice), postcode, date of"
                + " birth, names, contact details, free text, ids");
        out.put("people", plan.people());
        out.put("rows", plan.rows());
        out.put("withheld_people", plan.withheldPeople());
        out.put("withheld_rows", plan.withheldRows());
        out.put("withheld_rows_note", "rows of people whose combination of quasi-identifiers is shared by fewer than " + plan.k()
                + " people are released with every quasi-identifier empty, not dropped");
        return out;
    }

    /** The second pass: each person's rows, released with their generalised quasi-identifiers or with them withheld. */
    static ExportStream.Rows rows(OutcomeFacts.Cursor cursor, PseudonymousKey keys, Map<String, String> roots, KAnonymity.Plan plan) {
        People people = new People(cursor);
        KAnonymity.Decider decider = plan.decider();
        Deque<Object[]> pending = new ArrayDeque<>();
        return new ExportStream.Rows() {
            @Override
            public Object[] next() {
                while (pending.isEmpty()) {
                    List<OutcomeFact> person = people.next();
                    if (person == null) {
                        return null;
                    }
                    List<QuasiIdentifiers> combinations = person.stream().map(f -> QuasiIdentifiers.of(f, roots)).toList();
                    boolean withheld = decider.withholds(KAnonymity.profile(combinations));
                    String key = keys.of(person.get(0).residentId());
                    for (int i = 0; i < person.size(); i++) {
                        pending.add(PseudonymisedOutcome.of(person.get(i), key, withheld ? null : combinations.get(i)).values());
                    }
                }
                return pending.poll();
            }

            @Override
            public void close() {
                cursor.close();
            }
        };
    }

    /** Reads a cursor ordered by resident one person's rows at a time. */
    private static final class People {

        private final OutcomeFacts.Cursor cursor;
        private OutcomeFact ahead;
        private boolean started;

        People(OutcomeFacts.Cursor cursor) {
            this.cursor = cursor;
        }

        List<OutcomeFact> next() {
            if (!started) {
                started = true;
                ahead = cursor.next();
            }
            if (ahead == null) {
                return null;
            }
            List<OutcomeFact> rows = new ArrayList<>();
            String resident = ahead.residentId();
            while (ahead != null && ahead.residentId().equals(resident)) {
                rows.add(ahead);
                ahead = cursor.next();
            }
            return rows;
        }
    }
}
