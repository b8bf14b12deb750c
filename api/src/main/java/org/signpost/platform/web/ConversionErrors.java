package org.signpost.platform.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A parameter (or body) that could not be converted to what the operation takes: 400 naming it as
 * the client spells it and saying what is allowed ("an integer", "a date YYYY-MM-DD", the enum's
 * values), instead of Micronaut's message naming Java types and argument names.
 */
@Singleton
@Produces
@Replaces(ConversionErrorHandler.class)
class ConversionErrors implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    ConversionErrors(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
        Argument<?> argument = exception.getArgument();
        String field = name(argument);
        String detail = argument.getAnnotationMetadata().hasAnnotation(Body.class) || field.equals("body")
                ? "does not match the contract's schema for this request" : "must be " + expected(argument.getType());
        Object value = exception.getConversionError().getOriginalValue().orElse(null);
        if (value instanceof CharSequence text && !field.equals("body")) {
            String shown = text.toString().replaceAll("\\p{Cntrl}", "?");
            detail += ", not \"" + (shown.length() > 40 ? shown.substring(0, 40) + "..." : shown) + "\"";
        }
        return processor.processResponse(ErrorContext.builder(request).cause(exception)
                .errors(List.of(new ClientFieldError(field, detail))).build(), HttpResponse.badRequest());
    }

    private static String name(Argument<?> argument) {
        var metadata = argument.getAnnotationMetadata();
        return metadata.stringValue(QueryValue.class).filter(s -> !s.isEmpty())
                .or(() -> metadata.stringValue(Header.class).filter(s -> !s.isEmpty()))
                .or(() -> metadata.stringValue(io.micronaut.http.annotation.PathVariable.class).filter(s -> !s.isEmpty()))
                .orElseGet(() -> metadata.hasAnnotation(Body.class) ? "body" : FieldNames.snakeCase(argument.getName()));
    }

    static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == BigDecimal.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == UUID.class) {
            return "a UUID (e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6)";
        }
        if (type == LocalDate.class) {
            return "a date YYYY-MM-DD";
        }
        if (type == OffsetDateTime.class) {
            return "a date and time with an offset (e.g. 2026-01-15T10:00:00Z)";
        }
        return "a valid value";
    }
}
