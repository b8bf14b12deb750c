package org.signpost.seeds.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The rules every service must meet before the directory stores it, whatever its source (an ORUK feed,
 * the seed data, the synthetic generator, an API request). Returns every violation, never throws.
 */
public final class ServiceRules {

    /** Oldest age a service may state (feeds that mean "no upper limit" with 999 are rejected here). */
    public static final int MAX_AGE = 150;

    private final LocationRules locationRules;

    /** Rules with no deployment area: coordinates need only be valid WGS84. */
    public ServiceRules() {
        this(null);
    }

    /** Rules that also require every coordinate to lie inside {@code area} (null: anywhere). */
    public ServiceRules(GeoBounds area) {
        this.locationRules = new LocationRules(area);
    }

    public List<Violation> check(ImportedService s) {
        Findings f = new Findings();
        f.required("id", s.sourceId());
        f.required("name", s.name());
        f.text("name", s.name(), TextLimits.NAME);
        f.required("status", s.status());
        f.text("description", s.description(), TextLimits.DESCRIPTION);
        f.url("url", s.url());
        f.email("email", s.email());
        f.text("fees", s.fees(), TextLimits.NOTE);
        f.text("eligibility_description", s.eligibilityDescription(), TextLimits.NOTE);
        f.text("alert", s.alert(), TextLimits.NOTE);
        f.email("assurer_email", s.assurerEmail());
        checkAges(f, s.minimumAge(), s.maximumAge());
        checkCosts(f, s.costOptions());
        checkOrganisation(f, s.organisation());
        for (int i = 0; i < s.locations().size(); i++) {
            locationRules.check(f, "service_at_locations[" + i + "].", s.locations().get(i));
        }
        for (int i = 0; i < s.schedules().size(); i++) {
            ScheduleRules.check(f, "schedules[" + i + "].", s.schedules().get(i));
        }
        checkContacts(f, s.contacts());
        checkOthers(f, s);
        return f.violations();
    }

    private static void checkAges(Findings f, Integer min, Integer max) {
        checkAge(f, "minimum_age", min);
        checkAge(f, "maximum_age", max);
        if (min != null && max != null && min > max) {
            f.add("minimum_age", "minimum_age " + min + " is greater than maximum_age " + max);
        }
    }

    private static void checkAge(Findings f, String field, Integer age) {
        if (age != null && (age < 0 || age > MAX_AGE)) {
            f.add(field, age + " is outside 0.." + MAX_AGE);
        }
    }

    private static void checkCosts(Findings f, List<ImportedCostOption> costs) {
        for (int i = 0; i < costs.size(); i++) {
            ImportedCostOption c = costs.get(i);
            String p = "cost_options[" + i + "].";
            if (c.amount() != null && c.amount().signum() < 0) {
                f.add(p + "amount", c.amount().toPlainString() + " is negative");
            }
            if (c.amount() != null && c.amount().compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
                f.add(p + "amount", c.amount().toPlainString() + " is too large");
            }
            f.text(p + "option", c.option(), TextLimits.NAME);
            f.text(p + "amount_description", c.amountDescription(), TextLimits.NOTE);
            if (c.currency() != null && !c.currency().matches("[A-Z]{3}")) {
                f.add(p + "currency", "'" + c.currency() + "' is not an ISO 4217 code such as GBP");
            }
            f.period(p, c.validFrom(), c.validTo());
        }
    }

    private static void checkOrganisation(Findings f, ImportedOrganisation o) {
        if (o == null) {
            return;
        }
        f.required("organization.name", o.name());
        f.text("organization.name", o.name(), TextLimits.NAME);
        f.text("organization.description", o.description(), TextLimits.DESCRIPTION);
        f.email("organization.email", o.email());
        f.url("organization.website", o.website());
    }

    private static void checkContacts(Findings f, List<ImportedContact> contacts) {
        for (int i = 0; i < contacts.size(); i++) {
            ImportedContact c = contacts.get(i);
            String p = "contacts[" + i + "].";
            f.text(p + "name", c.name(), TextLimits.NAME);
            f.text(p + "title", c.title(), TextLimits.NAME);
            f.email(p + "email", c.email());
            for (int k = 0; k < c.phones().size(); k++) {
                ImportedPhone phone = c.phones().get(k);
                String q = p + "phones[" + k + "].";
                f.required(q + "number", phone.number());
                f.text(q + "number", phone.number(), TextLimits.CODE);
                f.text(q + "type", phone.type(), TextLimits.CODE);
                f.text(q + "description", phone.description(), TextLimits.NOTE);
            }
        }
    }

    private static void checkOthers(Findings f, ImportedService s) {
        for (int i = 0; i < s.languages().size(); i++) {
            ImportedLanguage l = s.languages().get(i);
            if (l.name() == null && l.code() == null) {
                f.add("languages[" + i + "]", "needs a name or a code");
            }
            f.text("languages[" + i + "].name", l.name(), TextLimits.NAME);
            f.text("languages[" + i + "].code", l.code(), TextLimits.CODE);
        }
        for (int i = 0; i < s.serviceAreas().size(); i++) {
            f.text("service_areas[" + i + "].name", s.serviceAreas().get(i).name(), TextLimits.NAME);
            f.text("service_areas[" + i + "].service_area", s.serviceAreas().get(i).description(), TextLimits.NOTE);
        }
        for (int i = 0; i < s.taxonomyTerms().size(); i++) {
            TaxonomyTermRef t = s.taxonomyTerms().get(i);
            if (t.termId() == null && (t.code() == null || t.code().isBlank())) {
                f.add("attributes[" + i + "].taxonomy_term", "needs an id or a code");
            }
            f.text("attributes[" + i + "].taxonomy_term.code", t.code(), TextLimits.NAME);
        }
        Capacity c = s.capacity();
        if (c != null) {
            if (c.available() < 0) {
                f.add("x_capacity.available", c.available() + " is negative");
            }
            if (c.maximum() != null && c.maximum() < 0) {
                f.add("x_capacity.maximum", c.maximum() + " is negative");
            } else if (c.maximum() != null && c.available() > c.maximum()) {
                f.add("x_capacity.available", c.available() + " is more than maximum " + c.maximum());
            }
        }
    }
}
