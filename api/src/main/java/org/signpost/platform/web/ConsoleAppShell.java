package org.signpost.platform.web;

import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.function.UnaryOperator;

/**
 * The staff console (built from {@code api/src/main/web/console} into {@code classpath:web/console/index.html}) is a single
 * page like the resident app ({@link ResidentAppShell}): {@code /console/} and every address under it (the deep links that
 * notification emails carry, {@code /console/referrals/{id}}, {@code /console/listings/{id}}, ...) answer the same shell,
 * whose script shows the screen for the address. The page itself holds nothing personal and needs no sign-in: the console
 * signs in through the API, which decides every access. Its scripts and styles are the shared {@code /assets/**}.
 */
@ServerFilter({"/console", "/console/**"})
class ConsoleAppShell implements Ordered {

    private final ShellPage page;

    ConsoleAppShell(ResourceResolver resources, Environment environment) {
        this.page = new ShellPage(resources, environment, "classpath:web/console/index.html", UnaryOperator.identity());
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> serveShell(HttpRequest<?> request) {
        HttpResponse<?> shell = page.answer(request);
        if (shell != null && request.getPath().equals("/console")) {
            // relative links and the app's own routes all live under /console/
            return HttpResponse.status(io.micronaut.http.HttpStatus.MOVED_PERMANENTLY).header("Location", "/console/");
        }
        return shell;
    }

    @Override
    public int getOrder() {
        // after security, before routing: nothing to authorise on the page itself, but the security headers still apply
        return ServerFilterPhase.RENDERING.before();
    }
}
