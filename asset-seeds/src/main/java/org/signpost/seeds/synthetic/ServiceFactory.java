package org.signpost.seeds.synthetic;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.signpost.seeds.geo.OutcodeCentroid;
import org.signpost.seeds.model.Capacity;
import org.signpost.seeds.model.DeliveryMode;
import org.signpost.seeds.model.ImportedContact;
import org.signpost.seeds.model.ImportedLanguage;
import org.signpost.seeds.model.ImportedPhone;
import org.signpost.seeds.model.ImportedSchedule;
import org.signpost.seeds.model.ImportedService;
import org.signpost.seeds.model.ImportedServiceArea;
import org.signpost.seeds.model.ReferralRoute;
import org.signpost.seeds.model.ServiceLocation;
import org.signpost.seeds.model.ServiceStatus;
import org.signpost.seeds.model.TaxonomyTermRef;

/** Builds one illustrative service for an organisation, with realistic field distributions. */
final class ServiceFactory {

    /** Share of services with no location (online, phone or area-wide), in percent. */
    static final int NON_LOCATED_PERCENT = 8;

    private final List<OutcodeCentroid> england;
    private final List<String> termCodes;
    private final LocalDate reference;

    private final Map<String, Integer> positions = new HashMap<>();

    ServiceFactory(List<OutcodeCentroid> england, List<String> termCodes, LocalDate reference) {
        this.england = england;
        this.termCodes = termCodes;
        this.reference = reference;
        for (int i = 0; i < england.size(); i++) {
            positions.put(england.get(i).outcode(), i);
        }
    }

    OutcodeCentroid randomOutcode(SplittableRandom r) {
        return england.get(r.nextInt(england.size()));
    }

    /** Where an organisation runs a service: its home district 75%, a neighbouring one 20%, anywhere 5%. */
    private OutcodeCentroid siteFor(SplittableRandom r, OutcodeCentroid home) {
        int n = r.nextInt(100);
        if (n < 75) {
            return home;
        }
        if (n < 95) {
            // the table lists districts of an area together (S60, S61, ...): a few rows away is nearby
            int i = positions.get(home.outcode()) + r.nextInt(7) - 3;
            return england.get(Math.max(0, Math.min(england.size() - 1, i)));
        }
        return randomOutcode(r);
    }

    ImportedService next(SplittableRandom r, OrganisationPlan org) {
        List<TaxonomyTermRef> needs = needs(r);
        String activity = Vocabulary.activityFor(needs.get(0).code(), r);
        boolean located = r.nextInt(100) >= NON_LOCATED_PERCENT;
        OutcodeCentroid where = located ? siteFor(r, org.home) : org.home;
        EnglishPostcodeAreas.Area area = EnglishPostcodeAreas.of(where.outcode());
        String place = Vocabulary.pick(r, Vocabulary.PLACES);
        String name = !located ? (r.nextBoolean() ? "Online " + activity : activity + " by Phone")
                : r.nextInt(100) < 70 ? place + " " + activity : activity + " at " + org.organisation.name();
        String serviceSlug = Vocabulary.slug(activity);
        Audience audience = Audience.pick(r);
        Status status = Status.pick(r);
        Costs costs = Costs.pick(r);
        LocalDate assured = reference.minusDays(r.nextInt(540));

        List<ServiceLocation> locations = new ArrayList<>(2);
        List<ImportedSchedule> remoteSchedules = new ArrayList<>(1);
        List<ImportedServiceArea> areas = new ArrayList<>(1);
        Set<DeliveryMode> modes = EnumSet.noneOf(DeliveryMode.class);
        if (located) {
            modes.add(DeliveryMode.IN_PERSON);
            int sites = r.nextInt(100) < 5 ? 2 : 1;
            for (int i = 0; i < sites; i++) {
                OutcodeCentroid site = i == 0 ? where : siteFor(r, org.home);
                locations.add(LocationFactory.serviceLocation(r, site, reference));
            }
            if (r.nextInt(100) < 10) {
                modes.add(DeliveryMode.PHONE);
            }
            if (r.nextInt(100) < 5) {
                modes.add(DeliveryMode.ONLINE);
            }
        } else {
            modes.add(name.startsWith("Online") ? DeliveryMode.ONLINE : DeliveryMode.PHONE);
            ImportedSchedule schedule = ScheduleFactory.schedule(r, Ids.next(r), reference,
                    modes.contains(DeliveryMode.ONLINE) ? "online" : "phone");
            if (schedule != null) {
                remoteSchedules.add(schedule);
            }
            areas.add(new ImportedServiceArea(Ids.next(r), area.postTown() + " area",
                    "Open to anyone living in or near " + area.postTown() + "."));
        }
        String orgSite = org.organisation.website();
        return new ImportedService(
                Ids.next(r),
                name,
                activity + " run by " + org.organisation.name() + ". " + audience.sentence() + " "
                        + Vocabulary.pick(r, Vocabulary.WELCOMES),
                r.nextInt(100) < 80 ? (orgSite != null ? orgSite + "/" + serviceSlug : "https://" + org.slug + ".example.org/" + serviceSlug) : null,
                r.nextInt(100) < 60 ? serviceSlug + "@" + org.slug + ".example.org" : null,
                status.status(),
                costs.fees(),
                List.of(costs.option(Ids.next(r))),
                audience.minimumAge(),
                audience.maximumAge(),
                audience.sentence(),
                assured,
                "directory-team@signpost.example.org",
                status.alert(),
                assured.atTime(9, r.nextInt(60)).toInstant(ZoneOffset.UTC),
                org.organisation,
                locations,
                remoteSchedules,
                areas,
                List.of(contact(r)),
                languages(r),
                needs,
                modes,
                referralRoute(r),
                r.nextInt(100) < 40 ? capacity(r) : null);
    }

