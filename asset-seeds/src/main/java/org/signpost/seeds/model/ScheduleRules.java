package org.signpost.seeds.model;

/** Rules for one schedule: recurrence, times, validity period. */
final class ScheduleRules {

    private ScheduleRules() {
    }

    static void check(Findings f, String p, ImportedSchedule s) {
        RecurrenceRules.byDayProblem(s.byday(), s.freq()).ifPresent(d -> f.add(p + "byday", d));
        RecurrenceRules.byMonthDayProblem(s.bymonthday()).ifPresent(d -> f.add(p + "bymonthday", d));
        if (s.interval() != null && (s.interval() < 1 || s.interval() > 52)) {
            f.add(p + "interval", s.interval() + " is outside 1..52");
        }
        if (s.opensAt() != null && s.closesAt() != null && !s.closesAt().isAfter(s.opensAt())) {
            f.add(p + "closes_at", s.closesAt() + (s.closesAt().equals(s.opensAt()) ? " is the same as" : " is before")
                    + " opens_at " + s.opensAt());
        }
        f.period(p, s.validFrom(), s.validTo());
        f.text(p + "description", s.description(), TextLimits.NOTE);
        f.text(p + "attending_type", s.attendingType(), TextLimits.NAME);
        f.text(p + "notes", s.notes(), TextLimits.NOTE);
    }
}
