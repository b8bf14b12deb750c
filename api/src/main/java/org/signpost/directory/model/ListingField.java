package org.signpost.directory.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * The parts of a listing the review policy decides on one by one
 * ({@code signpost.directory.review-policy.<key>}). Each knows how to read its value for
 * comparison (without ids) and how to take its value from another content. Locations come
 * before schedules: taking schedules needs the locations they point at.
 */
public enum ListingField {
    ORGANISATION("organisation", ListingContent::organisationId, (b, c) -> b.organisationId = c.organisationId()),
    NAME("name", ListingContent::name, (b, c) -> b.name = c.name()),
    DESCRIPTION("description", ListingContent::description, (b, c) -> b.description = c.description()),
    URL("url", ListingContent::url, (b, c) -> b.url = c.url()),
    EMAIL("email", ListingContent::email, (b, c) -> b.email = c.email()),
    STATUS("status", ListingContent::status, (b, c) -> b.status = c.status()),
    ALERT("alert", ListingContent::alert, (b, c) -> b.alert = c.alert()),
    ELIGIBILITY("eligibility", c -> Arrays.asList(c.minimumAge(), c.maximumAge(), c.eligibilityDescription()), (b, c) -> {
        b.minimumAge = c.minimumAge();
        b.maximumAge = c.maximumAge();
        b.eligibilityDescription = c.eligibilityDescription();
    }),
    DELIVERY_MODES("delivery-modes", ListingContent::deliveryModes, (b, c) -> b.deliveryModes = c.deliveryModes()),
    REFERRAL_ROUTE("referral-route", ListingContent::referralRoute, (b, c) -> b.referralRoute = c.referralRoute()),
    CAPACITY("capacity", ListingContent::capacity, (b, c) -> b.capacity = c.capacity()),
    LOCATIONS("locations", c -> c.locations().stream().map(ListingContent.Location::withoutIds).toList(), ListingField::takeLocations),
    SCHEDULES("schedules", ListingField::schedulesWhere, ListingField::takeSchedules),
    COST("cost", c -> Arrays.asList(c.feesDescription(), c.costOptions().stream().map(ListingContent.Cost::withoutId).toList()),
            (b, c) -> {
                b.feesDescription = c.feesDescription();
                b.costOptions = c.costOptions();
            }),
    CONTACTS("contacts", c -> c.contacts().stream().map(ListingContent.Contact::withoutId).toList(), (b, c) -> b.contacts = c.contacts()),
    LANGUAGES("languages", c -> c.languages().stream().map(ListingContent.Language::withoutId).toList(),
            (b, c) -> b.languages = c.languages()),
    TERMS("terms", c -> c.terms().stream().map(ListingContent.Term::code).toList(), (b, c) -> b.terms = c.terms());

    /** Taking schedules from another content failed: a session is at a place this listing does not list. */
    public static final class UnlistedLocation extends RuntimeException {
        public UnlistedLocation(String detail) {
            super(detail);
        }
    }

    private final String key;
    private final Function<ListingContent, Object> value;
    private final BiConsumer<ListingContentBuilder, ListingContent> take;

    ListingField(String key, Function<ListingContent, Object> value, BiConsumer<ListingContentBuilder, ListingContent> take) {
        this.key = key;
        this.value = value;
        this.take = take;
    }

    /** The configuration key and wire name, e.g. {@code delivery-modes}. */
    public String key() {
        return key;
    }

    public boolean differs(ListingContent a, ListingContent b) {
        return !java.util.Objects.equals(value.apply(a), value.apply(b));
    }

    /** {@code target} with this field's value taken from {@code source}. */
    public ListingContent take(ListingContent target, ListingContent source) {
        ListingContentBuilder builder = target.toBuilder();
        take.accept(builder, source);
        return builder.build();
    }

    public static Optional<ListingField> fromKey(String key) {
        String wanted = normalised(key);
        return Arrays.stream(values()).filter(f -> normalised(f.key).equals(wanted)).findFirst();
    }

    private static String normalised(String key) {
        return key == null ? "" : key.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    /** Sessions compared by what they are and where they happen, not by ids. */
    private static Object schedulesWhere(ListingContent content) {
        Map<UUID, ListingContent.Location> places = content.locationsById();
        List<Object> out = new ArrayList<>();
        for (ListingContent.Schedule s : content.schedules()) {
            ListingContent.Location at = s.locationId() == null ? null : places.get(s.locationId());
            out.add(Arrays.asList(s.withoutIds(), at == null ? null : at.withoutIds()));
        }
        return out;
    }

    /** New locations; sessions at a location that is no longer listed go with it. */
    private static void takeLocations(ListingContentBuilder b, ListingContent source) {
        b.locations = source.locations();
        var kept = source.locationsById().keySet();
        b.schedules = b.schedules.stream().filter(s -> s.locationId() == null || kept.contains(s.locationId())).toList();
    }

    /** New sessions, each pointed at the same place among this listing's locations (by id, else by equal content). */
    private static void takeSchedules(ListingContentBuilder b, ListingContent source) {
        Map<UUID, ListingContent.Location> theirs = source.locationsById();
        List<ListingContent.Schedule> out = new ArrayList<>();
        for (ListingContent.Schedule s : source.schedules()) {
            if (s.locationId() == null) {
                out.add(s);
                continue;
            }
            UUID ours = b.locations.stream().filter(l -> l.id().equals(s.locationId())).map(ListingContent.Location::id)
                    .findFirst()
                    .orElseGet(() -> {
                        ListingContent.Location wanted = theirs.get(s.locationId());
                        return b.locations.stream()
                                .filter(l -> wanted != null && l.withoutIds().equals(wanted.withoutIds()))
                                .map(ListingContent.Location::id).findFirst()
                                .orElseThrow(() -> new UnlistedLocation("a session is at a location this listing does not list"));
                    });
            out.add(s.at(s.id(), ours));
        }
        b.schedules = out;
    }
}
