package org.signpost.platform.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.annotation.PreMatching;

/**
 * A client that accepts JSON accepts problem details (RFC 9457 documents are JSON). An operation whose success has no body
 * (202, 204) produces only {@code application/problem+json}, so without this a client sending its usual
 * {@code Accept: application/json} would be refused with 406 before the operation ran. Before a route is chosen, an Accept
 * that takes {@code application/json} also takes {@code application/problem+json}, below every type it names (q=0.1), so it
 * never changes what an operation with a JSON body answers.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class JsonClientsAcceptProblems {

    static final String PROBLEM = "application/problem+json";

    @PreMatching
    @RequestFilter
    void acceptProblems(MutableHttpRequest<?> request) {
        var accepted = request.accept();
        if (accepted.stream().anyMatch(t -> t.getName().equals(MediaType.APPLICATION_JSON))
                && accepted.stream().noneMatch(t -> t.getName().equals(PROBLEM))) {
            request.getHeaders().add(HttpHeaders.ACCEPT, PROBLEM + ";q=0.1");
        }
    }
}