    /** 1 to 3 distinct needs: one for half the services, two for a third, three for the rest. */
    private List<TaxonomyTermRef> needs(SplittableRandom r) {
        int n = Math.min(termCodes.size(), r.nextInt(100) < 50 ? 1 : r.nextInt(100) < 70 ? 2 : 3);
        List<TaxonomyTermRef> needs = new ArrayList<>(n);
        while (needs.size() < n) {
            TaxonomyTermRef term = TaxonomyTermRef.ofCode(termCodes.get(r.nextInt(termCodes.size())));
            if (!needs.contains(term)) {
                needs.add(term);
            }
        }
        return needs;
    }

    private static ImportedContact contact(SplittableRandom r) {
        List<ImportedPhone> phones = new ArrayList<>(2);
        // Ofcom's ranges reserved for drama: 01632 960000-960999 and 07700 900000-900999
        boolean landline = r.nextInt(100) < 70;
        phones.add(new ImportedPhone(Ids.next(r), landline ? "01632 960" + digits(r) : "07700 900" + digits(r),
                landline ? "voice" : "cell", null));
        if (r.nextInt(100) < 20) {
            phones.add(new ImportedPhone(Ids.next(r), "07700 900" + digits(r), "cell", "Mobile, calls and texts"));
        }
        return new ImportedContact(Ids.next(r), Vocabulary.pick(r, Vocabulary.FIRST_NAMES) + " "
                + Vocabulary.pick(r, Vocabulary.LAST_NAMES), Vocabulary.pick(r, Vocabulary.TITLES), null, phones);
    }

    private static String digits(SplittableRandom r) {
        int n = r.nextInt(1000);
        return (n < 100 ? "0" : "") + (n < 10 ? "0" : "") + n;
    }

    private static List<ImportedLanguage> languages(SplittableRandom r) {
        ImportedLanguage english = new ImportedLanguage(Ids.next(r), "English", "en");
        if (r.nextInt(100) >= 12) {
            return List.of(english);
        }
        String[] other = Vocabulary.OTHER_LANGUAGES[r.nextInt(Vocabulary.OTHER_LANGUAGES.length)];
        return List.of(english, new ImportedLanguage(Ids.next(r), other[0], other[1]));
    }

    /** Self-referral 70%, both 22%, link worker only 8%. */
    private static ReferralRoute referralRoute(SplittableRandom r) {
        int n = r.nextInt(100);
        return n < 70 ? ReferralRoute.SELF_REFERRAL : n < 92 ? ReferralRoute.BOTH : ReferralRoute.LINK_WORKER_REFERRAL;
    }

    private static Capacity capacity(SplittableRandom r) {
        int maximum = 6 + r.nextInt(35);
        return new Capacity(r.nextInt(maximum + 1), maximum);
    }
}
