package org.signpost.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.signpost.people.model.MatchKey;
import org.signpost.people.model.NhsNumber;
import org.signpost.people.model.OdsCode;
import org.signpost.seeds.geo.UkPostcode;

/** The identifiers a resident record holds, checked the way the NHS and Royal Mail define them. */
class NhsNumberTest {

    @Test
    void anNhsNumberHasTenDigitsAndAModulusElevenCheckDigit() {
        assertThat(NhsNumber.parse("943 476 5919")).contains("9434765919");
        assertThat(NhsNumber.parse("943-476-5919")).contains("9434765919");
        assertThat(NhsNumber.parse("4010232137")).contains("4010232137");
        assertThat(NhsNumber.parse("9434765918")).as("wrong check digit").isEmpty();
        assertThat(NhsNumber.parse("943476591")).as("nine digits").isEmpty();
        assertThat(NhsNumber.parse("94347659190")).as("eleven digits").isEmpty();
        assertThat(NhsNumber.parse("94347659I9")).as("a letter").isEmpty();
        // 1,0,0,0,0,0,0,0,1 weighs 10 + 2 = 12: 11 - (12 mod 11) = 10, a check digit never issued
        assertThat(NhsNumber.parse("1000000010")).isEmpty();
        assertThat(NhsNumber.parse("5000000005")).contains("5000000005");
    }

    @Test
    void tenOfTheSameDigitIsAPlaceholderNotAnNhsNumberThoughItPassesTheCheckDigit() {
        for (char d = '0'; d <= '9'; d++) {
            String same = String.valueOf(d).repeat(10);
            assertThat(NhsNumber.parse(same)).as(same).isEmpty();
        }
        assertThat(NhsNumber.parse("000 000 0000")).isEmpty();
    }

    @Test
    void namesMatchIgnoringCaseAndSpacesAndPostcodesAndPracticeCodesAreNormalised() {
        assertThat(MatchKey.of(" Mary  Ann", "O'NEILL ", LocalDate.of(1950, 3, 14)))
                .isEqualTo(MatchKey.of("maryann", "o'neill", LocalDate.of(1950, 3, 14)));
        assertThat(MatchKey.of("Mary", "Smith", LocalDate.of(1950, 3, 14))).isNotEqualTo(MatchKey.of("Mary", "Smith",
                LocalDate.of(1950, 3, 15)));
        assertThat(UkPostcode.normalise("s601aa")).contains("S60 1AA");
        assertThat(UkPostcode.normalise("SW1A 1AA")).contains("SW1A 1AA");
        assertThat(UkPostcode.normalise("S60")).isEmpty();
        assertThat(OdsCode.practice(" c87001 ")).contains("C87001");
        assertThat(OdsCode.practice("RHQ")).isEmpty();
    }
}
