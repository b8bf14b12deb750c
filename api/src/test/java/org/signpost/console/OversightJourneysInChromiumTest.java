package org.signpost.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.TestDirectory.as;
import static org.signpost.testing.TestDirectory.etag;
import static org.signpost.testing.TestDirectory.inputOf;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.DirectoryServicesApi;
import org.signpost.contract.model.ServiceDetail;
import org.signpost.evaluation.web.EvaluationScenario;
import org.signpost.security.model.Role;
import org.signpost.testing.PlaywrightJourneys;
import org.signpost.testing.SearchListings;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.TestDirectory;
import org.signpost.testing.TestUsers;

/**
 * The console's coordinator, evaluator and admin journeys in Debian's Chromium (phone and desktop), against this real
 * server: a coordinator approves a group's held listing change after reading its field-level diff; an evaluator sees a
 * change summary with suppressed groups marked as suppressed (never drawn as zero) and downloads an export with its
 * progress; an admin imports Bristol's real ORUK feed under a source name of its own and sees the upload progress and
 * every rejected record with its reason, then finds users, rebuilds the search index and reads the audit log. axe-core
 * (WCAG 2.2 A and AA) finds nothing on every screen. Groups joining and invitations (oversight-joining.spec.ts): residents
 * sign up a group and claim listings through the API, and a coordinator approves and rejects them in the console; an admin
 * invites a link worker, who accepts from the emailed link and signs in; a coordinator may invite only link workers into
 * their own schemes; a group editor invites another editor (the emails are read from GreenMail through {@link org.signpost.testing.BrowserMail}).
 * The journeys are tests/browser/oversight-*.spec.ts, the projects
 * oversight-phone and oversight-desktop of the shared Playwright config, which has them only when this class sets
 * SIGNPOST_OVERSIGHT (the people and data they need are made here, through the API and the test helpers); screenshots go
 * to target/browser-screenshots/oversight-*. {@code -Dsignpost.browser.projects=oversight-desktop} runs only the named
 * projects (comma-separated), {@code -Dsignpost.browser.grep=...} only the journeys whose titles match.
 */
@MicronautTest(transactional = false)
@Property(name = "signpost.seeds.load", value = "true")
class OversightJourneysInChromiumTest {

    private static final Path WEB = PlaywrightJourneys.WEB;
    private static final Path BRISTOL = Path.of("../asset-seeds/src/test/resources/oruk/bristol-services.json").toAbsolutePath();

    @Inject
    EmbeddedServer server;

    @Inject
    SearchListings search;

    @Inject
    TestUsers users;

    @Inject
    TestDirectory directory;

    @Inject
    DirectoryServicesApi services;

    @Inject
    EvaluationScenario evaluation;

    @Test
    void coordinatorsEvaluatorsAndAdminsDoTheirWorkInChromiumOnAPhoneAndADesktop() throws IOException, InterruptedException {
        assertThat(WEB.resolve("node_modules/@playwright/test")).as("the web app's packages (npm ci by the Maven build)").exists();
        assertThat(BRISTOL).as("Bristol's ORUK feed").exists();
        search.index();

        SocialPrescribing.Team team = evaluation.team();
        // by GP practice within this scheme: 7 and 6 people are shown; 2 are too few, and the 6 are then withheld too
        // so the 2 cannot be worked out from the total
        evaluation.people(team, 4, "C89101", true, 3, 2);
        evaluation.people(team, 3, "C89101", true, 3, 1);
        evaluation.people(team, 6, "C89102", true, 3, 2);
        evaluation.people(team, 2, "C89103", true, 2, 3);

        Map<String, String> env = new java.util.HashMap<>(Map.of(
                "SIGNPOST_OVERSIGHT", "1",
                "SIGNPOST_TEST_PASSWORD", TestUsers.PASSWORD,
                "SIGNPOST_COORDINATOR", team.coordinator(),
                "SIGNPOST_EVALUATOR", users.create(Role.EVALUATOR),
                "SIGNPOST_ADMIN", users.create(Role.ADMIN),
                "SIGNPOST_EVAL_SCHEME_ID", team.schemeId().toString(),
                "SIGNPOST_ORUK_FEED", BRISTOL.toString()));
        for (String project : new String[] {"phone", "desktop"}) {
            String p = project.toUpperCase();
            ServiceDetail held = heldNameChange("Oversight " + project);
            env.put("SIGNPOST_HELD_SERVICE_" + p, held.getId().toString());
            // groups joining: a resident who signs up a new group, two who claim a listing each (one approved, one rejected)
            env.put("SIGNPOST_SIGN_UP_RESIDENT_" + p, users.create(Role.RESIDENT));
            for (String claim : new String[] {"APPROVED", "REJECTED"}) {
                env.put("SIGNPOST_CLAIMANT_" + claim + "_" + p, users.create(Role.RESIDENT));
                env.put("SIGNPOST_CLAIMED_SERVICE_" + claim + "_" + p,
                        directory.verifiedListing(directory.organisation("Claimed " + project)).getId().toString());
            }
            env.put("SIGNPOST_GROUP_EDITOR_" + p, users.create(Role.GROUP_EDITOR));
        }

        PlaywrightJourneys.run(server.getURL(), "oversight-phone,oversight-desktop", env, "playwright-oversight.log",
                java.time.Duration.ofMinutes(25));
    }

    /** A verified listing whose group renamed it: the review policy holds a name change for a coordinator. */
    private ServiceDetail heldNameChange(String prefix) {
        UUID organisation = directory.organisation(prefix + " Walkers");
        ServiceDetail listing = directory.verifiedListing(organisation);
        as(directory.groupEditorOf(organisation), () -> services.updateService(listing.getId(),
                inputOf(listing).name(listing.getName() + " (renamed)"), etag(listing)).body());
        return listing;
    }
}
