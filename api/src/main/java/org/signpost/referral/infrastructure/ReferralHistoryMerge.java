package org.signpost.referral.infrastructure;

import jakarta.inject.Singleton;
import java.util.UUID;
import org.signpost.people.application.ResidentMergeParticipant;

/** When two resident records are merged, their episodes, coded events and onward referrals move together. */
@Singleton
class ReferralHistoryMerge implements ResidentMergeParticipant {

    private final EpisodeRepository episodes;
    private final OnwardReferralRepository referrals;

    ReferralHistoryMerge(EpisodeRepository episodes, OnwardReferralRepository referrals) {
        this.episodes = episodes;
        this.referrals = referrals;
    }

    @Override
    public String history() {
        return "episodes";
    }

    @Override
    public int move(UUID from, UUID to) {
        referrals.moveResident(from, to);
        return episodes.moveResident(from, to);
    }
}
