package org.signpost.directory.oruk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import jakarta.inject.Singleton;

/**
 * Raw GETs of /oruk for what the generated client hides: the exact JSON on the wire (checked against
 * the ORUK 3.0 schemata on every call) and the headers.
 */
@Singleton
class OrukCalls {

    private final HttpClient http;

    OrukCalls(@Client(id = "signpost") HttpClient http) {
        this.http = http;
    }

    /** GETs the path, asserts 200, validates the body against the ORUK spec, returns it parsed. */
    JsonNode get(String path) {
        HttpResponse<String> response = http.toBlocking().exchange(HttpRequest.GET(path), String.class);
        assertThat(response.getStatus().getCode()).isEqualTo(200);
        assertThat(response.getHeaders().get("Access-Control-Allow-Origin")).as("CORS on %s", path).isEqualTo("*");
        return OrukSpec.validate(path, response.body());
    }

    /** The status a GET of {@code path} answers, errors included. */
    int status(String path) {
        try {
            return exchange(HttpRequest.GET(path)).getStatus().getCode();
        } catch (io.micronaut.http.client.exceptions.HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    HttpResponse<String> exchange(HttpRequest<?> request) {
        return http.toBlocking().exchange(request, String.class);
    }
}
