package org.signpost.wellbeing.application;

import java.util.Map;
import org.signpost.platform.errors.ConflictException;
import org.signpost.referral.model.EpisodeFacts;
import org.signpost.referral.model.EpisodeStatus;

/**
 * Outcomes belong to time in the service: an accepted episode, or a closed one (the discharge
 * questionnaire is often entered after the closing meeting, and records stay correctable). A
 * referral not yet accepted, or declined, has no outcomes: 409.
 */
final class EpisodeInService {

    private EpisodeInService() {
    }

    static void require(EpisodeFacts episode) {
        if (episode.status() != EpisodeStatus.ACCEPTED && episode.status() != EpisodeStatus.CLOSED) {
            throw new ConflictException("Outcomes are recorded on an accepted (or closed) episode; this one is "
                    + episode.status().wire(), Map.of("episode_status", episode.status().wire()));
        }
    }
}
