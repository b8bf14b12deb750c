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
import java.util.Optional;

/**
 * The staff console (built from {@code api/src/main/web/console} into {@code classpath:web/console/index.html}) is a single
 * page like the resident app ({@link ResidentAppShell}): {@code /console/} and every address under it (the deep links that
 * notification emails carry, {@code /console/referrals/{id}}, {@code /console/listings/{id}}, ...) answer the same shell,
 * whose script shows the screen for the address. The page itself holds nothing personal and needs no sign-in: the console
 * signs in through the API, which decides every access. Its scripts and styles are the shared {@code /assets/**}.
 */
@ServerFilter({"/console", "/console/**"})
class ConsoleAppShell implements Ordered {

    private static final String SHELL = "classpath:web/console/index.html";

    private final ResourceResolver resources;
    private final boolean reloadEachTime;
    private final byte[] shell;

    ConsoleAppShell(ResourceResolver resources, Environment environment) {
        this.resources = resources;
        // in dev the web app may be rebuilt (npm run build) while the server runs: read the current shell each time
        this.reloadEachTime = environment.getActiveNames().contains(Environment.DEVELOPMENT);
        this.shell = load();
    }

    private byte[] load() {
        Optional<InputStream> in = resources.getResourceAsStream(SHELL);
        return in.map(ConsoleAppShell::read).orElse(null);
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> serveShell(HttpRequest<?> request) {
        byte[] shell = reloadEachTime ? load() : this.shell;
        if (shell == null || (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD)) {
            return null;
        }
        if (request.getPath().equals("/console")) {
            // relative links and the app's own routes all live under /console/
            return HttpResponse.status(io.micronaut.http.HttpStatus.MOVED_PERMANENTLY).header("Location", "/console/");
        }
        return HttpResponse.ok(shell)
                .contentType(MediaType.TEXT_HTML_TYPE.getName() + ";charset=utf-8")
                .header("Cache-Control", "no-cache");
    }

    @Override
    public int getOrder() {
        // after security, before routing: nothing to authorise on the page itself, but the security headers still apply
        return ServerFilterPhase.RENDERING.before();
    }

    private static byte[] read(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the console shell (classpath:web/console/index.html)", e);
        }
    }
}
