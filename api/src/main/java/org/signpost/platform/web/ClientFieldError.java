package org.signpost.platform.web;

import io.micronaut.http.server.exceptions.response.Error;
import java.util.Optional;

/** An error whose field is already named as the client sent it (no Java path to translate). */
record ClientFieldError(String field, String detail) implements Error {

    @Override
    public Optional<String> getPath() {
        return Optional.of(field);
    }

    @Override
    public String getMessage() {
        return detail;
    }
}
