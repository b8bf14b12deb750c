package org.signpost.directory.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * The ORUK feed is public and changes rarely, so a council site or a CDN may keep it a short while:
 * every successful read says {@code Cache-Control: public, max-age=N}
 * ({@code signpost.oruk.cache-max-age}, default 60 s) and carries a strong ETag, the SHA-256 of
 * the JSON sent. A GET whose {@code If-None-Match} names the current ETag (or {@code *}) is
 * answered 304 with no body. Errors are never marked cacheable.
 */
@ServerFilter("/oruk/**")
class OrukCaching {

    private final JsonMapper json;
    private final String cacheControl;

    OrukCaching(JsonMapper json, @Value("${signpost.oruk.cache-max-age:PT60S}") Duration maxAge) {
        this.json = json;
        this.cacheControl = "public, max-age=" + maxAge.toSeconds();
    }

    @ResponseFilter
    void cacheable(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getMethod() != HttpMethod.GET || response.getStatus() != HttpStatus.OK || response.body() == null) {
            return;
        }
        String etag = etag(response.body());
        response.getHeaders().set("Cache-Control", cacheControl);
        response.getHeaders().set("ETag", etag);
        String ifNoneMatch = request.getHeaders().get("If-None-Match");
        if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
            response.status(HttpStatus.NOT_MODIFIED);
            response.body(null);
        }
    }

    /** RFC 9110 13.1.2: weak comparison, a list of tags or {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private String etag(Object body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(body));
            return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
