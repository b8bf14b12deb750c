package org.signpost.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.netty.handler.codec.compression.DecompressionException;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * A body whose {@code Content-Encoding} does not match its bytes (e.g. a gzip header on plain
 * JSON, as some clients and proxies send) is the client's fault: 400 naming the header, not a 500.
 */
@Singleton
@Produces
class BodyEncodingHandler implements ExceptionHandler<DecompressionException, HttpResponse<?>> {

    private final ErrorResponseProcessor<?> processor;

    BodyEncodingHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DecompressionException exception) {
        // the decompressor may already have taken the header off the request
        String encoding = request.getHeaders().get("Content-Encoding");
        String said = encoding == null ? "its Content-Encoding" : "'" + encoding + "'";
        return processor.processResponse(ErrorContext.builder(request).cause(exception)
                .errors(List.of(new ClientFieldError("Content-Encoding",
                        "the body is not encoded as " + said + " says; send it plain with no Content-Encoding, or gzip it")))
                .build(), HttpResponse.badRequest());
    }
}
