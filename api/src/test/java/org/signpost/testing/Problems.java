package org.signpost.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import org.assertj.core.api.ThrowableAssert;
import org.signpost.contract.model.Problem;

/** Asserts that a call fails with a problem+json response of the given status. */
public final class Problems {

    private Problems() {
    }

    public static Problem expectProblem(HttpStatus status, ThrowableAssert.ThrowingCallable call) {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class, call);
        assertThat((Throwable) e).as("the call fails").isNotNull();
        assertThat(e.getStatus().getCode()).as("status").isEqualTo(status.getCode());
        assertThat(e.getResponse().getContentType()).hasValueSatisfying(
                type -> assertThat(type.toString()).startsWith("application/problem+json"));
        Problem problem = e.getResponse().getBody(Problem.class).orElseThrow();
        assertThat(problem.getStatus()).isEqualTo(status.getCode());
        return problem;
    }
}
