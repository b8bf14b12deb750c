package org.signpost.evaluation.application;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * How evaluation data is protected.
 *
 * @param pseudonymSecret the key of evaluators' pseudonymous person keys
 *        ({@code SIGNPOST_EVALUATION_PSEUDONYM_SECRET}, at least 32 bytes; required: the service
 *        refuses to start without it. Dev runs and tests make a random one per process.) Changing
 *        it changes every key, so later exports no longer link to earlier ones.
 * @param suppressionThreshold counts below this are withheld from aggregates (NHS style 5; some publishers use 10)
 * @param publishZeros whether a true zero may be published (default no: it is withheld like other small counts)
 */
@ConfigurationProperties("signpost.evaluation")
public record EvaluationSettings(
        @Nullable String pseudonymSecret,
        @Bindable(defaultValue = "5") @Min(2) @Max(1000) int suppressionThreshold,
        @Bindable(defaultValue = "false") boolean publishZeros) {

    @Override
    public String toString() {
        return "EvaluationSettings[pseudonymSecret=(withheld), suppressionThreshold=" + suppressionThreshold
                + ", publishZeros=" + publishZeros + "]";
    }
}
