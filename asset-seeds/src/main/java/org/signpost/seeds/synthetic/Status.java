package org.signpost.seeds.synthetic;

import java.util.SplittableRandom;
import org.signpost.seeds.model.ServiceStatus;

/** Status with its alert: active 94%, temporarily closed 3%, inactive 2%, defunct 1%. */
record Status(ServiceStatus status, String alert) {

    private static final String[] CLOSURES = {"Temporarily closed while our venue is refurbished.",
        "Closed for the summer holidays; back in September.", "Paused while we recruit new volunteers."};

    static Status pick(SplittableRandom r) {
        int n = r.nextInt(100);
        if (n < 94) {
            return new Status(ServiceStatus.ACTIVE, null);
        } else if (n < 97) {
            return new Status(ServiceStatus.TEMPORARILY_CLOSED, CLOSURES[r.nextInt(CLOSURES.length)]);
        }
        return new Status(n < 99 ? ServiceStatus.INACTIVE : ServiceStatus.DEFUNCT, null);
    }
}
