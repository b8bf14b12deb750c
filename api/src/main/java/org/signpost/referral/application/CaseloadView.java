package org.signpost.referral.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.signpost.referral.model.EpisodeStatus;
import org.signpost.referral.model.OnwardStatus;
import org.signpost.referral.model.Urgency;

/** A link worker's caseload: counts, open episodes, overdue contacts and reminders. */
public record CaseloadView(
        String linkWorker,
        Map<EpisodeStatus, Long> episodesByStatus,
        Map<OnwardStatus, Long> referralsByStatus,
        List<Entry> open,
        List<Entry> overdue,
        List<Reminder> reminders) {

    /** An open episode on the caseload. */
    public record Entry(UUID episodeId, UUID residentId, String residentName, EpisodeStatus status, Urgency urgency,
            LocalDate nextContactDue, boolean overdue) {
    }

    /** An onward referral that needs the link worker's attention. */
    public record Reminder(Kind kind, UUID referralId, UUID episodeId, String serviceName, Instant since, String detail) {
    }

    /** Why a referral is on the reminders list. */
    public enum Kind {
        UNANSWERED_REFERRAL,
        CONTACT_ATTEMPTS_EXHAUSTED
    }

    public static final List<String> FIELDS = List.of("given_name", "family_name", "next_contact_due");
}
