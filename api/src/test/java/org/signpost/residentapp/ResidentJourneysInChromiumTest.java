package org.signpost.residentapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.signpost.testing.SearchListings;

/**
 * The resident app's journeys, in Debian's Chromium at a phone size (390x844) and a desktop one, against this real server
 * (MariaDB, Elasticsearch) with the Rotherham seed directory: search "walking" near a Rotherham postcode with suggestions,
 * the same places on the list and the map, zoom out to the server's clusters, open a listing and share its link, and the
 * whole path by keyboard alone; axe-core (WCAG 2.2 A and AA) finds nothing on every screen, and nothing breaks the strict
 * CSP. The journeys are the Playwright suite in src/main/web/tests/browser; screenshots of every step are written to
 * target/browser-screenshots. The build makes sure Chromium is there (src/main/web/scripts/ensure-chromium.sh).
 * <p>
 * The same run holds the staff console's journeys (the Playwright projects {@code console-desktop} and {@code console-phone},
 * tests/browser/console-*.spec.ts) on the dev seeds' demo users and demo scheme: a link worker records a resident (after the
 * duplicate warning), a conversation and a plan, and refers them to the demo group's listing; the group accepts and marks them
 * attended; the link worker sees it on the timeline; the group edits a held field of its listing. {@code
 * -Dsignpost.browser.projects=console-desktop} runs only the named projects (comma-separated).
 */
@MicronautTest(transactional = false)
@Property(name = "signpost.seeds.load", value = "true")
@Property(name = "signpost.demo-users.enabled", value = "true")
@Property(name = "signpost.demo.password", value = ResidentJourneysInChromiumTest.DEMO_PASSWORD)
class ResidentJourneysInChromiumTest {

    static final String DEMO_PASSWORD = "console journeys demo password";

    private static final Path WEB = Path.of("src/main/web").toAbsolutePath();
    private static final Path SCREENSHOTS = Path.of("target/browser-screenshots").toAbsolutePath();

    @Inject
    EmbeddedServer server;

    @Inject
    SearchListings search;

    @Test
    void residentsSearchSeeTheMapAndOpenListingsInChromiumOnAPhoneAndADesktop() throws IOException, InterruptedException {
        assertThat(WEB.resolve("node_modules/@playwright/test")).as("the web app's packages (npm ci by the Maven build)").exists();
        search.index();

        Path log = Files.createDirectories(SCREENSHOTS).resolve("playwright.log");
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("npx", "--no-install", "playwright", "test"));
        for (String project : System.getProperty("signpost.browser.projects", "").split(",")) {
            if (!project.isBlank()) {
                command.add("--project=" + project.trim());
            }
        }
        ProcessBuilder playwright = new ProcessBuilder(command)
                .directory(WEB.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        playwright.environment().put("SIGNPOST_BASE_URL", server.getURL().toString());
        playwright.environment().put("SIGNPOST_SCREENSHOT_DIR", SCREENSHOTS.toString());
        playwright.environment().put("SIGNPOST_DEMO_PASSWORD", DEMO_PASSWORD);
        playwright.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright.environment().put("CI", "1");
        Process run = playwright.start();
        boolean finished = run.waitFor(20, TimeUnit.MINUTES);
        if (!finished) {
            run.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(finished).as("Playwright finished within 20 minutes:%n%s", output).isTrue();
        assertThat(run.exitValue()).as("Playwright journeys (log %s):%n%s", log, output).isZero();
        assertThat(output).contains("passed").doesNotContain("skipped");
    }
}
