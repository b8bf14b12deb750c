package org.signpost.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.signpost.evaluation.model.OutcomeFact;
import org.signpost.evaluation.model.PseudonymisedOutcome;
import org.signpost.evaluation.model.Pseudonymiser;
import org.signpost.evaluation.model.PseudonymousKey;

/** An export's pseudonymiser remembers per person and per day, but releases exactly what each fact alone gives. */
class PseudonymiserTest {

    private static final PseudonymousKey KEYS = PseudonymousKey.fromSecret(PseudonymsAgeBandsAndOutcodesTest.SECRET);

    @Property(tries = 300)
    void everyRowIsWhatItsFactAloneReleases(@ForAll("runs") List<OutcomeFact> facts) {
        Pseudonymiser export = new Pseudonymiser(KEYS);
        for (OutcomeFact fact : facts) {
            assertThat(export.apply(fact)).isEqualTo(PseudonymisedOutcome.of(fact, KEYS));
        }
    }

    /** Facts from a few people, postcodes and days, so runs of equal values and returns to earlier ones both happen. */
    @Provide
    Arbitrary<List<OutcomeFact>> runs() {
        Arbitrary<String> person = Arbitraries.of("r-1", "r-2", "r-3");
        Arbitrary<LocalDate> born = Arbitraries.of(LocalDate.of(1950, 3, 1), LocalDate.of(2007, 6, 15), LocalDate.of(2030, 1, 1))
                .injectNull(0.2);
        Arbitrary<String> postcode = Arbitraries.of("S60 1AB", "s61 2cd", "not a postcode", "GIR 0AA").injectNull(0.2);
        Arbitrary<LocalDate> day = Arbitraries.of(LocalDate.of(2025, 6, 14), LocalDate.of(2025, 6, 15), LocalDate.of(2025, 7, 1));
        Arbitrary<LocalDate> start = Arbitraries.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1)).injectNull(0.2);
        Arbitrary<OutcomeFact> fact = Combinators.combine(person, born, postcode, day, start).as((id, dob, code, on, from) -> new OutcomeFact(id,
                "e-" + id, dob, "female", code, "C87001", "scheme", "gp_practice", null, from, "sp-loneliness", "rec", "ons4", "baseline", null,
                on, Instant.EPOCH, "happy", new BigDecimal("7.00"), "High", 7));
        return fact.list().ofMaxSize(30);
    }
}
