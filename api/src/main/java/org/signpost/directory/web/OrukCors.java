package org.signpost.directory.web;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * The ORUK feed is open data for any web page to read: every /oruk response, errors included,
 * carries {@code Access-Control-Allow-Origin: *} (only GETs without credentials, so no preflight).
 * Nothing else in the API is opened to other origins.
 */
@ServerFilter("/oruk/**")
class OrukCors {

    @ResponseFilter
    void allowAnyOrigin(MutableHttpResponse<?> response) {
        response.getHeaders().set("Access-Control-Allow-Origin", "*");
    }
}
