package org.signpost.seeds.synthetic;

import java.util.SplittableRandom;
import java.util.UUID;

/** Random (version 4) UUIDs drawn from a seeded generator, so the same seed gives the same ids. */
final class Ids {

    private Ids() {
    }

    static UUID next(SplittableRandom random) {
        long most = random.nextLong() & 0xFFFFFFFFFFFF0FFFL | 0x0000000000004000L;
        long least = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
