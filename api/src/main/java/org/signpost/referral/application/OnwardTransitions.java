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
import org.signpost.directory.application.ServiceCapacity;
import org.signpost.directory.application.ServiceListings;
import org.signpost.directory.model.ServiceListing;
import org.signpost.people.application.ResidentDirectory;
import org.signpost.people.application.Schemes;
import org.signpost.people.model.ConsentKind;
import org.signpost.platform.errors.ConflictException;
import org.signpost.platform.errors.Violations;
import org.signpost.platform.rules.Decision;
import org.signpost.referral.infrastructure.OnwardReferralRepository;
import org.signpost.platform.events.EventOutbox;
import org.signpost.referral.model.OnwardReferral;
import org.signpost.referral.model.OnwardStatus;
import org.signpost.referral.model.ReferralTransitions;
import org.signpost.referral.model.ServiceReferability;
import org.signpost.referral.model.StatusChange;

/**
 * Moves an onward referral along {@link ReferralTransitions}: the right party, a legal step from
 * the current version, the service's places taken or freed, the history row, the outbox event and
 * the audit line, all in one transaction. Concurrent attempts serialise on the row lock; all but
 * the first find a newer version and get 409.
 */
@Singleton
public class OnwardTransitions {

    private final OnwardReferralRepository referrals;
    private final OnwardReferralViews views;
    private final ServiceListings services;
    private final ServiceCapacity capacity;
    private final ResidentDirectory residents;
    private final Schemes schemes;
    private final EventOutbox outbox;
    private final PersonalDataAccess access;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    OnwardTransitions(OnwardReferralRepository referrals, OnwardReferralViews views, ServiceListings services,
            ServiceCapacity capacity, ResidentDirectory residents, Schemes schemes, EventOutbox outbox,
            PersonalDataAccess access, TransactionOperations<Connection> transactions, Clock clock) {
        this.referrals = referrals;
        this.views = views;
        this.services = services;
        this.capacity = capacity;
        this.residents = residents;
        this.schemes = schemes;
        this.outbox = outbox;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    public OnwardReferralView transition(Access who, UUID referralId, ReferralTransitions.Request request, long version) {
        // the checks and the change in one write transaction, the referral read once (locked): a read-only transaction
        // before it cost six statements more per request (BENCHMARKS.md, "Cost per request"). A refusal writes nothing
        // here; it is audited after this transaction ends.
        Refusable<OnwardReferralView, OnwardReferral> outcome = transactions.executeWrite(status -> {
            OnwardReferral current = referrals.lock(referralId).orElse(null);
            ReferralTransitions.Party party = current == null ? null : ReferralParty.of(who.actor(), schemes.of(who.actor().userId()), current);
            if (party == null) {
                return Refusable.refuse(current, ReferralParty.notAParty(who.actor()));
            }
            // what is asked for is checked before who asks: no role may move a referral back to draft, so that is a 400
            // naming the field, never a 403 naming a role
            new Violations().addAll(ReferralTransitions.check(request)).throwIfAny();
            ReferralTransitions.Party needed = ReferralTransitions.partyFor(request.to());
            if (party != needed) {
                String side = needed == ReferralTransitions.Party.PROVIDER ? "receiving group" : "referrer";
                return Refusable.refuse(current, "Only the " + side + " may make a referral " + request.to().wire());
            }
            String refused = switch (request.to()) {
                case SENT -> checkSendable(current, request);
                case ACCEPTED -> checkAcceptable(current);
                default -> null;
            };
            if (refused != null) {
                return Refusable.refuse(current, refused);
            }
            return Refusable.done(apply(who, current, request, version, party));
        });
        if (outcome.isRefused()) {
            throw access.denied(who, AuditAction.TRANSITION, OnwardReferrals.resource(referralId, outcome.refused()), outcome.reason());
        }
        return outcome.result();
    }

    /** Throws the 409s of a send; answers why it is refused (403, audited by the caller) or null when it may go. */
    private String checkSendable(OnwardReferral referral, ReferralTransitions.Request request) {
        // the service's own row is all these checks read (not its places, schedules, contacts...: seven reads fewer)
        ServiceListing service = services.loadWithoutParts(referral.serviceId()).orElseThrow();
        Decision referable = ServiceReferability.check(service);
        List<String> legal = OnwardReferrals.wire(ReferralTransitions.legalFrom(referral.status()));
        if (referable.denied()) {
            throw Conflicts.state(referable.reason() + ": cancel this referral and choose another service",
                    referral.status().wire(), referral.version(), legal);
        }
        if (!residents.consentInForce(referral.residentId(), ConsentKind.SHARE_WITH_PROVIDER, referral.organisationId())) {
            return OnwardReferrals.missingConsent(service);
        }
        boolean override = request.capacityOverrideReason() != null && !request.capacityOverrideReason().isBlank();
        if (ServiceReferability.full(service) && !override) {
            throw new ConflictException("The service has no places left: send anyway only with a capacity_override_reason",
                    Map.of("current_state", referral.status().wire(), "current_version", referral.version(), "legal_transitions", legal,
                            "capacity_available", 0, "errors", List.of(Map.of("field", "capacity_override_reason",
                                    "detail", "is required to send to a service with no places left"))));
        }
        return null;
    }

    /**
     * Throws the 409 of accepting into a listing that was deleted after the referral was sent; answers why the group may
     * not accept (403, audited by the caller): the resident withdrew the consent to share with it. Null when it may.
     */
    private String checkAcceptable(OnwardReferral referral) {
        ServiceListing service = services.loadWithoutParts(referral.serviceId()).orElseThrow();
        if (service.deletedAt() != null) {
            throw Conflicts.state("The service was deleted from the directory, so no one can be accepted into it:"
                    + " decline this referral so that the referrer can choose another service",
                    referral.status().wire(), referral.version(), List.of(OnwardStatus.DECLINED.wire()));
        }
        if (!residents.consentInForce(referral.residentId(), ConsentKind.SHARE_WITH_PROVIDER, referral.organisationId())) {
            return "The resident withdrew their consent to share their details with " + service.organisation().name()
                    + ", so the referral cannot be accepted: decline it (the referrer sees why) or wait for the referrer";
        }
        return null;
    }

    private OnwardReferralView apply(Access who, OnwardReferral current, ReferralTransitions.Request request, long version,
            ReferralTransitions.Party party) {
        UUID referralId = current.id();
        List<String> legal = OnwardReferrals.wire(ReferralTransitions.legalFrom(current.status()));
        if (current.version() != version) {
            throw Conflicts.stale("The referral", version, current.status().wire(), current.version(), legal);
        }
        if (!ReferralTransitions.isLegal(current.status(), request.to())) {
            throw Conflicts.state("A referral that is " + current.status().wire() + " cannot become " + request.to().wire(),
                    current.status().wire(), current.version(), legal);
        }
        Instant now = clock.instant();
        OnwardStatus to = request.to();
        StatusChange change = new StatusChange(current.status().wire(), to.wire(), now, who.actor().username(), trim(request.reason()),
                request.declineReason() == null ? null : request.declineReason().wire(),
                request.outcome() == null ? null : request.outcome().wire());
        referrals.recordTransition(referralId, change, who.actor().userId());
        access.allowed(who, AuditAction.TRANSITION, OnwardReferrals.resource(current), OnwardReferralView.SHARED_FIELDS);
        OnwardReferral next = next(current, request, current.placeHeld(), now);
        OnwardReferralView view = views.build(next, party == ReferralTransitions.Party.PROVIDER);
        // the service's row is hot (every referral to it takes or frees places there): touch it last, so that
        // its row lock is held only for the few writes before commit
        boolean placeHeld = current.placeHeld();
        switch (ReferralTransitions.capacity(to, placeHeld)) {
            case TAKE -> {
                ServiceCapacity.Taken taken = capacity.take(current.serviceId());
                if (taken == ServiceCapacity.Taken.FULL) {
                    throw Conflicts.state("The service has no places left: free a place or raise its capacity before accepting",
                            current.status().wire(), current.version(), legal);
                }
                placeHeld = taken == ServiceCapacity.Taken.TAKEN;
            }
            case FREE -> {
                capacity.free(current.serviceId());
                placeHeld = false;
            }
            case NONE -> {
            }
        }
        OnwardReferral done = next(current, request, placeHeld, now);
        referrals.transition(done, version, now);
        outbox.publish(ReferralEvents.transition(current, to, change, who.actor().userId(), placeHeld), now);
        return view.withReferral(withVersion(done, version + 1));
    }

    private static OnwardReferral next(OnwardReferral current, ReferralTransitions.Request request, boolean placeHeld, Instant now) {
        OnwardStatus to = request.to();
        return new OnwardReferral(current.id(), current.episodeId(), current.residentId(), current.schemeId(), current.serviceId(),
                current.serviceName(), current.organisationId(), current.needCode(), current.sharedInformation(), to, placeHeld,
                to == OnwardStatus.SENT ? trim(request.capacityOverrideReason()) : current.capacityOverrideReason(),
                to == OnwardStatus.DECLINED ? request.declineReason() : current.declineReason(),
                to == OnwardStatus.COMPLETED ? request.outcome() : current.outcome(), current.version(), current.createdBy(),
                current.createdAt(), to == OnwardStatus.SENT ? now : current.sentAt(), now);
    }

    private static OnwardReferral withVersion(OnwardReferral r, long version) {
        return new OnwardReferral(r.id(), r.episodeId(), r.residentId(), r.schemeId(), r.serviceId(), r.serviceName(),
                r.organisationId(), r.needCode(), r.sharedInformation(), r.status(), r.placeHeld(), r.capacityOverrideReason(),
                r.declineReason(), r.outcome(), version, r.createdBy(), r.createdAt(), r.sentAt(), r.updatedAt());
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
