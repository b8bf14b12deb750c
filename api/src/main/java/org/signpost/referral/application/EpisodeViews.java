package org.signpost.referral.application;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.signpost.directory.application.NeedsCatalogue;
import org.signpost.referral.infrastructure.EpisodeRepository;
import org.signpost.referral.infrastructure.EpisodeWorkRepository;
import org.signpost.referral.infrastructure.OnwardReferralRepository;
import org.signpost.referral.model.ConversationNote;
import org.signpost.referral.model.Episode;
import org.signpost.referral.model.OnwardReferral;
import org.signpost.referral.model.Plan;
import org.signpost.security.application.UserDirectory;
import org.signpost.seeds.model.NeedsTaxonomy;

/** Builds episode views inside the caller's transaction. */
@Singleton
class EpisodeViews {

    private final EpisodeRepository episodes;
    private final EpisodeWorkRepository work;
    private final OnwardReferralRepository referrals;
    private final OnwardReferralViews referralViews;
    private final NeedsCatalogue taxonomy;
    private final UserDirectory users;

    EpisodeViews(EpisodeRepository episodes, EpisodeWorkRepository work, OnwardReferralRepository referrals,
            OnwardReferralViews referralViews, NeedsCatalogue taxonomy, UserDirectory users) {
        this.episodes = episodes;
        this.work = work;
        this.referrals = referrals;
        this.referralViews = referralViews;
        this.taxonomy = taxonomy;
        this.users = users;
    }

    /** A just-created episode: nothing recorded on it yet, so nothing to read back. */
    EpisodeView fresh(Episode episode) {
        NeedsTaxonomy needs = taxonomy.current();
        List<EpisodeView.Need> named = episode.needs().stream()
                .map(code -> new EpisodeView.Need(code, needs.byCode(code).map(NeedsTaxonomy.Term::name).orElse(code))).toList();
        return new EpisodeView(episode, named, List.of(), null, List.of(), List.of(), List.of(), Map.of());
    }

    EpisodeView build(Episode episode) {
        NeedsTaxonomy needs = taxonomy.current();
        List<ConversationNote> notes = work.notes(episode.id());
        Plan plan = work.plan(episode.id()).orElse(null);
        List<OnwardReferral> onward = referrals.ofEpisodes(List.of(episode.id()));
        Set<UUID> userIds = new HashSet<>();
        userIds.add(episode.assignedTo());
        notes.forEach(n -> userIds.add(n.recordedBy()));
        if (plan != null) {
            userIds.add(plan.updatedBy());
        }
        List<EpisodeView.Need> named = new ArrayList<>();
        for (String code : episode.needs()) {
            named.add(new EpisodeView.Need(code, needs.byCode(code).map(NeedsTaxonomy.Term::name).orElse(code)));
        }
        Map<UUID, String> usernames = users.usernames(userIds);
        return new EpisodeView(episode, named, notes, plan, referralViews.build(onward, false), work.codedEvents(episode.id()),
                episodes.history(episode.id()), usernames);
    }
}
