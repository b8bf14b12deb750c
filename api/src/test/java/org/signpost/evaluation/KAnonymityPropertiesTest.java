package org.signpost.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.signpost.evaluation.model.KAnonymity;

/**
 * Random cohorts through the person-level export's k-anonymity plan, people met in the same order
 * twice (the counting pass, then the release): every released profile is shared by at least k
 * people, the withheld people are none or at least k, nobody is dropped, and the header's counts
 * of withheld people and rows are exact.
 */
class KAnonymityPropertiesTest {

    /** One person: their profile (a few common ones and some rare) and how many rows they have. */
    record Person(String profile, int rows) {
    }

    @Property(tries = 500)
    void releasedProfilesAreSharedByKAndWithheldOnesAreCountedNotDropped(@ForAll("cohorts") List<Person> cohort,
            @ForAll @IntRange(min = 2, max = 10) int k) {
        KAnonymity counter = new KAnonymity(k);
        cohort.forEach(p -> counter.add(p.profile(), p.rows()));
        KAnonymity.Plan plan = counter.plan();
        KAnonymity.Decider decider = plan.decider();
        Map<String, Integer> released = new HashMap<>();
        long withheldPeople = 0;
        long withheldRows = 0;
        for (Person person : cohort) {
            if (decider.withholds(person.profile())) {
                withheldPeople++;
                withheldRows += person.rows();
            } else {
                released.merge(person.profile(), 1, Integer::sum);
            }
        }
        assertThat(released.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(k));
        if (cohort.size() >= k) {
            assertThat(withheldPeople).as("the withheld group is itself at least k, or empty").satisfiesAnyOf(
                    n -> assertThat(n).isZero(), n -> assertThat(n).isGreaterThanOrEqualTo(k));
        }
        assertThat(released.values().stream().mapToLong(Integer::longValue).sum() + withheldPeople).isEqualTo(cohort.size());
        assertThat(plan.people()).isEqualTo(cohort.size());
        assertThat(plan.withheldPeople()).isEqualTo(withheldPeople);
        assertThat(plan.withheldRows()).isEqualTo(withheldRows);
    }

    @Provide
    Arbitrary<List<Person>> cohorts() {
        Arbitrary<String> profile = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.of("common-a", "common-b", "common-c")),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().withCharRange('a', 'f').ofLength(3)));
        Arbitrary<Integer> rows = Arbitraries.integers().between(1, 8);
        return net.jqwik.api.Combinators.combine(profile, rows).as(Person::new).list().ofMaxSize(120);
    }
}
