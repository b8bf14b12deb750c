package org.signpost.referral.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.List;
import java.util.UUID;
import org.signpost.audit.application.PersonalDataAccess;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.AuditAction;
import org.signpost.audit.model.Resource;
import org.signpost.people.application.ResidentDirectory;
import org.signpost.people.model.Resident;
import org.signpost.referral.infrastructure.EpisodeRepository;
import org.signpost.referral.model.Episode;
import org.signpost.security.model.Role;

/** Reading episodes: one for staff of its scheme, or all of a resident's own. Every read audited. */
@Singleton
public class EpisodeReads {

    private final EpisodeRepository episodes;
    private final EpisodeAccess episodeAccess;
    private final EpisodeViews views;
    private final ResidentDirectory residents;
    private final PersonalDataAccess access;
    private final TransactionOperations<Connection> transactions;

    EpisodeReads(EpisodeRepository episodes, EpisodeAccess episodeAccess, EpisodeViews views, ResidentDirectory residents,
            PersonalDataAccess access, TransactionOperations<Connection> transactions) {
        this.episodes = episodes;
        this.episodeAccess = episodeAccess;
        this.views = views;
        this.residents = residents;
        this.access = access;
        this.transactions = transactions;
    }

    public EpisodeView read(Access who, UUID episodeId) {
        Episode episode = episodeAccess.forReader(who, episodeId);
        EpisodeView view = transactions.executeRead(status -> views.build(episode));
        access.allowed(who, AuditAction.READ, EpisodeAccess.resource(episode), EpisodeView.FIELDS);
        return view;
    }

    /** The signed-in resident's own episodes, newest first (none before their first referral). */
    public List<EpisodeView> mine(Access who) {
        if (!who.actor().has(Role.RESIDENT)) {
            throw access.denied(who, AuditAction.READ, Resource.of("episode", null, null), "Only a resident has their own referrals");
        }
        Resident me = residents.ownedBy(who.actor().userId()).orElse(null);
        if (me == null) {
            return List.of();
        }
        List<EpisodeView> mine = transactions.executeRead(status -> episodes.ofResident(me.id()).stream().map(views::build).toList());
        access.allowedEach(who, AuditAction.READ, mine.stream().map(v -> EpisodeAccess.resource(v.episode())).toList(),
                EpisodeView.FIELDS);
        return mine;
    }
}
