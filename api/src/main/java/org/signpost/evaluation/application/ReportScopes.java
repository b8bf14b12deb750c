package org.signpost.evaluation.application;

import jakarta.inject.Singleton;
import org.signpost.evaluation.model.EvaluationFilters;
import org.signpost.evaluation.model.ReportScope;
import org.signpost.people.application.Schemes;
import org.signpost.platform.errors.ForbiddenException;
import org.signpost.platform.rules.Decision;
import org.signpost.security.model.Actor;

/** Applies {@link ReportScope} to a report's filters: what the caller may report on, refusals audited. */
@Singleton
public class ReportScopes {

    private final Schemes schemes;
    private final ExportAudit audit;

    ReportScopes(Schemes schemes, ExportAudit audit) {
        this.schemes = schemes;
        this.audit = audit;
    }

    /** The caller's scope (every scheme for an evaluator or an administrator). */
    public ReportScope of(Actor actor) {
        return ReportScope.of(actor, schemes.of(actor.userId()));
    }

    /** The filters kept within the caller's scope; 403 (audited) when they name a scheme outside it. */
    EvaluationFilters apply(Actor actor, String what, EvaluationFilters filters) {
        ReportScope scope = of(actor);
        Decision decision = scope.mayName(filters.schemeId());
        if (decision.denied()) {
            audit.refused(actor, what, filters.given(), decision.reason());
            throw new ForbiddenException(decision.reason());
        }
        return filters.within(scope);
    }
}
