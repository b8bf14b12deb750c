package org.signpost.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the web app's Playwright journeys (src/main/web/tests/browser) against a test server and fails with the log
 * unless every journey ran and passed: the browser-test runners' one way to start Playwright.
 */
public final class PlaywrightJourneys {

    public static final Path WEB = Path.of("src/main/web").toAbsolutePath();
    public static final Path SCREENSHOTS = Path.of("target/browser-screenshots").toAbsolutePath();

    private PlaywrightJourneys() {
    }

    /**
     * Runs the journeys of these Playwright projects (comma-separated; empty: those the config has by default) with the
     * tests' mail open to them at SIGNPOST_MAIL_URL ({@link BrowserMail}); the log is {@code logName} under SCREENSHOTS.
     * {@code -Dsignpost.browser.projects=...} runs other projects instead, {@code -Dsignpost.browser.grep=...} only the
     * journeys whose titles match.
     */
    public static void run(URL server, String projects, Map<String, String> environment, String logName, Duration timeout)
            throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>();
        for (String project : System.getProperty("signpost.browser.projects", projects).split(",")) {
            if (!project.isBlank()) {
                arguments.add("--project=" + project.trim());
            }
        }
        String grep = System.getProperty("signpost.browser.grep", "");
        if (!grep.isBlank()) {
            arguments.add("--grep=" + grep);
        }
        try (BrowserMail mail = BrowserMail.start()) {
            Map<String, String> env = new HashMap<>(environment);
            env.put("SIGNPOST_MAIL_URL", mail.url());
            run(server, arguments, env, logName, timeout);
        }
    }

    private static void run(URL server, List<String> arguments, Map<String, String> environment, String logName, Duration timeout)
            throws IOException, InterruptedException {
        Path log = Files.createDirectories(SCREENSHOTS).resolve(logName);
        ProcessBuilder playwright = new ProcessBuilder(java.util.stream.Stream.concat(
                java.util.stream.Stream.of("npx", "--no-install", "playwright", "test"), arguments.stream()).toList())
                .directory(WEB.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        playwright.environment().putAll(environment);
        playwright.environment().put("SIGNPOST_BASE_URL", server.toString());
        playwright.environment().put("SIGNPOST_SCREENSHOT_DIR", SCREENSHOTS.toString());
        playwright.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        playwright.environment().put("CI", "1");
        Process run = playwright.start();
        boolean finished = run.waitFor(timeout.toMinutes(), TimeUnit.MINUTES);
        if (!finished) {
            run.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);

        assertThat(finished).as("Playwright finished within %s:%n%s", timeout, output).isTrue();
        assertThat(run.exitValue()).as("Playwright journeys (log %s):%n%s", log, output).isZero();
        assertThat(output).contains("passed").doesNotContain("skipped");
    }
}
