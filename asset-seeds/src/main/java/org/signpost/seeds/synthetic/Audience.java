package org.signpost.seeds.synthetic;

import java.util.SplittableRandom;

/** Who a service is for: ages and the eligibility sentence that goes with them. */
record Audience(Integer minimumAge, Integer maximumAge, String sentence) {

    private static final Audience[] OLDER = {
        new Audience(50, null, "For people aged 50 and over."), new Audience(55, null, "For people aged 55 and over."),
        new Audience(60, null, "For people aged 60 and over."), new Audience(65, null, "For people aged 65 and over.")};

    static Audience pick(SplittableRandom r) {
        int n = r.nextInt(100);
        if (n < 30) {
            return new Audience(18, null, "For adults aged 18 and over.");
        } else if (n < 42) {
            return new Audience(null, null, "Everyone is welcome.");
        } else if (n < 52) {
            return new Audience(16, null, "For people aged 16 and over.");
        } else if (n < 64) {
            return OLDER[r.nextInt(OLDER.length)];
        } else if (n < 72) {
            return new Audience(11, 18, "For young people aged 11 to 18.");
        } else if (n < 78) {
            return new Audience(16, 25, "For young people aged 16 to 25.");
        } else if (n < 84) {
            return new Audience(0, 4, "For children under 5 with their parents or carers.");
        }
        return new Audience(18, null, "For adults; carers are welcome too.");
    }
}
