package org.signpost.platform.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Bean-validation failures (the contract's constraints on bodies and parameters) as a 400 whose
 * {@code errors} name each field, instead of Micronaut's message-only default.
 */
@Singleton
@Produces
@Replaces(ConstraintExceptionHandler.class)
class ConstraintViolationHandler implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    ConstraintViolationHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
        List<Error> errors = exception.getConstraintViolations().stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(ConstraintViolationHandler::error)
                .toList();
        return processor.processResponse(ErrorContext.builder(request).cause(exception).errors(errors).build(),
                HttpResponse.badRequest());
    }

    private static Error error(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        String message = violation.getMessage();
        return new Error() {
            @Override
            public Optional<String> getPath() {
                return Optional.of(path);
            }

            @Override
            public String getMessage() {
                return message;
            }
        };
    }
}
