package org.signpost.platform.web;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unique constraint that refused a write (two requests creating the same thing at once, after
 * both checked it did not exist) is a 409 naming the field, not a 500. Anything else the database
 * refused stays a server error.
 */
@Singleton
@Produces
class DuplicateKeyHandler implements ExceptionHandler<DataAccessException, HttpResponse<?>> {

    /** MySQL/MariaDB's error code for a duplicate entry in a unique index. */
    private static final int DUPLICATE_ENTRY = 1062;
    private static final Pattern KEY = Pattern.compile("for key '(?:[^.']*\\.)?([^']+)'");
    /** Unique keys that guard what a client sends, and the field a client knows them by. */
    private static final Map<String, String> FIELDS = Map.of(
            "uq_user_account_username", "username",
            "uq_taxonomy_term_code", "code",
            "uq_resident_account", "user_account_id");

    private final ErrorResponseProcessor<?> processor;

    DuplicateKeyHandler(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, DataAccessException exception) {
        Optional<SQLException> duplicate = duplicate(exception);
        if (duplicate.isEmpty()) {
            return processor.processResponse(ErrorContext.builder(request).cause(exception).build(), HttpResponse.serverError());
        }
        Matcher key = KEY.matcher(String.valueOf(duplicate.get().getMessage()));
        String field = key.find() ? FIELDS.getOrDefault(key.group(1), null) : null;
        Error error = field == null ? () -> "it already exists (another request may have created it at the same time)"
                : new ClientFieldError(field, "already exists: choose another (another request may have created it at the same time)");
        return processor.processResponse(ErrorContext.builder(request).cause(exception).errors(List.of(error)).build(),
                HttpResponse.status(HttpStatus.CONFLICT));
    }

    static Optional<SQLException> duplicate(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == DUPLICATE_ENTRY) {
                return Optional.of(sql);
            }
        }
        return Optional.empty();
    }
}
