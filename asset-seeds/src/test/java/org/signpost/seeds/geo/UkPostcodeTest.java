package org.signpost.seeds.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one postcode reading: the shapes each feature relied on, in one place. */
class UkPostcodeTest {

    @Test
    void aFullPostcodeIsStoredUpperCaseWithOneSpace() {
        assertEquals(Optional.of("S60 1AB"), UkPostcode.normalise("s60 1ab"));
        assertEquals(Optional.of("S60 1AB"), UkPostcode.normalise(" S601AB "));
        assertEquals(Optional.of("DN15 6XX"), UkPostcode.normalise("DN15\u00A06XX"));
        assertEquals(Optional.of("EC1A 1BB"), UkPostcode.normalise("EC1A 1BB"));
        assertEquals(Optional.empty(), UkPostcode.normalise("S60"), "an outcode is not a postcode");
        assertEquals(Optional.empty(), UkPostcode.normalise("S60 1A"));
        assertEquals(Optional.empty(), UkPostcode.normalise(null));
    }

    @Test
    void theOutcodeOfAPostcodeOrOfAnOutcode() {
        assertEquals(Optional.of("S65"), UkPostcode.outcode("s65 1ab"));
        assertEquals(Optional.of("S65"), UkPostcode.outcode("S651AB"));
        assertEquals(Optional.of("S65"), UkPostcode.outcode("s65"));
        assertEquals(Optional.of("GIR"), UkPostcode.outcode("GIR 0AA"));
        assertEquals(Optional.empty(), UkPostcode.outcode("Rotherham"));
        assertEquals(Optional.empty(), UkPostcode.outcode("S65 1AB S65 1AB S65"), "longer than any postcode");
    }
}
