package org.signpost.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.signpost.evaluation.model.AgeBand;
import org.signpost.evaluation.model.PseudonymousKey;
import org.signpost.seeds.geo.UkPostcode;

/** What an evaluator sees instead of identity, date of birth and address. */
class PseudonymsAgeBandsAndOutcodesTest {

    static final String SECRET = "an evaluation secret of at least thirty-two bytes";

    @Test
    void aPersonsKeyIsTheHmacOfTheirIdUnderTheDeploymentSecret() {
        // computed independently: HMAC-SHA256(secret, "signpost:person:" + id), e.g. with Python's hmac module
        assertThat(PseudonymousKey.fromSecret(SECRET).of("3f1c2b9e-1111-4a4a-8888-0123456789ab"))
                .isEqualTo("64387d5c866ebfd8e1a306ac940a70eb380a7488b33bcdaa8642f6c158a18034");
    }

    @Test
    void keysAreStableAcrossExportsAndDistinctAcrossPeople() {
        PseudonymousKey first = PseudonymousKey.fromSecret(SECRET);
        PseudonymousKey later = PseudonymousKey.fromSecret(SECRET); // another export, another process
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String person = UUID.randomUUID().toString();
            assertThat(later.of(person)).isEqualTo(first.of(person));
            keys.add(first.of(person));
        }
        assertThat(keys).hasSize(1_000).allSatisfy(key -> assertThat(key).matches("[0-9a-f]{64}"));
    }

    @Test
    void anotherSecretGivesUnrelatedKeysAndTheKeyDoesNotContainTheId() {
        String person = UUID.randomUUID().toString();
        String key = PseudonymousKey.fromSecret(SECRET).of(person);

        assertThat(PseudonymousKey.fromSecret(SECRET + "!").of(person)).isNotEqualTo(key);
        assertThat(key).doesNotContain(person.replace("-", "").substring(0, 8));
        assertThat(PseudonymousKey.fromSecret(SECRET).toString()).doesNotContain(SECRET);
    }

    @Test
    void aSecretShorterThanThirtyTwoBytesIsRefused() {
        assertThatThrownBy(() -> PseudonymousKey.fromSecret("x".repeat(31))).hasMessageContaining("at least 32 bytes");
        assertThat(PseudonymousKey.fromSecret("x".repeat(32))).isNotNull();
        assertThatThrownBy(() -> new PseudonymousKey("é".repeat(15).getBytes(StandardCharsets.UTF_8))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ageBandsTurnOverOnTheBirthday() {
        LocalDate born = LocalDate.of(2000, 6, 15);
        assertThat(AgeBand.of(born, LocalDate.of(2018, 6, 14))).isEqualTo(AgeBand.UNDER_18);
        assertThat(AgeBand.of(born, LocalDate.of(2018, 6, 15))).isEqualTo(AgeBand.AGE_18_24);
        assertThat(AgeBand.of(born, LocalDate.of(2025, 6, 14)).label()).isEqualTo("18-24");
        assertThat(AgeBand.of(born, LocalDate.of(2025, 6, 15)).label()).isEqualTo("25-34");
        assertThat(AgeBand.of(LocalDate.of(1930, 1, 1), LocalDate.of(2026, 1, 1)).label()).isEqualTo("85+");
        // born on 29 February: a year older on 1 March in a common year
        assertThat(AgeBand.of(LocalDate.of(2004, 2, 29), LocalDate.of(2022, 2, 28))).isEqualTo(AgeBand.UNDER_18);
        assertThat(AgeBand.of(LocalDate.of(2004, 2, 29), LocalDate.of(2022, 3, 1))).isEqualTo(AgeBand.AGE_18_24);
    }

    @Test
    void everyAgeHasExactlyOneBandAndTheBandsAreTheUsualOnes() {
        assertThat(AgeBand.values()).extracting(AgeBand::label)
                .containsExactly("0-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75-84", "85+");
        for (int age = 0; age <= 120; age++) {
            String label = AgeBand.ofAge(age).label();
            int from = Integer.parseInt(label.replace("+", "").split("-")[0]);
            assertThat(age).isGreaterThanOrEqualTo(from);
            if (label.contains("-")) {
                assertThat(age).isLessThanOrEqualTo(Integer.parseInt(label.split("-")[1]));
            }
        }
        assertThatThrownBy(() -> AgeBand.of(LocalDate.of(2030, 1, 1), LocalDate.of(2026, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOutcodeIsTheOutwardPartOfAPostcodeWhateverItsSpacingOrCase() {
        assertThat(UkPostcode.outcode("S60 1AB")).hasValue("S60");
        assertThat(UkPostcode.outcode("s601ab")).hasValue("S60");
        assertThat(UkPostcode.outcode(" S6  1AB ")).hasValue("S6");
        assertThat(UkPostcode.outcode("SW1A 1AA")).hasValue("SW1A");
        assertThat(UkPostcode.outcode("EC1A 1BB")).hasValue("EC1A");
        assertThat(UkPostcode.outcode("M1 1AE")).hasValue("M1");
        assertThat(UkPostcode.outcode("DN55 1PT")).hasValue("DN55");
        assertThat(UkPostcode.outcode("CR2 6XH")).hasValue("CR2");
        assertThat(UkPostcode.outcode("GIR 0AA")).hasValue("GIR");
        assertThat(UkPostcode.outcode("S60")).hasValue("S60");
    }

    @Test
    void somethingThatIsNotAPostcodeGivesNoOutcode() {
        assertThat(UkPostcode.outcode(null)).isEmpty();
        assertThat(UkPostcode.outcode("")).isEmpty();
        assertThat(UkPostcode.outcode("12 Acacia Avenue")).isEmpty();
        assertThat(UkPostcode.outcode("S60 1A")).isEmpty();
        assertThat(UkPostcode.outcode("60 1AB")).isEmpty();
        assertThat(UkPostcode.outcode("S601")).isEmpty();
    }
}
