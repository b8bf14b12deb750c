package org.signpost.wellbeing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.signpost.wellbeing.application.MeasureConfigurationException;
import org.signpost.wellbeing.model.InvalidMeasureDefinitionException;
import org.signpost.wellbeing.model.MeasureDefinition;
import org.signpost.wellbeing.model.MeasureScoring;
import org.signpost.wellbeing.model.ScoringMethod;

/**
 * The loader refuses a definition that is incomplete or inconsistent, and says what is wrong and
 * where. Each broken case below is the valid definition with one defect.
 */
class MeasureDefinitionLoaderTest {

    /** A made-up measure of the kind a licensed deployment adds: reversed item, sub-scores, bands. */
    static final String VALID = """
            id: example-activation
            name: Example activation measure
            version: "2"
            enabled: true
            licence: Example only; not a real instrument.
            direction: HIGHER_IS_BETTER
            meaningful_change: 2
            scoring:
              method: SUM
            items:
              - {id: confident, text: I feel confident, min: 1, max: 4}
              - {id: in_control, text: I feel in control, min: 1, max: 4}
              - {id: stuck, text: I feel stuck, min: 1, max: 4, reverse: true}
              - {id: know_where_to_go, text: I know where to go for help, min: 1, max: 4}
            sub_scores:
              - id: feelings
                name: Feelings
                items: [confident, in_control, stuck]
                meaningful_change: 1
                bands:
                  - {from: 3, to: 7, label: Low}
                  - {from: 8, to: 12, label: High}
            bands:
              - {from: 4, to: 8, label: Starting}
              - {from: 9, to: 12, label: Building}
              - {from: 13, to: 16, label: Thriving}
            """;

    static final String TABLE = """
            id: tiny-table
            name: Tiny table
            version: "1"
            enabled: true
            licence: Example only.
            direction: HIGHER_IS_BETTER
            meaningful_change: 1
            scoring:
              method: TABLE
              table: {2: 1.5, 3: 2.5, 4: 4.0}
            items:
              - {id: a, text: A, min: 1, max: 2}
              - {id: b, text: B, min: 1, max: 2}
            bands:
              - {from: 1.5, to: 2.5, label: Low}
              - {from: 2.51, to: 4, label: High}
            """;

    @Test
    void aCompleteDefinitionLoadsAndScoresWithReverseItemsSubScoresAndBands() {
        MeasureDefinition measure = MeasureFilesForTests.fromYaml("example.yaml", VALID);

        assertThat(measure.scoring()).isEqualTo(ScoringMethod.SUM);
        var score = MeasureScoring.score(measure, Map.of("confident", 4, "in_control", 3, "stuck", 1, "know_where_to_go", 2));
        // stuck = 1 on a reversed 1-4 item counts as 4
        assertThat(score.score("total").orElseThrow().value()).isEqualByComparingTo("13");
        assertThat(score.score("total").orElseThrow().band()).hasValue("Thriving");
        assertThat(score.score("feelings").orElseThrow().value()).isEqualByComparingTo("11");
        assertThat(score.score("feelings").orElseThrow().band()).hasValue("High");
    }

    @Test
    void aTableMeasureConvertsAndBandsDecimalScores() {
        MeasureDefinition measure = MeasureFilesForTests.fromYaml("table.yaml", TABLE);

        var total = MeasureScoring.score(measure, Map.of("a", 2, "b", 1)).score("total").orElseThrow();

        assertThat(total.raw()).hasValue(3);
        assertThat(total.value()).isEqualByComparingTo("2.5");
        assertThat(total.band()).hasValue("Low");
    }

    @Test
    void aConversionTableMissingARawTotalIsRefused() {
        assertRefused(TABLE.replace("table: {2: 1.5, 3: 2.5, 4: 4.0}", "table: {2: 1.5, 4: 4.0}"),
                "scoring.table: no score for raw total 3 (the items add up to 2..4)");
    }

    @Test
    void aConversionTableWithARawTotalThatCannotOccurIsRefused() {
        assertRefused(TABLE.replace("4: 4.0}", "4: 4.0, 5: 5.0}"), "scoring.table: raw total 5 cannot occur");
    }

    @Test
    void aConversionTableThatGoesDownIsRefused() {
        assertRefused(TABLE.replace("3: 2.5", "3: 1.2"), "scoring.table: the score goes down at raw total 3");
    }

