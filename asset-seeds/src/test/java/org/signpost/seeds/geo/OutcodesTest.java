package org.signpost.seeds.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OutcodesTest {

    private static final Outcodes OUTCODES = Outcodes.loadDefault();
    private static final OutcodeCentroid S65 = new OutcodeCentroid("S65", 53.44415, -1.303736);

    @Test
    void holdsEveryDistrictOfTheBundledTable() {
        assertEquals(2973, OUTCODES.size());
        assertEquals(new OutcodeCentroid("AB10", 57.131086, -2.122482), OUTCODES.all().get(0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"S65 1AB", "s65 1ab", "S651AB", " s65  1ab ", "S65", "s65", "S 6 5", "S65\u00A01AB"})
    void findsTheDistrictOfAPostcodeOrOutcodeWhateverItsCaseAndSpacing(String text) {
        assertEquals(Optional.of(S65), OUTCODES.centroidOf(text));
    }

    @Test
    void tellsApartOutcodesThatEndInALetterOrADigit() {
        assertEquals("SW1A", OUTCODES.centroidOf("SW1A 1AA").orElseThrow().outcode());
        assertEquals("W1A", OUTCODES.centroidOf("W1A 1AA").orElseThrow().outcode());
        assertEquals("B1", OUTCODES.centroidOf("B1 1AA").orElseThrow().outcode());
        assertEquals("L1", OUTCODES.centroidOf("l18ja").orElseThrow().outcode());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"hello", "S65 1A", "S65 1ABC", "12345", "S65-1AB", "SS655 1AB", "1AB", "S", "   ",
        "S65 1AB; DROP TABLE", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    void aMalformedPostcodeFindsNothing(String text) {
        assertEquals(Optional.empty(), OUTCODES.centroidOf(text));
        assertEquals(Optional.empty(), Outcodes.outcodeOf(text));
    }

    @Test
    void aWellFormedPostcodeOfAnUnknownDistrictFindsNothing() {
        assertEquals(Optional.of("ZZ9"), Outcodes.outcodeOf("ZZ9 9ZZ"));
        assertEquals(Optional.empty(), OUTCODES.centroidOf("ZZ9 9ZZ"));
    }

    @Test
    void aTableThatCannotBeReadSaysWhichLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Outcodes.load(
                new StringReader("id,outcode,latitude,longitude,\n1,AB10,57.1,-2.1,\n2,AB11,north,-2.0,\n")));
        assertTrue(e.getMessage().startsWith("line 3: cannot read '2,AB11,north,-2.0,'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Outcodes.load(new StringReader("outcode,lat,lon\n")));
    }
}
