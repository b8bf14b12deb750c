package org.signpost.referral.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.UUID;
import org.signpost.audit.application.PersonalDataAccess;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.AuditAction;
import org.signpost.audit.model.Resource;
import org.signpost.people.application.ResidentDirectory;
import org.signpost.platform.rules.Decision;
import org.signpost.referral.infrastructure.EpisodeRepository;
import org.signpost.referral.model.Episode;
import org.signpost.security.model.Role;

/** Loads an episode for someone allowed to work on it (staff of its scheme), auditing a refusal. */
@Singleton
class EpisodeAccess {

    private final EpisodeRepository episodes;
    private final ResidentDirectory residents;
    private final PersonalDataAccess access;
    private final TransactionOperations<Connection> transactions;

    EpisodeAccess(EpisodeRepository episodes, ResidentDirectory residents, PersonalDataAccess access,
            TransactionOperations<Connection> transactions) {
        this.episodes = episodes;
        this.residents = residents;
        this.access = access;
        this.transactions = transactions;
    }

    Episode forStaff(Access who, UUID episodeId, AuditAction action) {
        record Found(Episode episode, Decision decision) {
        }
        // one read transaction for the episode and the caller's schemes (each its own would cost five more statements)
        Found found = transactions.executeRead(status -> {
            Episode e = episodes.find(episodeId).orElse(null);
            return new Found(e, e == null ? null : residents.mayManage(who.actor(), e.schemeId()));
        });
        Episode episode = found.episode();
        if (episode == null) {
            // the same refusal as for an episode of another scheme: the answer never confirms that an episode exists
            throw access.denied(who, action, Resource.of("episode", episodeId, null), residents.mayManage(who.actor(), null).reason());
        }
        Decision decision = found.decision();
        if (decision.denied()) {
            throw access.denied(who, action, resource(episode), decision.reason());
        }
        return episode;
    }

    /** Whether the caller is staff of the episode's scheme (joins the caller's transaction; the caller audits a refusal). */
    Decision mayManage(Access who, Episode episode) {
        return residents.mayManage(who.actor(), episode.schemeId());
    }

    /** Staff of its scheme, or the resident it is about; otherwise the refusal of {@link #forStaff}, whether it exists or not. */
    Episode forReader(Access who, UUID episodeId) {
        Episode episode = transactions.executeRead(status -> episodes.find(episodeId)).orElse(null);
        if (episode != null && who.actor().has(Role.RESIDENT)) {
            boolean own = residents.ownedBy(who.actor().userId()).map(r -> r.id().equals(episode.residentId())).orElse(false);
            if (own) {
                return episode;
            }
        }
        return forStaff(who, episodeId, AuditAction.READ);
    }

    static Resource resource(Episode episode) {
        return Resource.of("episode", episode.id(), episode.residentId());
    }
}
