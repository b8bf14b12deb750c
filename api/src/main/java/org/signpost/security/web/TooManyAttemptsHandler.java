package org.signpost.security.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.signpost.security.application.TooManyAttemptsException;

/** Over a sign-in limit: 429; no free password check: 503. Both problem+json with Retry-After. */
@Singleton
@Produces
class TooManyAttemptsHandler implements ExceptionHandler<TooManyAttemptsException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    TooManyAttemptsHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, TooManyAttemptsException exception) {
        HttpStatus status = exception.busy() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.TOO_MANY_REQUESTS;
        return processor.processResponse(ErrorContext.builder(request).cause(exception).errorMessage(exception.getMessage()).build(),
                HttpResponse.status(status).header("Retry-After", Long.toString(exception.retryAfterSeconds())));
    }
}
