package org.signpost.referral.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.signpost.people.model.Sex;

/**
 * An episode as outcome measures and evaluation exports join on it: referral source, needs,
 * practice, dates (for time in service), and the resident facts an evaluator bands (date of birth
 * to age band, postcode to outcode, sex) with whether they consented to pseudonymised evaluation.
 * Personal data: whoever exports it pseudonymises, suppresses small numbers and audits.
 */
public record EpisodeFacts(
        UUID episodeId,
        UUID residentId,
        UUID schemeId,
        ReferralSource source,
        List<String> needs,
        String practiceOdsCode,
        EpisodeStatus status,
        LocalDate receivedOn,
        LocalDate startedOn,
        LocalDate endedOn,
        Subject subject) {

    public EpisodeFacts {
        needs = List.copyOf(needs);
    }

    /** The resident behind the episode, as an evaluation needs them. */
    public record Subject(LocalDate dateOfBirth, Sex sex, String postcode, boolean consentedToEvaluation) {
    }

    /** Days from acceptance to the end of the episode (or {@code asOf} while it is open); empty if never accepted. */
    public Optional<Long> daysInService(LocalDate asOf) {
        if (startedOn == null) {
            return Optional.empty();
        }
        LocalDate end = endedOn == null ? asOf : endedOn;
        return Optional.of(ChronoUnit.DAYS.between(startedOn, end));
    }
}
