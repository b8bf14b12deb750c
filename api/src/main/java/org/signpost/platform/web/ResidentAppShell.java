package org.signpost.platform.web;

import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The resident web app (built from {@code api/src/main/web} into {@code classpath:web}) is a single page: {@code /} and its
 * deep links ({@code /listing/{id}}, and the resident's own screens: sign in and up, their account, self-referral,
 * questionnaires) are all answered with the same shell, {@code index.html}, whose script then shows the
 * screen for the address. Its scripts, styles and images are static resources under {@code /assets/**} (application.yml).
 * This is a filter, not a controller, because every route of the API comes from the contract; the app's pages are not API
 * operations. The shell is never cached, so a new release is picked up at the next visit (the assets' names carry a hash).
 */
@ServerFilter({"/", "/listing/*", "/sign-in", "/sign-up", "/sign-up/*", "/account", "/account/verify", "/refer/**", "/questionnaire/**"})
class ResidentAppShell implements Ordered {

    private static final String SHELL = "classpath:web/index.html";

    private final ResourceResolver resources;
    private final ResidentAppSettings settings;
    private final boolean reloadEachTime;
    private final byte[] shell;

    ResidentAppShell(ResourceResolver resources, ResidentAppSettings settings, Environment environment) {
        this.resources = resources;
        this.settings = settings;
        // in dev the web app may be rebuilt (npm run build) while the server runs: read the current shell each time
        this.reloadEachTime = environment.getActiveNames().contains(Environment.DEVELOPMENT);
        this.shell = load();
    }

    private byte[] load() {
        Optional<InputStream> in = resources.getResourceAsStream(SHELL);
        return in.map(ResidentAppShell::read)
                .map(bytes -> settings.into(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8))
                .orElse(null);
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> serveShell(HttpRequest<?> request) {
        byte[] shell = reloadEachTime ? load() : this.shell;
        if (shell == null || (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD)) {
            return null;
        }
        return HttpResponse.ok(shell)
                .contentType(MediaType.TEXT_HTML_TYPE.getName() + ";charset=utf-8")
                .header("Cache-Control", "no-cache");
    }

    @Override
    public int getOrder() {
        // after security, before routing: nothing to authorise on a public page, but the security headers still apply
        return ServerFilterPhase.RENDERING.before();
    }

    private static byte[] read(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resident app shell (classpath:web/index.html)", e);
        }
    }
}
