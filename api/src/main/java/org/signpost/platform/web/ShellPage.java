package org.signpost.platform.web;

import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;

/**
 * The one HTML page of a single-page front end (the resident app, the console), as its filter serves it for every address
 * of that front end: read from the classpath once (in dev each time, since the web app may be rebuilt while the server
 * runs), optionally rewritten (run-time settings written into it), never cached, for GET and HEAD only.
 */
final class ShellPage {

    private final ResourceResolver resources;
    private final String location;
    private final UnaryOperator<byte[]> rewrite;
    private final boolean reloadEachTime;
    private final byte[] page;

    ShellPage(ResourceResolver resources, Environment environment, String location, UnaryOperator<byte[]> rewrite) {
        this.resources = resources;
        this.location = location;
        this.rewrite = rewrite;
        this.reloadEachTime = environment.getActiveNames().contains(Environment.DEVELOPMENT);
        this.page = load();
    }

    /** The page for this request, or null when there is none to give (no page built, or not a GET or HEAD). */
    @Nullable
    HttpResponse<?> answer(HttpRequest<?> request) {
        byte[] shell = reloadEachTime ? load() : page;
        if (shell == null || (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD)) {
            return null;
        }
        return HttpResponse.ok(shell)
                .contentType(MediaType.TEXT_HTML_TYPE.getName() + ";charset=utf-8")
                .header("Cache-Control", "no-cache");
    }

    private byte[] load() {
        return resources.getResourceAsStream(location).map(this::read).map(rewrite).orElse(null);
    }

    private byte[] read(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the web page " + location, e);
        }
    }
}
