package org.signpost.referral.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * When the link worker should next be in touch with the resident: soon after acceptance (sooner
 * when urgent); after each conversation at the plan's next review date, or a follow-up interval
 * when the plan has none; and whenever a plan is written, at its first upcoming review date.
 * A contact is overdue once its day has passed.
 */
public final class NextContact {

    private NextContact() {
    }

    public static LocalDate onAcceptance(LocalDate today, Urgency urgency, int routineDays, int urgentDays) {
        return today.plusDays(urgency == Urgency.URGENT ? urgentDays : routineDays);
    }

    public static LocalDate afterConversation(LocalDate heldOn, Collection<LocalDate> reviewDates, int followUpDays) {
        return firstAfter(reviewDates, heldOn).orElse(heldOn.plusDays(followUpDays));
    }

    /** A plan's first upcoming review date is when to be in touch next; without one the due date stands. */
    public static LocalDate afterPlan(LocalDate today, LocalDate current, Collection<LocalDate> reviewDates) {
        return firstAfter(reviewDates, today.minusDays(1)).orElse(current);
    }

    public static boolean overdue(LocalDate due, LocalDate today) {
        return due != null && due.isBefore(today);
    }

    private static Optional<LocalDate> firstAfter(Collection<LocalDate> dates, LocalDate day) {
        return dates.stream().filter(d -> d.isAfter(day)).min(Comparator.naturalOrder());
    }
}
