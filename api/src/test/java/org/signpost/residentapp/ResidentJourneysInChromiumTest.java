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
import org.signpost.security.model.Role;
import org.signpost.testing.SearchListings;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.TestUsers;

/**
 * The resident app's journeys, in Debian's Chromium at a phone size (390x844) and a desktop one, against this real server
 * (MariaDB, Elasticsearch) with the Rotherham seed directory: search "walking" near a Rotherham postcode with suggestions,
 * the same places on the list and the map, zoom out to the server's clusters, open a listing and share its link, and the
 * whole path by keyboard alone; a resident signs in, refers themselves from a listing through "check your answers", sees
 * the referral in their account, and answers the questionnaire a link worker invited them to (one question a screen),
 * also by keyboard alone; the app keeps working offline from its service worker's copy; axe-core (WCAG 2.2 A and AA) finds nothing on every screen, and nothing breaks the strict
 * CSP. The journeys are the Playwright suite in src/main/web/tests/browser; screenshots of every step are written to
 * target/browser-screenshots. The build makes sure Chromium is there (src/main/web/scripts/ensure-chromium.sh).
 */
@MicronautTest(transactional = false)
@Property(name = "signpost.seeds.load", value = "true")
class ResidentJourneysInChromiumTest {

    private static final Path WEB = Path.of("src/main/web").toAbsolutePath();
    private static final Path SCREENSHOTS = Path.of("target/browser-screenshots").toAbsolutePath();

    @Inject
    EmbeddedServer server;

    @Inject
    SearchListings search;

    @Inject
    SocialPrescribing socialPrescribing;

    @Inject
    TestUsers users;

    @Test
    void residentsSearchSeeTheMapAndOpenListingsInChromiumOnAPhoneAndADesktop() throws IOException, InterruptedException {
        assertThat(WEB.resolve("node_modules/@playwright/test")).as("the web app's packages (npm ci by the Maven build)").exists();
        search.index();
        // the people the journeys sign in as: a scheme with its link worker (who invites), and a resident app account
        // for each journey that refers itself (one per viewport, so the two runs do not see each other's referrals)
        SocialPrescribing.Team team = socialPrescribing.team();
        StringBuilder residents = new StringBuilder();
        for (String journey : new String[] {"phone-refer", "desktop-refer", "phone-keyboard", "desktop-keyboard"}) {
            residents.append(residents.isEmpty() ? "" : ",").append('"').append(journey).append("\":\"")
                    .append(users.create(Role.RESIDENT)).append('"');
        }
        String accounts = "{\"password\":\"" + TestUsers.PASSWORD + "\",\"linkWorker\":\"" + team.linkWorker()
                + "\",\"schemeId\":\"" + team.schemeId() + "\",\"residents\":{" + residents + "}}";

        Path log = Files.createDirectories(SCREENSHOTS).resolve("playwright.log");
        ProcessBuilder playwright = new ProcessBuilder("npx", "--no-install", "playwright", "test")
                .directory(WEB.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        playwright.environment().put("SIGNPOST_BASE_URL", server.getURL().toString());
        playwright.environment().put("SIGNPOST_SCREENSHOT_DIR", SCREENSHOTS.toString());
        playwright.environment().put("SIGNPOST_JOURNEY_ACCOUNTS", accounts);
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

        // Lighthouse (mobile) on the same server when a Lighthouse is named: figures in BENCHMARKS.md
        String lighthouse = System.getenv("SIGNPOST_LIGHTHOUSE");
        if (lighthouse != null && !lighthouse.isBlank()) {
            Path lighthouseLog = SCREENSHOTS.resolve("lighthouse.log");
            Process check = new ProcessBuilder("node", "scripts/lighthouse.mjs", server.getURL().toString(),
                    SCREENSHOTS.resolveSibling("lighthouse").toString())
                    .directory(WEB.toFile()).redirectErrorStream(true).redirectOutput(lighthouseLog.toFile()).start();
            assertThat(check.waitFor(10, TimeUnit.MINUTES)).as("Lighthouse finished").isTrue();
            String figures = Files.readString(lighthouseLog, StandardCharsets.UTF_8);
            System.out.println(figures);
            assertThat(check.exitValue()).as("Lighthouse targets (log %s):%n%s", lighthouseLog, figures).isZero();
        }
    }
}
