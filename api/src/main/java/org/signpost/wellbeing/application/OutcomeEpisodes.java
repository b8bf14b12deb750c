package org.signpost.wellbeing.application;

import jakarta.inject.Singleton;
import java.util.UUID;
import org.signpost.audit.application.PersonalDataAccess;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.AuditAction;
import org.signpost.audit.model.Resource;
import org.signpost.people.application.ResidentDirectory;
import org.signpost.platform.errors.NotFoundException;
import org.signpost.platform.rules.Decision;
import org.signpost.referral.application.EpisodeReader;
import org.signpost.referral.model.EpisodeFacts;

/**
 * The episode an outcome belongs to, for someone allowed to work on it: link workers and
 * coordinators of its scheme, the same rule the episode endpoints use
 * (ResidentAccessPolicy.mayManage). A refusal is audited and is 403.
 */
@Singleton
class OutcomeEpisodes {

    private final EpisodeReader episodes;
    private final ResidentDirectory residents;
    private final PersonalDataAccess access;

    OutcomeEpisodes(EpisodeReader episodes, ResidentDirectory residents, PersonalDataAccess access) {
        this.episodes = episodes;
        this.residents = residents;
        this.access = access;
    }

    EpisodeFacts find(UUID episodeId) {
        return episodes.find(episodeId).orElseThrow(() -> new NotFoundException("No episode " + episodeId));
    }

    /** The episode for its scheme's staff; 403 (audited) otherwise, the same whether it exists or not. */
    EpisodeFacts forStaff(Access who, UUID episodeId, AuditAction action) {
        EpisodeFacts episode = episodes.find(episodeId).orElse(null);
        if (episode == null) {
            throw access.denied(who, action, Resource.of("episode", episodeId, null), residents.mayManage(who.actor(), null).reason());
        }
        Decision decision = residents.mayManage(who.actor(), episode.schemeId());
        if (decision.denied()) {
            throw access.denied(who, action, resource(episode), decision.reason());
        }
        return episode;
    }

    /** The refusal for a record that does not exist: that of another scheme's, so the answer never confirms existence. */
    RuntimeException refusedAsAbsent(Access who, AuditAction action, Resource resource) {
        return access.denied(who, action, resource, residents.mayManage(who.actor(), null).reason());
    }

    static Resource resource(EpisodeFacts episode) {
        return Resource.of("episode", episode.episodeId(), episode.residentId());
    }
}
