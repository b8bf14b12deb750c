package org.signpost.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.signpost.contract.model.FieldError;
import org.signpost.contract.model.LoginRequest;
import org.signpost.contract.model.Problem;

/**
 * Bad requests come back as RFC 9457 problems naming the field, never as HTML or a stack trace.
 * Malformed bodies cannot be sent through the generated client, so those go through a raw one.
 */
@MicronautTest(transactional = false)
class ProblemJsonTest {

    @Inject
    @Client("signpost")
    HttpClient raw;

    @Test
    void malformedJsonIs400() {
        Problem problem = expectProblem(HttpStatus.BAD_REQUEST, () -> raw.toBlocking().exchange(
                HttpRequest.POST("/login", "{\"username\": \"a\", \"password\": ").contentType(MediaType.APPLICATION_JSON)));

        assertThat(problem.getTitle()).isNotBlank();
        assertThat(problem.getDetail()).doesNotContain("at io.micronaut", "Exception");
    }

    @Test
    void aFieldThatBreaksTheContractIsNamed() {
        // the generated client validates before sending, so send it raw
        Problem problem = expectProblem(HttpStatus.BAD_REQUEST, () -> raw.toBlocking().exchange(
                HttpRequest.POST("/login", new LoginRequest("", "x")).contentType(MediaType.APPLICATION_JSON)));

        assertThat(problem.getErrors()).extracting(FieldError::getField).contains("username");
    }

    @Test
    void aMissingRequiredFieldIsNamed() {
        Problem problem = expectProblem(HttpStatus.BAD_REQUEST, () -> raw.toBlocking().exchange(
                HttpRequest.POST("/login", "{\"username\": \"someone\"}").contentType(MediaType.APPLICATION_JSON)));

        assertThat(problem.getDetail()).contains("password");
    }

    @Test
    void anUnknownRouteIs404ProblemJsonEvenForABrowser() {
        Problem problem = expectProblem(HttpStatus.NOT_FOUND,
                () -> raw.toBlocking().exchange(HttpRequest.GET("/no/such/thing").accept(MediaType.TEXT_HTML)));

        assertThat(problem.getInstance()).isEqualTo("/no/such/thing");
    }

    @Test
    void aBodyOverTheLimitIs413() {
        String huge = "{\"username\": \"" + "x".repeat(21 * 1024 * 1024) + "\", \"password\": \"y\"}";

        expectProblem(HttpStatus.REQUEST_ENTITY_TOO_LARGE, () -> raw.toBlocking().exchange(
                HttpRequest.POST("/login", huge).contentType(MediaType.APPLICATION_JSON)));
    }
}
