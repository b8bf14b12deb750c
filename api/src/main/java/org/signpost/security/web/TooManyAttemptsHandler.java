package org.signpost.security.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.signpost.security.application.TooManyAttemptsException;

/**
 * Over a sign-in limit: 429; no free password check: 503. Both problem+json with Retry-After.
 * Written here rather than through the error processor, which logs every 5xx as an incident:
 * a refused flood is expected, not an incident, and must stay cheap.
 */
@Singleton
@Produces
class TooManyAttemptsHandler implements ExceptionHandler<TooManyAttemptsException, HttpResponse<?>> {

    private static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

    @Override
    public HttpResponse<?> handle(HttpRequest request, TooManyAttemptsException exception) {
        HttpStatus status = exception.busy() ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.TOO_MANY_REQUESTS;
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReason());
        problem.put("status", status.getCode());
        problem.put("detail", exception.getMessage());
        problem.put("instance", request.getPath());
        return HttpResponse.status(status).header("Retry-After", Long.toString(exception.retryAfterSeconds()))
                .contentType(PROBLEM_JSON).body(problem);
    }
}
