package org.signpost.evaluation.application;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.signpost.evaluation.infrastructure.OutcomeFacts;
import org.signpost.evaluation.model.EvaluationFilters;
import org.signpost.evaluation.model.SmallNumberSuppression;
import org.signpost.platform.errors.FieldViolation;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.security.model.Actor;

/**
 * Refuses filters that would single people out: when the people they select (consented, with a
 * current outcome record) are fewer than the suppression threshold, nothing is released and the
 * refusal names each filter that narrowed the population (400, audited).
 */
@Singleton
class PopulationCheck {

    private final OutcomeFacts facts;
    private final SmallNumberSuppression suppression;
    private final ExportAudit audit;

    PopulationCheck(OutcomeFacts facts, SmallNumberSuppression suppression, ExportAudit audit) {
        this.facts = facts;
        this.suppression = suppression;
        this.audit = audit;
    }

    void require(Actor actor, String what, EvaluationFilters filters) {
        long people = facts.people(filters);
        if (people >= suppression.threshold()) {
            return;
        }
        Map<String, String> given = filters.given();
        String why = "these filters select fewer than " + suppression.threshold()
                + " people (the suppression threshold), so their rows could single someone out; widen them";
        audit.refused(actor, what, given, why);
        List<FieldViolation> violations = new ArrayList<>();
        given.forEach((name, value) -> violations.add(new FieldViolation(name, "'" + value + "' narrows the population to fewer than "
                + suppression.threshold() + " people: " + why)));
        if (violations.isEmpty()) {
            violations.add(new FieldViolation("filters", "There are fewer than " + suppression.threshold()
                    + " consented people with outcomes: nothing can be released yet"));
        }
        throw new InvalidInputException(violations);
    }
}
