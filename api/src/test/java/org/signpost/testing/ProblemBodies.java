package org.signpost.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert;

/** A problem+json response as a map, for the extension members (current_state, legal_transitions...). */
public final class ProblemBodies {

    private ProblemBodies() {
    }

    public static Map<String, Object> expect(HttpStatus status, ThrowableAssert.ThrowingCallable call) {
        HttpClientResponseException e = catchThrowableOfType(HttpClientResponseException.class, call);
        assertThat((Throwable) e).as("the call fails").isNotNull();
        return body(e, status);
    }

    public static Map<String, Object> body(HttpClientResponseException e, HttpStatus status) {
        assertThat(e.getStatus().getCode()).as("status").isEqualTo(status.getCode());
        assertThat(e.getResponse().getContentType()).hasValueSatisfying(
                type -> assertThat(type.toString()).startsWith("application/problem+json"));
        return e.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElseThrow();
    }
}
