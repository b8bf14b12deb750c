package org.signpost.evaluation.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One score of one current outcome record, with what an evaluation may need to know of its
 * episode and resident. Holds internal ids and personal data: it never leaves the evaluation
 * feature as it is; exports release only {@link PseudonymisedOutcome}s.
 *
 * @param practice the episode's practice, else the resident's registered practice (may be null)
 * @param needs the episode's needs codes in order, joined by ';' (may be empty)
 * @param episodeStart the day the episode was accepted, else the day the referral was received
 * @param recordKey the resident's random record key (0-65535) for cell-key perturbation ({@link CellKey})
 */
public record OutcomeFact(
        String residentId,
        String episodeId,
        LocalDate dateOfBirth,
        String sex,
        String postcode,
        String practice,
        String schemeId,
        String referralSource,
        String assignedTo,
        LocalDate episodeStart,
        String needs,
        String recordId,
        String measureId,
        String timepoint,
        Integer followUpWeeks,
        LocalDate completedOn,
        Instant recordedAt,
        String scoreKey,
        BigDecimal value,
        String band,
        int recordKey) {
}
