package org.signpost.testing;

import java.util.concurrent.ThreadLocalRandom;

/**
 * A spot of the globe no other test uses, so a test's geographic searches see only its own
 * listings even though every test shares one index. Offsets from it are in metres.
 */
public record Places(double lat, double lon) {

    public static Places fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new Places(random.nextDouble(-55, 55), random.nextDouble(-170, 170));
    }

    /** A point {@code north} metres north and {@code east} metres east of here. */
    public double[] offset(double north, double east) {
        double dLat = north / 111_320.0;
        double dLon = east / (111_320.0 * Math.cos(Math.toRadians(lat)));
        return new double[] {lat + dLat, lon + dLon};
    }

    public double latAt(double north) {
        return offset(north, 0)[0];
    }

    public double lonAt(double east) {
        return offset(0, east)[1];
    }
}
