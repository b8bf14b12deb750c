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
import java.nio.charset.StandardCharsets;

/**
 * The resident web app (built from {@code api/src/main/web} into {@code classpath:web}) is a single page: {@code /} and its
 * deep links ({@code /listing/{id}}, and the resident's own screens: sign in and up, their account, self-referral,
 * questionnaires) are all answered with the same shell, {@code index.html}, whose script then shows the
 * screen for the address. Its scripts, styles and images are static resources under {@code /assets/**} (application.yml).
 * This is a filter, not a controller, because every route of the API comes from the contract; the app's pages are not API
 * operations. The shell is never cached, so a new release is picked up at the next visit (the assets' names carry a hash).
 */
@ServerFilter({"/", "/listing/*", "/sign-in", "/sign-up", "/sign-up/*", "/account", "/account/verify", "/account/reset", "/account/invitation", "/account/claim", "/refer/**", "/questionnaire/**"})
class ResidentAppShell implements Ordered {

    private final ShellPage page;

    ResidentAppShell(ResourceResolver resources, ResidentAppSettings settings, Environment environment) {
        this.page = new ShellPage(resources, environment, "classpath:web/index.html",
                bytes -> settings.into(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> serveShell(HttpRequest<?> request) {
        return page.answer(request);
    }

    @Override
    public int getOrder() {
        // after security, before routing: nothing to authorise on a public page, but the security headers still apply
        return ServerFilterPhase.RENDERING.before();
    }
}
