package org.signpost.platform.web;

import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The resident web app (built from {@code api/src/main/web} into {@code classpath:web}) is a single page: {@code /} and its
 * deep links ({@code /listing/{id}}, and the resident's own screens: sign in and up, their account, self-referral,
 * questionnaires) are all answered with the same shell, {@code index.html}, whose script then shows the
 * screen for the address. Which addresses are pages is said once, in the app ({@code resident/pages.ts}); the build writes
 * them to {@code classpath:web/pages.json}, read here at start (a page added while the server runs needs a restart).
 * Its scripts, styles and images are static resources under {@code /assets/**} (application.yml).
 * This is a filter, not a controller, because every route of the API comes from the contract; the app's pages are not API
 * operations. The shell is never cached, so a new release is picked up at the next visit (the assets' names carry a hash).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ResidentAppShell implements Ordered {

    private final ShellPage page;
    /** Every page as one pattern ({@code {id}} and the like match one path segment), matched once per request. */
    private final Pattern pages;

    ResidentAppShell(ResourceResolver resources, ResidentAppSettings settings, Environment environment, JsonMapper json) {
        this.page = new ShellPage(resources, environment, "classpath:web/index.html",
                bytes -> settings.into(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        List<String> listed = resources.getResourceAsStream("classpath:web/pages.json").map(in -> read(json, in)).orElse(List.of());
        this.pages = Pattern.compile(listed.stream().map(ResidentAppShell::pattern).collect(Collectors.joining("|", "^(?:", ")$")));
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> serveShell(HttpRequest<?> request) {
        return pages.matcher(request.getPath()).matches() ? page.answer(request) : null;
    }

    /** A page's address as a pattern: its literal parts quoted, each {@code {name}} one path segment. */
    private static String pattern(String page) {
        return Arrays.stream(page.split("\\{[^}/]+}", -1)).map(Pattern::quote).collect(Collectors.joining("[^/]+"));
    }

    private static List<String> read(JsonMapper json, InputStream in) {
        try (in) {
            return json.readValue(in, Argument.listOf(String.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the resident app's pages (web/pages.json)", e);
        }
    }

    @Override
    public int getOrder() {
        // after security, before routing: nothing to authorise on a public page, but the security headers still apply
        return ServerFilterPhase.RENDERING.before();
    }
}
