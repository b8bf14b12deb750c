package org.signpost.platform.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.signpost.platform.errors.ConflictException;
import org.signpost.platform.errors.PreconditionFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error response, whoever raised it (routing, body decoding, validation, security, our own
 * handlers), becomes {@code application/problem+json} (RFC 9457) with an {@code errors} member
 * naming each field at fault. Server errors say nothing of their cause beyond an incident id
 * that is also logged.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
final class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Map<String, Object>> {

    static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");
    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorResponseProcessor.class);

    @Override
    public MutableHttpResponse<Map<String, Object>> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReason());
        problem.put("status", status.getCode());
        if (status.getCode() >= 500) {
            String incident = UUID.randomUUID().toString();
            LOG.error("Incident {} on {} {}", incident, context.getRequest().getMethod(), context.getRequest().getPath(),
                    context.getRootCause().orElse(null));
            problem.put("detail", "Something went wrong on our side (incident " + incident + ")");
        } else {
            List<Map<String, String>> fields = new ArrayList<>();
            List<String> messages = new ArrayList<>();
            for (Error error : context.getErrors()) {
                messages.add(error.getMessage());
                error.getPath()
                        .map(path -> error instanceof ClientFieldError ? path : FieldNames.fromViolationPath(path))
                        .ifPresent(field -> fields.add(fieldError(field, error.getMessage())));
            }
            if (!messages.isEmpty()) {
                problem.put("detail", fields.isEmpty() ? String.join("; ", messages) : summary(fields));
            }
            if (!fields.isEmpty()) {
                problem.put("errors", fields);
            }
            context.getRootCause()
                    .filter(PreconditionFailedException.class::isInstance)
                    .map(PreconditionFailedException.class::cast)
                    .ifPresent(stale -> problem.put("current_etag", "\"" + stale.currentVersion() + "\""));
            context.getRootCause()
                    .filter(ConflictException.class::isInstance)
                    .map(ConflictException.class::cast)
                    .ifPresent(conflict -> conflict.extensions().forEach(problem::putIfAbsent));
        }
        problem.put("instance", context.getRequest().getPath());
        return response.body(problem).contentType(PROBLEM_JSON);
    }

    private static String summary(List<Map<String, String>> fields) {
        StringBuilder detail = new StringBuilder();
        for (Map<String, String> field : fields) {
            if (!detail.isEmpty()) {
                detail.append("; ");
            }
            detail.append(field.get("field")).append(": ").append(field.get("detail"));
        }
        return detail.toString();
    }

    /** One entry of "errors", field first: a Map.of would change its order from one JVM to the next. */
    private static Map<String, String> fieldError(String field, String detail) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("detail", detail);
        return error;
    }
}
