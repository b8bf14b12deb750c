package org.signpost.directory.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.signpost.platform.errors.Violations;
import org.signpost.seeds.model.DeliveryMode;
import org.signpost.seeds.model.GeoBounds;
import org.signpost.seeds.model.ReferralRoute;
import org.signpost.seeds.model.ServiceStatus;

/**
 * Checks a whole {@link ServiceDraft} against every listing rule and either returns it as
 * {@link ListingContent} or throws one {@code InvalidInputException} naming every fault
 * ({@code locations[0].latitude}, {@code schedules[1].byday}, ...). Each rule lives in its own
 * class; this one walks the draft and keeps the ids of parts the listing already has.
 */
public final class ListingValidator {

    private final GeoBounds bounds;

    public ListingValidator(GeoBounds bounds) {
        this.bounds = bounds;
    }

    /**
     * @param termIds resolves a taxonomy term code to its id
     * @param current the listing being edited, or null for a new one
     */
    public ListingContent validate(ServiceDraft d, Function<String, Optional<UUID>> termIds, ServiceListing current) {
        Violations v = new Violations();
        Owned owned = Owned.of(current);
        if (d.organisationId() == null) {
            v.add("organisation_id", "is required");
        }
        String name = Text.required(d.name(), "name", v);
        String url = Text.clean(d.url());
        WebAddress.check(url, "url", v);
        String email = Text.clean(d.email());
        EmailAddress.check(email, "email", v);
        Optional<ServiceStatus> status = ServiceStatus.fromCode(d.status());
        if (status.isEmpty()) {
            v.add("status", "must be one of " + ServiceStatus.allowedCodes());
        }
        AgeRange.check(d.minimumAge(), d.maximumAge(), v);
        Set<DeliveryMode> modes = deliveryModes(d.deliveryModes(), v);
        ReferralRoute route = ReferralRoute.BOTH;
        if (d.referralRoute() != null) {
            route = ReferralRoute.fromCode(d.referralRoute()).orElse(null);
            if (route == null) {
                v.add("referral_route", "must be one of " + ReferralRoute.allowedCodes());
            }
        }
        ListingContent.Capacity capacity = CapacityRule.check(d.capacity(), current == null ? null : current.capacity(), v);
        List<UUID> locationIds = locationIds(d.locations(), owned, v);
        List<ListingContent.Location> locations = new ArrayList<>();
        for (int i = 0; i < d.locations().size(); i++) {
            ServiceDraft.LocationDraft location = d.locations().get(i);
            if (location != null) {
                locations.add(LocationRule.check(location, locationIds.get(i), bounds, "locations[" + i + "]", v));
            }
        }
        List<ListingContent.Schedule> schedules = parts(d.schedules(), "schedules", v,
                (s, at) -> ScheduleRule.check(s, locationIds, owned.keep(owned.schedules, s.id()), at, v));
        List<ListingContent.Cost> costs = parts(d.costOptions(), "cost_options", v,
                (c, at) -> CostRule.check(c, owned.keep(owned.costs, c.id()), at, v));
        List<ListingContent.Contact> contacts = parts(d.contacts(), "contacts", v,
                (c, at) -> ContactRule.check(c, owned.keep(owned.contacts, c.id()), at, v));
        List<ListingContent.Language> languages = parts(d.languages(), "languages", v, (l, at) -> language(l, owned, at, v));
        List<ListingContent.Term> terms = terms(d.termCodes(), termIds, v);
        v.throwIfAny();
        return new ListingContent(d.organisationId(), name, Text.clean(d.description()), url, email, status.get(),
                Text.clean(d.alert()), Text.clean(d.feesDescription()), d.minimumAge(), d.maximumAge(),
                Text.clean(d.eligibilityDescription()), modes, route, capacity, locations, schedules, costs, contacts, languages,
                terms, current == null ? List.of() : ListingContents.areasOf(current));
    }

    private static Set<DeliveryMode> deliveryModes(List<String> given, Violations v) {
        Set<DeliveryMode> modes = EnumSet.noneOf(DeliveryMode.class);
        for (int i = 0; i < given.size(); i++) {
            Optional<DeliveryMode> mode = DeliveryMode.fromCode(given.get(i));
            mode.ifPresentOrElse(modes::add, new Field("delivery_modes[" + i + "]", "must be one of " + DeliveryMode.allowedCodes(), v));
        }
        if (given.isEmpty()) {
            v.add("delivery_modes", "must name at least one of in_person, online, phone");
        }
        return modes;
    }

    /** The id each location will have: its own when it is one of this listing's, else an equal one's, else new. */
    private static List<UUID> locationIds(List<ServiceDraft.LocationDraft> drafts, Owned owned, Violations v) {
        List<UUID> ids = new ArrayList<>();
        Set<UUID> claimed = new HashSet<>();
        for (int i = 0; i < drafts.size(); i++) {
            ServiceDraft.LocationDraft d = drafts.get(i);
            UUID id = d == null ? null : d.id();
            if (d == null) {
                v.add("locations[" + i + "]", "must not be null");
            } else if (id != null && claimed.contains(id)) {
                v.add("locations[" + i + "].id", "names the same location as an earlier entry");
            }
            ids.add(id != null && owned.locations.contains(id) && claimed.add(id) ? id : null);
        }
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i) == null) {
                ids.set(i, owned.sameAs(drafts.get(i), claimed).orElseGet(UUID::randomUUID));
            }
        }
        return ids;
    }

    private static ListingContent.Language language(ServiceDraft.LanguageDraft l, Owned owned, String at, Violations v) {
        String name = Text.required(l.name(), at + ".name", v);
        String code = Text.clean(l.code());
        if (code != null && !code.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            v.add(at + ".code", "must be an ISO 639 language code such as en, ur or pl");
        }
        return name == null ? null : new ListingContent.Language(owned.keep(owned.languages, l.id()), name, code);
    }

    private static List<ListingContent.Term> terms(List<String> codes, Function<String, Optional<UUID>> termIds, Violations v) {
        Map<String, ListingContent.Term> terms = new LinkedHashMap<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = Text.clean(codes.get(i));
            Optional<UUID> id = code == null ? Optional.empty() : termIds.apply(code);
            if (id.isEmpty()) {
                v.add("taxonomy_term_codes[" + i + "]", "is not a known taxonomy term code");
            } else {
                terms.put(code, new ListingContent.Term(id.get(), code));
            }
        }
        return List.copyOf(terms.values());
    }

    private interface PartRule<D, C> {
        C check(D draft, String at);
    }

    private static <D, C> List<C> parts(List<D> drafts, String name, Violations v, PartRule<D, C> rule) {
        List<C> out = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            String at = name + "[" + i + "]";
            D draft = drafts.get(i);
            if (draft == null) {
                v.add(at, "must not be null");
                continue;
            }
            C part = rule.check(draft, at);
            if (part != null) {
                out.add(part);
            }
        }
        return out;
    }

    private record Field(String field, String detail, Violations v) implements Runnable {
        @Override
        public void run() {
            v.add(field, detail);
        }
    }
}