    @Test
    void aTableMeasureWithoutATableIsRefused() {
        assertRefused(TABLE.replace("  table: {2: 1.5, 3: 2.5, 4: 4.0}\n", ""), "scoring.table: TABLE scoring needs a table");
    }

    @Test
    void overlappingBandsAreRefused() {
        assertRefused(VALID.replace("{from: 9, to: 12, label: Building}", "{from: 8, to: 12, label: Building}"),
                "bands: bands 'Starting' and 'Building' (8..12) overlap");
    }

    @Test
    void bandsLeavingAGapAreRefused() {
        assertRefused(VALID.replace("{from: 9, to: 12, label: Building}", "{from: 10, to: 12, label: Building}"),
                "bands: no band covers the possible score 9");
    }

    @Test
    void decimalBandsMustCoverEveryValueOfTheTable() {
        assertRefused(TABLE.replace("{from: 1.5, to: 2.5, label: Low}", "{from: 1.5, to: 2.4, label: Low}"),
                "bands: no band covers the possible score 2.5");
    }

    @Test
    void aBandOutsideTheScoreRangeIsRefused() {
        assertRefused(VALID.replace("{from: 13, to: 16, label: Thriving}", "{from: 13, to: 20, label: Thriving}"),
                "bands: band 'Thriving' (13..20) goes outside the score range 4..16");
    }

    @Test
    void aBandThatEndsBeforeItStartsIsRefused() {
        assertRefused(VALID.replace("{from: 3, to: 7, label: Low}", "{from: 7, to: 3, label: Low}"), "starts above where it ends");
    }

    @Test
    void anItemWhoseMinimumIsAboveItsMaximumIsRefused() {
        assertRefused(VALID.replace("{id: confident, text: I feel confident, min: 1, max: 4}",
                "{id: confident, text: I feel confident, min: 5, max: 4}"), "items[0] (confident): min 5 is more than max 4");
    }

    @Test
    void anItemWithOnlyOnePossibleAnswerIsRefused() {
        assertRefused(VALID.replace("min: 1, max: 4, reverse: true", "min: 4, max: 4, reverse: true"),
                "items[2] (stuck): min and max are both 4");
    }

    @Test
    void missingRequiredFieldsAreEachNamed() {
        InvalidMeasureDefinitionException refused = refuse(VALID.replace("licence: Example only; not a real instrument.\n", "")
                .replace("meaningful_change: 2\n", "").replace("{id: confident, text: I feel confident, min: 1, max: 4}",
                        "{id: confident, min: 1}"));

        assertThat(refused.problems()).contains("licence: is required", "meaningful_change: is required",
                "items[0].text: is required", "items[0].max: is required");
    }

    @Test
    void anUnknownFieldIsRefusedSoATypoIsNotIgnored() {
        assertRefused(VALID.replace("direction: HIGHER_IS_BETTER", "dirction: HIGHER_IS_BETTER"), "dirction: unknown field");
    }

    @Test
    void anUnknownDirectionOrScoringMethodIsRefused() {
        assertRefused(VALID.replace("HIGHER_IS_BETTER", "UP"), "direction: must be one of [HIGHER_IS_BETTER, LOWER_IS_BETTER], not UP");
        assertRefused(VALID.replace("method: SUM", "method: AVERAGE"), "scoring.method: must be one of [SUM, TABLE, NONE], not AVERAGE");
    }

    @Test
    void twoItemsWithOneIdAreRefused() {
        assertRefused(VALID.replace("{id: in_control,", "{id: confident,"), "another item already has the id 'confident'");
    }

    @Test
    void aSummedMeasureCannotGiveAnItemItsOwnDirection() {
        assertRefused(VALID.replace("min: 1, max: 4, reverse: true}", "min: 1, max: 4, direction: LOWER_IS_BETTER}"),
                "items[2] (stuck).direction: belongs only to measures scored item by item");
    }

    @Test
    void anItemByItemMeasureCannotBandATotalItDoesNotHave() {
        assertRefused(VALID.replace("method: SUM", "method: NONE"), "bands: a measure scored item by item (NONE) has no total to band");
    }

    @Test
    void aSubScoreOfAnItemTheMeasureDoesNotHaveIsRefused() {
        assertRefused(VALID.replace("items: [confident, in_control, stuck]", "items: [confident, in_control, hopeful]"),
                "sub_scores[0] (feelings).items: 'hopeful' is not an item of this measure");
    }

