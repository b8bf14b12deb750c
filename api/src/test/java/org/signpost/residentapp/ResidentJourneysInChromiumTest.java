package org.signpost.residentapp;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import io.micronaut.json.JsonMapper;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.signpost.security.model.Role;
import org.signpost.testing.SearchListings;
import org.signpost.testing.PlaywrightJourneys;
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

    private static final Path WEB = PlaywrightJourneys.WEB;
    private static final Path SCREENSHOTS = PlaywrightJourneys.SCREENSHOTS;

    @Inject
    EmbeddedServer server;

    @Inject
    SearchListings search;

    @Inject
    SocialPrescribing socialPrescribing;

    @Inject
    TestUsers users;

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    JsonMapper json;

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
        // the group that runs the first "walking" listing near the postcode answers the onward referral in the journey
        List<?> hits = org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(2)).until(() -> (List<?>) json.readValue(
                http.toBlocking().retrieve("/search/services?q=walking&postcode=S60%201AE&limit=1&facets=false&include_remote=true"),
                Map.class).get("results"), list -> !list.isEmpty());
        Map<?, ?> first = (Map<?, ?>) hits.get(0);
        // confirmed today, so the staleness sweep that runs at start cannot hide it from residents during the journeys
        // and taking referrals from link workers as well as self-referrals, so the journey's link worker can refer on to it
        java.util.UUID firstService = java.util.UUID.fromString((String) first.get("service_id"));
        socialPrescribing.setService(firstService, "assured_date", java.time.LocalDate.now());
        socialPrescribing.setService(firstService, "referral_route", "both");
        String groupEditor = users.create(Role.GROUP_EDITOR, java.util.Optional.of(java.util.UUID.fromString((String) first.get("organisation_id"))));
        String accounts = "{\"password\":\"" + TestUsers.PASSWORD + "\",\"groupEditor\":\"" + groupEditor
                + "\",\"serviceId\":\"" + first.get("service_id") + "\",\"organisationId\":\"" + first.get("organisation_id")
                + "\",\"linkWorker\":\"" + team.linkWorker()
                + "\",\"schemeId\":\"" + team.schemeId() + "\",\"residents\":{" + residents + "}}";

        // the sign-up journey reads its verification email from the tests' mail server (GreenMail)
        PlaywrightJourneys.run(server.getURL(), "", Map.of("SIGNPOST_DEMO_PASSWORD", DEMO_PASSWORD, "SIGNPOST_JOURNEY_ACCOUNTS", accounts),
                "playwright.log", Duration.ofMinutes(20));

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
