package org.signpost.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.web.router.RouteMatch;
import io.micronaut.web.router.UriRouteInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.signpost.platform.contract.RequestSchemas;
import org.signpost.platform.contract.StrictJson;
import org.signpost.platform.errors.FieldViolation;

/**
 * Checks every JSON request body against the contract's schema for its operation before it is
 * bound ({@link StrictJson}): a wrong JSON type, an unknown enum value, a null array element or a
 * control character is a 400 naming the field and what is allowed, never a coercion, a 500 or a
 * message about Java types. Runs after security, so an anonymous caller still gets 401 first.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ContractBodyFilter implements Ordered {

    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The largest JSON body any operation needs is a listing (tens of kB); the 20 MB request limit is for
     * the multipart feed upload. A JSON body above this is refused before it is parsed into a tree.
     */
    static final int MAX_JSON_BYTES = 2 * 1024 * 1024;

    private final RequestSchemas schemas = RequestSchemas.fromClasspath();
    private final ErrorResponseProcessor<?> processor;

    ContractBodyFilter(ErrorResponseProcessor<?> processor) {
        this.processor = processor;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request, @Nullable RouteMatch<?> route, @Body @Nullable byte[] body) {
        Optional<MediaType> type = request.getContentType();
        if (route == null || body == null || type.isEmpty() || !isJson(type.get())
                || !(route.getRouteInfo() instanceof UriRouteInfo<?, ?> info)) {
            return null;
        }
        Optional<Map<String, Object>> schema = schemas.of(request.getMethodName(), info.getUriMatchTemplate().toPathString());
        if (schema.isEmpty()) {
            return null;
        }
        if (body.length > MAX_JSON_BYTES) {
            return processor.processResponse(ErrorContext.builder(request).errors(List.<Error>of(new ClientFieldError("body",
                    "is larger than the " + MAX_JSON_BYTES / (1024 * 1024) + " MB a JSON request may be"))).build(),
                    HttpResponse.status(io.micronaut.http.HttpStatus.REQUEST_ENTITY_TOO_LARGE));
        }
        List<FieldViolation> violations;
        try {
            JsonNode node = body.length == 0 ? null : JSON.readTree(body);
            violations = StrictJson.check(node, schema.get());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            violations = List.of(new FieldViolation("body", at == null ? "is not valid JSON"
                    : "is not valid JSON (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        } catch (java.io.IOException e) {
            violations = List.of(new FieldViolation("body", "could not be read"));
        }
        if (violations.isEmpty()) {
            return null;
        }
        List<Error> errors = violations.stream().<Error>map(v -> new ClientFieldError(v.field(), v.detail())).toList();
        return processor.processResponse(ErrorContext.builder(request).errors(errors).build(), HttpResponse.badRequest());
    }

    private static boolean isJson(MediaType type) {
        return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
    }
}
