package org.signpost.referral.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.signpost.audit.application.PersonalDataAccess;
import org.signpost.audit.model.Access;
import org.signpost.audit.model.AuditAction;
import org.signpost.audit.model.Resource;
import org.signpost.directory.application.ServiceListings;
import org.signpost.directory.model.ServiceListing;
import org.signpost.people.application.ResidentDirectory;
import org.signpost.people.application.Schemes;
import org.signpost.people.model.ConsentKind;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.platform.errors.NotFoundException;
import org.signpost.platform.rules.Decision;
import org.signpost.referral.infrastructure.EpisodeRepository;
import org.signpost.referral.infrastructure.OnwardReferralRepository;
import org.signpost.platform.events.EventOutbox;
import org.signpost.referral.model.Episode;
import org.signpost.referral.model.EpisodeStatus;
import org.signpost.referral.model.EpisodeTransitions;
import org.signpost.referral.model.OnwardReferral;
import org.signpost.referral.model.OnwardStatus;
import org.signpost.referral.model.ReferralTransitions;
import org.signpost.referral.model.ServiceReferability;

/** Drafting an onward referral to a directory service, and reading one as referrer or provider. */
@Singleton
public class OnwardReferrals {

    private final OnwardReferralRepository referrals;
    private final EpisodeRepository episodes;
    private final OnwardReferralViews views;
    private final EpisodeAccess episodeAccess;
    private final ServiceListings services;
    private final ResidentDirectory residents;
    private final Schemes schemes;
    private final EventOutbox outbox;
    private final PersonalDataAccess access;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    OnwardReferrals(OnwardReferralRepository referrals, EpisodeRepository episodes, OnwardReferralViews views, EpisodeAccess episodeAccess,
            ServiceListings services, ResidentDirectory residents, Schemes schemes, EventOutbox outbox,
            PersonalDataAccess access, TransactionOperations<Connection> transactions, Clock clock) {
        this.referrals = referrals;
        this.episodes = episodes;
        this.views = views;
        this.episodeAccess = episodeAccess;
        this.services = services;
        this.residents = residents;
        this.schemes = schemes;
        this.outbox = outbox;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    public OnwardReferralView draft(Access who, UUID episodeId, UUID serviceId, String needCode, String sharedInformation) {
        // the checks and the writes in one transaction: read-only transactions before it cost five statements more each
        // (BENCHMARKS.md, "Cost per request"). Bad input throws before anything is written; a refusal writes nothing here
        // and is audited after this transaction ends.
        Refusable<OnwardReferralView, Episode> outcome = transactions.executeWrite(status -> {
            // locked: two drafts from one episode at once serialise here, so the one-open-referral-per-service check holds
            Episode episode = episodes.lock(episodeId).orElseThrow(() -> new NotFoundException("No episode " + episodeId));
            Decision allowed = episodeAccess.mayManage(who, episode);
            if (allowed.denied()) {
                return Refusable.refuse(episode, allowed.reason());
            }
            if (episode.status() != EpisodeStatus.ACCEPTED) {
                throw Conflicts.state("Refer on from an accepted episode; this one is " + episode.status().wire(),
                        episode.status().wire(), episode.version(),
                        EpisodeTransitions.legalFrom(episode.status()).stream().map(EpisodeStatus::wire).toList());
            }
            String need = needCode == null ? "" : needCode.trim();
            if (!episode.needs().contains(need)) {
                throw new InvalidInputException("need", "Not one of this episode's needs " + episode.needs() + ": " + need);
            }
            // the service's own row is all the checks and the draft read (not its places, schedules...: seven reads fewer)
            ServiceListing service = services.loadWithoutParts(serviceId)
                    .orElseThrow(() -> new InvalidInputException("service_id", "No service " + serviceId + " in the directory"));
            Decision referable = ServiceReferability.check(service);
            if (referable.denied()) {
                throw new InvalidInputException("service_id", referable.reason());
            }
            referrals.openTo(episodeId, serviceId).ifPresent(open -> {
                throw OpenReferralConflicts.duplicate(open);
            });
            UUID organisation = service.organisation().id();
            if (!residents.consentInForce(episode.residentId(), ConsentKind.SHARE_WITH_PROVIDER, organisation)) {
                return Refusable.refuse(episode, missingConsent(service));
            }
            Instant now = clock.instant();
            OnwardReferral referral = new OnwardReferral(UUID.randomUUID(), episodeId, episode.residentId(), episode.schemeId(),
                    serviceId, service.name(), organisation, need, blankToNull(sharedInformation), OnwardStatus.DRAFT, false, null, null,
                    null, 1, who.actor().userId(), now, null, now);
            referrals.insert(referral);
            outbox.publish(ReferralEvents.drafted(referral), now);
            access.allowed(who, AuditAction.CREATE, resource(referral), OnwardReferralView.SHARED_FIELDS);
            return Refusable.done(views.build(referral, false));
        });
        if (outcome.isRefused()) {
            throw access.denied(who, AuditAction.CREATE, EpisodeAccess.resource(outcome.refused()), outcome.reason());
        }
        return outcome.result();
    }

    public OnwardReferralView read(Access who, UUID referralId) {
        OnwardReferral referral = transactions.executeRead(status -> referrals.find(referralId)).orElse(null);
        ReferralTransitions.Party party = referral == null ? null : ReferralParty.of(who.actor(), schemes.of(who.actor().userId()), referral);
        if (party == null) {
            throw access.denied(who, AuditAction.READ, resource(referralId, referral), ReferralParty.notAParty(who.actor()));
        }
        boolean provider = party == ReferralTransitions.Party.PROVIDER;
        OnwardReferralView view = transactions.executeRead(status -> views.build(referral, provider));
        access.allowed(who, AuditAction.READ, resource(referral), OnwardReferralView.SHARED_FIELDS);
        return view;
    }

    static String missingConsent(ServiceListing service) {
        return "The resident has no consent share_with_provider in force for " + service.organisation().name()
                + " (organisation_id " + service.organisation().id() + "): record it before referring";
    }

    static Resource resource(OnwardReferral referral) {
        return Resource.of("onward_referral", referral.id(), referral.residentId());
    }

    /**
     * What a refusal is audited against: the referral, or its id alone when there is none. A referral that does
     * not exist is refused as one the caller is not a party to, so the answer never confirms that it exists.
     */
    static Resource resource(UUID referralId, OnwardReferral referral) {
        return referral == null ? Resource.of("onward_referral", referralId, null) : resource(referral);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    static List<String> wire(List<OnwardStatus> statuses) {
        return statuses.stream().map(OnwardStatus::wire).toList();
    }
}
