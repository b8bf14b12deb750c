package org.signpost.platform.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The resident app's service worker and web app manifest, which must live at the root to control the whole app
 * ({@code /sw.js}, {@code /manifest.webmanifest}; built from {@code api/src/main/web/public}). The worker is stamped with a
 * fingerprint of the page shell, so every release of the app is a new worker and its cache of the old shell is dropped.
 * Neither is cached by the browser's HTTP cache ({@code no-cache}): the worker checks for a new release on each visit.
 */
@ServerFilter({"/sw.js", "/manifest.webmanifest"})
class ResidentAppWorker implements Ordered {

    private final ResourceResolver resources;

    ResidentAppWorker(ResourceResolver resources) {
        this.resources = resources;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> serve(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) {
            return null;
        }
        boolean worker = request.getPath().equals("/sw.js");
        Optional<byte[]> file = read("classpath:web" + request.getPath());
        if (file.isEmpty()) {
            return null;
        }
        byte[] body = file.get();
        if (worker) {
            String release = read("classpath:web/index.html").map(ResidentAppWorker::fingerprint).orElse("dev");
            body = new String(body, StandardCharsets.UTF_8).replace("__SIGNPOST_RELEASE__", release).getBytes(StandardCharsets.UTF_8);
        }
        return HttpResponse.ok(body)
                .contentType(worker ? "text/javascript;charset=utf-8" : "application/manifest+json;charset=utf-8")
                .header("Cache-Control", "no-cache")
                // a worker runs under its own script's policy: it fetches the app's shell, assets and public reads from its
                // own origin (the API's default for non-HTML, default-src 'none', would stop it installing)
                .header("Content-Security-Policy", worker ? "default-src 'self'; frame-ancestors 'none'" : "default-src 'none'; frame-ancestors 'none'");
    }

    private Optional<byte[]> read(String resource) {
        return resources.getResourceAsStream(resource).map(ResidentAppWorker::bytes);
    }

    private static byte[] bytes(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String fingerprint(byte[] shell) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(shell)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.RENDERING.before();
    }
}
