package org.signpost.wellbeing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.wellbeing.web.ScoreRequests.request;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.signpost.contract.client.MeasuresApi;
import org.signpost.contract.model.Measure;
import org.signpost.contract.model.MeasureScore;
import org.signpost.contract.model.Score;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.TestUsers;

/**
 * A deployment that has registered for SWEMWBS switches it on and sets its own threshold, and
 * adds a measure of its own from its measures directory.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeploymentMeasuresOverHttpTest implements TestPropertyProvider {

    static final String OWN_MEASURE = """
            id: example-activation
            name: Example activation measure
            version: "2"
            enabled: true
            licence: Example only; a deployment would put its licence terms here.
            direction: HIGHER_IS_BETTER
            meaningful_change: 2
            scoring:
              method: SUM
            items:
              - {id: confident, text: I feel confident, min: 1, max: 4}
              - {id: stuck, text: I feel stuck, min: 1, max: 4, reverse: true}
            sub_scores:
              - {id: feelings, name: Feelings, items: [confident], meaningful_change: 1}
            """;

    @Inject
    MeasuresApi measures;

    @Inject
    TestUsers users;

    @Override
    public Map<String, String> getProperties() {
        try {
            Path dir = Files.createTempDirectory("signpost-measures");
            Files.writeString(dir.resolve("example-activation.yaml"), OWN_MEASURE);
            dir.toFile().deleteOnExit();
            dir.resolve("example-activation.yaml").toFile().deleteOnExit();
            return Map.of(
                    "signpost.measures.dir", dir.toString(),
                    "signpost.measures.enabled.swemwbs", "true",
                    "signpost.measures.meaningful-change.swemwbs", "2.87");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void swemwbsIsOfferedWithTheDeploymentsThresholdAndScoresToTheMetricTable() {
        users.actAs(Role.LINK_WORKER);

        assertThat(measures.listMeasures().getMeasures()).extracting(Measure::getId)
                .containsExactly("example-activation", "ons4", "swemwbs", "ucla3");
        assertThat(measures.getMeasure("swemwbs").getMeaningfulChange()).isEqualByComparingTo("2.87");
        Map<String, Integer> answers = new HashMap<>();
        for (String item : new String[] {"optimistic", "useful", "relaxed", "dealing_with_problems", "thinking_clearly",
                "close_to_others", "own_mind"}) {
            answers.put(item, 3);
        }
        answers.put("own_mind", 5); // raw 23

        Score total = measures.scoreMeasure("swemwbs", request(answers)).getScores().get(0);

        assertThat(total.getRaw()).isEqualTo(23);
        assertThat(total.getValue()).isEqualByComparingTo("20.73");
        assertThat(total.getMeaningfulChange()).isEqualByComparingTo("2.87");
    }

    @Test
    void theDeploymentsOwnMeasureScoresWithItsReversedItemAndSubScore() {
        users.actAs(Role.COORDINATOR);

        MeasureScore score = measures.scoreMeasure("example-activation", request(Map.of("confident", 4, "stuck", 1)));

        assertThat(score.getScores()).extracting(s -> s.getKey() + "=" + s.getValue().intValueExact())
                .containsExactly("total=8", "feelings=4");
        assertThat(measures.getMeasure("example-activation").getItems().get(1).getReverseScored()).isTrue();
    }
}
