package org.signpost.evaluation.application;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import org.signpost.evaluation.model.CellKeyPerturbation;
import org.signpost.evaluation.model.PerturbationTable;
import org.signpost.evaluation.model.PseudonymousKey;
import org.signpost.evaluation.model.SmallNumberSuppression;

/**
 * The deployment's protections for evaluation data, as beans: the pseudonymous key (made at
 * start-up, so a missing or short secret stops the service from starting), the suppression
 * policy and the cell-key perturbation.
 */
@Factory
class EvaluationProtection {

    static final String SECRET_MISSING = "signpost.evaluation.pseudonym-secret (environment variable "
            + "SIGNPOST_EVALUATION_PSEUDONYM_SECRET) must be set to a secret of at least " + PseudonymousKey.MIN_SECRET_BYTES
            + " bytes: evaluators' pseudonymous person keys are derived from it";

    @Context
    @Singleton
    PseudonymousKey pseudonymousKey(EvaluationSettings settings) {
        String secret = settings.pseudonymSecret();
        if (secret == null || secret.isBlank() || secret.getBytes(StandardCharsets.UTF_8).length < PseudonymousKey.MIN_SECRET_BYTES) {
            throw new IllegalStateException(SECRET_MISSING + (secret == null || secret.isBlank() ? " (it is not set)"
                    : " (it has " + secret.getBytes(StandardCharsets.UTF_8).length + ")"));
        }
        return PseudonymousKey.fromSecret(secret);
    }

    @Singleton
    SmallNumberSuppression smallNumberSuppression(EvaluationSettings settings) {
        return new SmallNumberSuppression(settings.suppressionThreshold(),
                settings.publishZeros() ? SmallNumberSuppression.Zeros.PUBLISH : SmallNumberSuppression.Zeros.SUPPRESS);
    }

    /** The shipped perturbation table, read at start-up (a broken table stops the service rather than a release). */
    @Context
    @Singleton
    CellKeyPerturbation cellKeyPerturbation(EvaluationSettings settings) {
        return new CellKeyPerturbation(PerturbationTable.standard(), settings.suppressionThreshold());
    }
}
