package org.signpost.search.model;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.signpost.directory.model.AccessibilityCode;
import org.signpost.platform.errors.FieldViolation;
import org.signpost.seeds.model.DeliveryMode;
import org.signpost.seeds.model.RecurrenceRules;
import org.signpost.seeds.model.ReferralRoute;

/** Decides which filters a search applies; names every unknown or contradictory value. */
public final class FilterRules {

    public static final Set<String> DAYS = Set.copyOf(RecurrenceRules.DAY_CODES);
    /** The accessibility codes locations carry (location accessibility {@code code}). */
    public static final Set<String> ACCESSIBILITY = Set.copyOf(Arrays.stream(AccessibilityCode.values()).map(AccessibilityCode::wire).toList());
    private static final Set<String> MODES = Set.copyOf(Arrays.stream(DeliveryMode.values()).map(DeliveryMode::code).toList());

    private FilterRules() {
    }

    public static SearchCriteria.Filters decide(SearchParameters p, Audience audience, Predicate<String> knownNeed,
            List<FieldViolation> violations) {
        for (String need : p.needs()) {
            if (need == null || !knownNeed.test(need)) {
                violations.add(new FieldViolation("need", "unknown need code '" + need + "'"));
            }
        }
        String day = p.day() == null ? null : p.day().toUpperCase(Locale.ROOT);
        if (day != null && !DAYS.contains(day)) {
            violations.add(new FieldViolation("day", "must be one of MO, TU, WE, TH, FR, SA, SU"));
        }
        Integer from = minutes(p.startTime(), "start_time", violations);
        Integer until = minutes(p.endTime(), "end_time", violations);
        if (from != null && until != null && from >= until) {
            violations.add(new FieldViolation("end_time", "must be after start_time"));
        }
        for (String feature : p.accessibility()) {
            if (!ACCESSIBILITY.contains(feature)) {
                violations.add(new FieldViolation("accessibility", "unknown accessibility feature '" + feature + "'"));
            }
        }
        if (p.age() != null && (p.age() < 0 || p.age() > 130)) {
            violations.add(new FieldViolation("age", "must be between 0 and 130"));
        }
        for (String mode : p.deliveryModes()) {
            if (!MODES.contains(mode)) {
                violations.add(new FieldViolation("delivery_mode", "unknown delivery mode '" + mode + "'"));
            }
        }
        List<String> routes = routes(p.referralRoute(), violations);
        if (p.hasCapacity() && audience != Audience.LINK_WORKER) {
            violations.add(new FieldViolation("has_capacity", "only link workers see capacity"));
        }
        return new SearchCriteria.Filters(p.needs(), day, from, until, p.onNow(), p.freeOnly(), p.accessibility(), p.age(),
                p.deliveryModes(), routes, p.hasCapacity());
    }

    /** Someone who can refer themselves can use a service open to both routes, and so can a link worker. */
    private static List<String> routes(String route, List<FieldViolation> violations) {
        if (route == null) {
            return List.of();
        }
        List<String> routes = new ArrayList<>();
        for (ReferralRoute known : ReferralRoute.values()) {
            if (known.code().equals(route)) {
                routes.add(route);
                if (known != ReferralRoute.BOTH) {
                    routes.add(ReferralRoute.BOTH.code());
                }
            }
        }
        if (routes.isEmpty()) {
            violations.add(new FieldViolation("referral_route", "unknown referral route '" + route + "'"));
        }
        return routes;
    }

    private static Integer minutes(String time, String field, List<FieldViolation> violations) {
        if (time == null) {
            return null;
        }
        if ("24:00".equals(time) && "end_time".equals(field)) {
            return 24 * 60;
        }
        try {
            LocalTime parsed = LocalTime.parse(time);
            return parsed.getHour() * 60 + parsed.getMinute();
        } catch (DateTimeParseException e) {
            violations.add(new FieldViolation(field, "must be a time of day, HH:MM"));
            return null;
        }
    }
}
