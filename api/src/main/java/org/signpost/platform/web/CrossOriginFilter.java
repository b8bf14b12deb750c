package org.signpost.platform.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import java.util.regex.Pattern;
import org.signpost.platform.web.CrossOriginRule.Verdict;

/**
 * CORS for the whole API ({@link CrossOriginRule}): answers preflights itself (before security, so
 * an OPTIONS needs no token), adds {@code Access-Control-Allow-Origin} to allowed requests, and
 * refuses a request from an origin that may not make it with a 403 problem+json.
 */
@ServerFilter("/**")
final class CrossOriginFilter implements Ordered {

    private static final String METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE";
    private static final String OPEN_DATA_METHODS = "GET, HEAD";
    private static final String EXPOSED = "ETag, Location, Retry-After, Content-Disposition";
    private static final Pattern HEADER_LIST = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+(\\s*,\\s*[A-Za-z0-9!#$%&'*+.^_`|~-]+)*");
    private static final String PREFLIGHT_MAX_AGE = "600";

    private final CrossOriginRule rule;
    private final ErrorResponseProcessor<?> problems;

    CrossOriginFilter(HttpSettings settings, ErrorResponseProcessor<?> problems) {
        this.rule = new CrossOriginRule(settings);
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        // before security (a preflight carries no token) and before Micronaut's own CORS filter
        return ServerFilterPhase.FIRST.after();
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> preflightOrRefusal(HttpRequest<?> request) {
        Verdict verdict = rule.judge(request);
        if (verdict == Verdict.REFUSED) {
            String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
            return problems.processResponse(ErrorContext.builder(request)
                    .errorMessage("Origin " + origin + " may not call " + request.getPath()
                            + ": only the ORUK feed and anonymous search are open to every origin; other origins must be "
                            + "listed in signpost.http.cors-allowed-origins")
                    .build(), HttpResponse.status(HttpStatus.FORBIDDEN));
        }
        if (verdict == Verdict.SAME_ORIGIN || !CrossOriginRule.isPreflight(request)) {
            return null;
        }
        MutableHttpResponse<?> preflight = HttpResponse.noContent();
        allow(request, preflight, verdict);
        preflight.header(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, verdict == Verdict.ANY_ORIGIN ? OPEN_DATA_METHODS : METHODS);
        String asked = request.getHeaders().get(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
        if (asked != null && HEADER_LIST.matcher(asked.trim()).matches()) {
            preflight.header(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, asked.trim());
        }
        preflight.header(HttpHeaders.ACCESS_CONTROL_MAX_AGE, PREFLIGHT_MAX_AGE);
        return preflight;
    }

    @ResponseFilter
    void allowOrigin(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (response.getHeaders().contains(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)) {
            return;
        }
        Verdict verdict = rule.judge(request);
        if (verdict == Verdict.ANY_ORIGIN || verdict == Verdict.LISTED_ORIGIN) {
            allow(request, response, verdict);
            response.header(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
        } else if (verdict == Verdict.SAME_ORIGIN && request.getPath().startsWith("/oruk")) {
            // open data: a cache in front may serve this response to any origin
            response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        }
    }

    private static void allow(HttpRequest<?> request, MutableHttpResponse<?> response, Verdict verdict) {
        if (verdict == Verdict.ANY_ORIGIN) {
            response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        } else {
            response.header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, request.getHeaders().get(HttpHeaders.ORIGIN));
            response.header(HttpHeaders.VARY, HttpHeaders.ORIGIN);
        }
    }
}
