package org.signpost.seeds.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.signpost.seeds.geo.OutcodeCentroid;
import org.signpost.seeds.model.ImportedAccessibility;
import org.signpost.seeds.model.ImportedAddress;
import org.signpost.seeds.model.ImportedLocation;
import org.signpost.seeds.model.ImportedSchedule;
import org.signpost.seeds.model.LocationType;
import org.signpost.seeds.model.ServiceLocation;

/** A venue near an outcode centroid: jittered coordinates, an address with a postcode in that district. */
final class LocationFactory {

    /** Scale of the distance from the centroid, in degrees of latitude (about 0.9 km). */
    private static final double JITTER = 0.008;
    /** Largest distance from the centroid, in degrees of latitude (about 3.3 km). */
    private static final double MAX_JITTER = 0.03;
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

    private LocationFactory() {
    }

    static ServiceLocation serviceLocation(SplittableRandom r, OutcodeCentroid site, LocalDate reference) {
        EnglishPostcodeAreas.Area area = EnglishPostcodeAreas.of(site.outcode());
        String place = Vocabulary.pick(r, Vocabulary.PLACES);
        double distance = Math.min(MAX_JITTER, Math.abs(gaussian(r)) * JITTER);
        double bearing = 2 * Math.PI * r.nextDouble();
        double latitude = round6(site.latitude() + distance * Math.cos(bearing));
        double longitude = round6(site.longitude()
                + distance * Math.sin(bearing) / Math.cos(Math.toRadians(site.latitude())));
        ImportedAddress address = new ImportedAddress(Ids.next(r), (1 + r.nextInt(180)) + " "
                + Vocabulary.pick(r, Vocabulary.STREETS) + ", " + place, area.postTown(), area.region(), area.region(),
                site.outcode() + " " + r.nextInt(10) + INWARD_LETTERS.charAt(r.nextInt(20))
                        + INWARD_LETTERS.charAt(r.nextInt(20)), "GB", LocationType.PHYSICAL);
        ImportedLocation location = new ImportedLocation(Ids.next(r), LocationType.PHYSICAL,
                place + " " + Vocabulary.pick(r, Vocabulary.VENUES), null, latitude, longitude, List.of(address),
                accessibility(r));
        ImportedSchedule schedule = ScheduleFactory.schedule(r, Ids.next(r), reference, "in_person");
        return new ServiceLocation(Ids.next(r), location, schedule == null ? List.of() : List.of(schedule));
    }

    /** A standard normal draw (Box-Muller), from the seeded generator only. */
    private static double gaussian(SplittableRandom r) {
        double u = 1.0 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static List<ImportedAccessibility> accessibility(SplittableRandom r) {
        int count = r.nextInt(4);
        List<ImportedAccessibility> features = new ArrayList<>(count);
        int start = r.nextInt(Vocabulary.ACCESSIBILITY.length);
        for (int i = 0; i < count; i++) {
            String[] feature = Vocabulary.ACCESSIBILITY[(start + i) % Vocabulary.ACCESSIBILITY.length];
            features.add(new ImportedAccessibility(Ids.next(r), feature[0], feature[1], null));
        }
        return features;
    }

    private static double round6(double degrees) {
        return Math.round(degrees * 1_000_000d) / 1_000_000d;
    }
}
