package org.signpost.directory.infrastructure;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.signpost.directory.application.ImportedListing;
import org.signpost.seeds.model.DeliveryMode;
import org.signpost.seeds.model.ImportedSchedule;
import org.signpost.seeds.model.ImportedService;
import org.signpost.seeds.model.ReferralRoute;

/** The service row's content columns, in the order both the insert and the update list them first. */
final class ServiceColumns {

    private ServiceColumns() {
    }

    static Object[] values(ImportedListing listing, UUID organisationId, Instant now) {
        ImportedService s = listing.service();
        return new Object[] {organisationId, s.name(), s.description(), s.url(), s.email(), s.status().code(), s.fees(),
                s.minimumAge(), s.maximumAge(), s.eligibilityDescription(), s.alert(), s.assuredDate(), s.assurerEmail(),
                deliveryModes(s), (s.referralRoute() == null ? ReferralRoute.BOTH : s.referralRoute()).code(),
                s.capacity() == null ? null : s.capacity().available(), s.capacity() == null ? null : s.capacity().maximum(),
                s.capacity() == null ? null : now, listing.fingerprint(), now, sourceModified(s, now)};
    }

    /**
     * When the source says its record last changed (published as last_modified while no edit here
     * supersedes it); null when it does not say, or says a time still to come (not believed).
     * updated_at stays the time of the import that brought the change, so {@code modified_after}
     * (which reads updated_at) never misses a change a consumer has not yet seen.
     */
    static Instant sourceModified(ImportedService s, Instant now) {
        return s.lastModified() == null || s.lastModified().isAfter(now) ? null : s.lastModified();
    }

    /**
     * The feed's {@code x_delivery_modes}; a feed without them (every council feed) is read from what it
     * does say: a located service is in person, schedules attended online or by phone add those, and a
     * service with neither is taken to be online.
     */
    static String deliveryModes(ImportedService s) {
        return modes(s).stream().map(m -> "\"" + m.code() + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    /** The modes {@link #deliveryModes} writes. */
    static Set<DeliveryMode> modes(ImportedService s) {
        Set<DeliveryMode> modes = EnumSet.noneOf(DeliveryMode.class);
        modes.addAll(s.deliveryModes());
        if (modes.isEmpty()) {
            if (s.isLocated()) {
                modes.add(DeliveryMode.IN_PERSON);
            }
            for (ImportedSchedule schedule : s.allSchedules()) {
                DeliveryMode.fromCode(schedule.attendingType()).ifPresent(modes::add);
            }
            if (modes.isEmpty()) {
                modes.add(DeliveryMode.ONLINE);
            }
        }
        return modes;
    }
}
