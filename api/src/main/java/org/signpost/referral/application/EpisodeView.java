package org.signpost.referral.application;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.signpost.referral.model.CodedEvent;
import org.signpost.referral.model.ConversationNote;
import org.signpost.referral.model.Episode;
import org.signpost.referral.model.EpisodeStatus;
import org.signpost.referral.model.EpisodeTransitions;
import org.signpost.referral.model.Plan;
import org.signpost.referral.model.StatusChange;

/** An episode with everything recorded on it, and the names of the users involved. */
public record EpisodeView(
        Episode episode,
        List<Need> needs,
        List<ConversationNote> conversations,
        Plan plan,
        List<OnwardReferralView> referrals,
        List<CodedEvent> codedEvents,
        List<StatusChange> history,
        Map<UUID, String> usernames) {

    /** A need by its taxonomy code and name. */
    public record Need(String code, String name) {
    }

    /** The personal-data fields an episode view shows, for the audit log. */
    public static final List<String> FIELDS = List.of("reason", "needs", "referrer", "conversations", "plan", "referrals",
            "coded_events");

    public List<EpisodeStatus> legalTransitions() {
        return EpisodeTransitions.legalFrom(episode.status());
    }
}
