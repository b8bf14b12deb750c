package org.signpost.platform.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import org.signpost.platform.errors.AuthenticationFailedException;
import org.signpost.platform.errors.ConflictException;
import org.signpost.platform.errors.FieldViolation;
import org.signpost.platform.errors.ForbiddenException;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.platform.errors.NotFoundException;
import org.signpost.platform.errors.PreconditionFailedException;
import org.signpost.platform.errors.PreconditionRequiredException;

/** Maps the domain's exceptions (which know nothing of HTTP) to problem responses. */
@Factory
class DomainExceptionHandlers {

    private final ErrorResponseProcessor<?> processor;

    DomainExceptionHandlers(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Singleton
    ExceptionHandler<InvalidInputException, HttpResponse<?>> invalidInput() {
        return (request, e) -> respond(request, e, HttpResponse.badRequest(),
                e.violations().stream().map(DomainExceptionHandlers::fieldError).toList());
    }

    @Singleton
    ExceptionHandler<NotFoundException, HttpResponse<?>> notFound() {
        return (request, e) -> respond(request, e, HttpResponse.notFound(), List.of(message(e)));
    }

    @Singleton
    ExceptionHandler<ForbiddenException, HttpResponse<?>> forbidden() {
        return (request, e) -> respond(request, e, HttpResponse.status(io.micronaut.http.HttpStatus.FORBIDDEN), List.of(message(e)));
    }

    @Singleton
    ExceptionHandler<AuthenticationFailedException, HttpResponse<?>> authenticationFailed() {
        return (request, e) -> respond(request, e, HttpResponse.unauthorized(), List.of(message(e)));
    }

    @Singleton
    ExceptionHandler<ConflictException, HttpResponse<?>> conflict() {
        return (request, e) -> respond(request, e, HttpResponse.status(io.micronaut.http.HttpStatus.CONFLICT), List.of(message(e)));
    }

    @Singleton
    ExceptionHandler<PreconditionFailedException, HttpResponse<?>> preconditionFailed() {
        return (request, e) -> respond(request, e,
                HttpResponse.status(io.micronaut.http.HttpStatus.PRECONDITION_FAILED).header("ETag", "\"" + e.currentVersion() + "\""),
                List.of(fieldError(new FieldViolation("If-Match", e.getMessage()))));
    }

    @Singleton
    ExceptionHandler<PreconditionRequiredException, HttpResponse<?>> preconditionRequired() {
        return (request, e) -> respond(request, e, HttpResponse.status(io.micronaut.http.HttpStatus.PRECONDITION_REQUIRED),
                List.of(fieldError(new FieldViolation("If-Match", e.getMessage()))));
    }

    private HttpResponse<?> respond(HttpRequest<?> request, Throwable cause, MutableHttpResponse<?> base, List<Error> errors) {
        return processor.processResponse(ErrorContext.builder(request).cause(cause).errors(errors).build(), base);
    }

    private static Error message(Throwable e) {
        return e::getMessage;
    }

    private static Error fieldError(FieldViolation violation) {
        return new ClientFieldError(violation.field(), violation.detail());
    }
}
