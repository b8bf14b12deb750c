package org.signpost.evaluation.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fixed reporting periods releases are made for: whole calendar months ({@code 2026-03}) or
 * quarters ({@code 2026-Q1}), never free days, and only periods that have ended. A user who
 * could choose any day could ask for 1-28 February and then 1-29 February and difference the two;
 * with whole, finished periods two releases rarely differ by one person, and a release of a
 * period never changes as days go by (cell-key perturbation covers the rest).
 */
public final class ReportingPeriods {

    /** The allowed form, for messages. */
    public static final String FORM = "a calendar month (yyyy-MM, e.g. 2026-03) or quarter (yyyy-Qn, e.g. 2026-Q1)";

    /** A range of whole days: {@code from} empty means from the beginning of the records. */
    public record Range(Optional<LocalDate> from, LocalDate to) {

        public boolean includes(LocalDate day) {
            return from.map(f -> !day.isBefore(f)).orElse(true) && !day.isAfter(to);
        }
    }

    /** Why a period was refused: the parameter and what is allowed. */
    public record Refusal(String parameter, String detail) {
    }

    /** Either a range or the refusals. */
    public record Decision(Optional<Range> range, List<Refusal> refusals) {
    }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(0[1-9]|1[0-2])");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private ReportingPeriods() {
    }

    /**
     * The days from the start of {@code from} to the end of {@code to}. Absent {@code to} means the
     * last month that has ended before {@code today}; absent {@code from}, from the beginning.
     */
    public static Decision decide(String from, String to, LocalDate today) {
        List<Refusal> refusals = new ArrayList<>();
        YearMonth lastEnded = YearMonth.from(today).minusMonths(1);
        Optional<YearMonth[]> start = parse("from", from, refusals);
        Optional<YearMonth[]> end = parse("to", to, refusals);
        YearMonth last = end.map(e -> e[1]).orElse(lastEnded);
        if (end.isPresent() && last.isAfter(lastEnded)) {
            refusals.add(new Refusal("to", "'" + to + "' has not ended yet: only finished periods are released (the latest is "
                    + lastEnded + " or " + quarterEndingBy(lastEnded) + ")"));
        }
        if (start.isPresent() && start.get()[0].isAfter(last)) {
            refusals.add(new Refusal("from", "'" + from + "' starts after the end of the period (" + last + ")"));
        }
        if (!refusals.isEmpty()) {
            return new Decision(Optional.empty(), List.copyOf(refusals));
        }
        return new Decision(Optional.of(new Range(start.map(s -> s[0].atDay(1)), last.atEndOfMonth())), List.of());
    }

    /** The first and last month of a period, or a refusal naming the parameter. */
    private static Optional<YearMonth[]> parse(String parameter, String value, List<Refusal> refusals) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        Matcher month = MONTH.matcher(v);
        if (month.matches()) {
            YearMonth m = YearMonth.of(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)));
            return Optional.of(new YearMonth[] {m, m});
        }
        Matcher quarter = QUARTER.matcher(v);
        if (quarter.matches()) {
            YearMonth first = YearMonth.of(Integer.parseInt(quarter.group(1)), 3 * Integer.parseInt(quarter.group(2)) - 2);
            return Optional.of(new YearMonth[] {first, first.plusMonths(2)});
        }
        refusals.add(new Refusal(parameter, "'" + value + "' is not " + FORM + ": releases cover whole months or quarters, not days"));
        return Optional.empty();
    }

    /** The last quarter whose final month is not after {@code month}. */
    private static String quarterEndingBy(YearMonth month) {
        int quarter = month.getMonthValue() / 3;
        return quarter == 0 ? (month.getYear() - 1) + "-Q4" : month.getYear() + "-Q" + quarter;
    }
}