    @Test
    void aThresholdThatIsNotPositiveIsRefused() {
        assertRefused(VALID.replace("meaningful_change: 2", "meaningful_change: 0"), "meaningful_change: must be more than 0, not 0");
    }

    @Test
    void anIdThatCannotBeAConfigurationKeyIsRefused() {
        assertRefused(VALID.replace("id: example-activation", "id: Example_Activation"), "id: 'Example_Activation' must be lower-case");
    }

    @Test
    void theSameKeyTwiceInOneFileIsRefused() {
        assertRefused(VALID.replace("meaningful_change: 2\n", "meaningful_change: 2\nmeaningful_change: 3\n"), "duplicate key");
    }

    @Test
    void anEmptyFileOrOneThatIsNotAMappingOrNotYamlIsRefused() {
        assertRefused("", "the file is empty");
        assertRefused("- just\n- a list\n", "must be a mapping of fields");
        assertRefused("id: [unclosed\n", "not valid YAML");
    }

    @Test
    void theBuiltInMeasuresAreFoundOnTheClasspathInADirectoryAndInAJar(@TempDir Path temp) throws IOException {
        assertThat(MeasureFilesForTests.builtIn().keySet()).containsExactlyInAnyOrder("ons4", "ucla3", "swemwbs", "wemwbs");

        Path jar = temp.resolve("measures.jar");
        try (var out = new java.util.jar.JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new java.util.jar.JarEntry("measures/"));
            out.putNextEntry(new java.util.jar.JarEntry("measures/example.yaml"));
            out.write(VALID.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            out.putNextEntry(new java.util.jar.JarEntry("measures/nested/ignored.yaml"));
            out.putNextEntry(new java.util.jar.JarEntry("measures/readme.txt"));
        }
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
            List<ClasspathMeasureFiles.Resource> found = ClasspathMeasureFiles.list(loader, "measures");

            assertThat(found).extracting(ClasspathMeasureFiles.Resource::name).containsExactly("measures/example.yaml");
            assertThat(YamlMeasureFiles.read("jar", found.get(0)::open).definition().id()).isEqualTo("example-activation");
        }
    }

    @Test
    void aDeploymentDirectoryAddsItsMeasuresAndAMissingOneIsRefused(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("example.yaml"), VALID);
        Files.writeString(temp.resolve("notes.txt"), "not a measure");

        var loaded = new YamlMeasureFiles(new MeasureSettings(temp.toString())).load();

        assertThat(loaded).extracting(s -> s.definition().id()).contains("ons4", "example-activation").hasSize(5);
        var missing = catchThrowableOfType(MeasureConfigurationException.class,
                () -> new YamlMeasureFiles(new MeasureSettings(temp.resolve("nowhere").toString())).load());
        assertThat(missing).hasMessageContaining("signpost.measures.dir").hasMessageContaining("not a directory");
    }

    @Test
    void theExampleInTheDeploymentDocumentationLoadsAndScores() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "measures.md"));
        int start = doc.indexOf("```yaml\n", doc.indexOf("## Adding a licensed measure")) + "```yaml\n".length();
        String yaml = doc.substring(start, doc.indexOf("```", start));

        MeasureDefinition example = MeasureFilesForTests.fromYaml("docs/measures.md", yaml);

        var score = MeasureScoring.score(example, Map.of("confident", 3, "stuck", 1));
        assertThat(score.score("total").orElseThrow().value()).isEqualByComparingTo("7");
        assertThat(score.score("total").orElseThrow().band()).hasValue("Thriving");
        assertThat(score.score("feelings").orElseThrow().band()).hasValue("High");
    }

    private static void assertRefused(String yaml, String problem) {
        InvalidMeasureDefinitionException refused = refuse(yaml);
        assertThat(refused.problems()).as("problems").anySatisfy(p -> assertThat(p).contains(problem));
        assertThat(refused.getMessage()).startsWith("Measure definition broken.yaml is refused").contains(problem);
    }

    private static InvalidMeasureDefinitionException refuse(String yaml) {
        InvalidMeasureDefinitionException refused = catchThrowableOfType(InvalidMeasureDefinitionException.class,
                () -> MeasureFilesForTests.fromYaml("broken.yaml", yaml));
        assertThat(refused).as("refused").isNotNull();
        return refused;
    }
}
