package org.signpost.search.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import org.signpost.search.application.SearchUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The index did not answer in time: 503 problem+json with Retry-After, never a 500. */
@Singleton
@Produces
class SearchUnavailableHandler implements ExceptionHandler<SearchUnavailableException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(SearchUnavailableHandler.class);

    private final ErrorResponseProcessor<?> processor;

    SearchUnavailableHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, SearchUnavailableException exception) {
        LOG.warn("Search unavailable: {}", exception.getMessage());
        return processor.processResponse(ErrorContext.builder(request).cause(exception)
                        .errorMessage("Search is unavailable for a moment; try again").build(),
                HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1"));
    }
}
