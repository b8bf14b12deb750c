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
import org.signpost.people.application.Schemes;
import org.signpost.referral.infrastructure.OnwardReferralRepository;
import org.signpost.platform.events.EventOutbox;
import org.signpost.platform.events.PlatformEvent;
import org.signpost.referral.model.ContactAttempt;
import org.signpost.referral.model.ContactAttemptOutcome;
import org.signpost.referral.model.OnwardReferral;
import org.signpost.referral.model.OnwardStatus;
import org.signpost.referral.model.ReferralTransitions;

/** Attempts to reach the resident about a sent or accepted referral, by either party. */
@Singleton
public class ContactAttempts {

    private final OnwardReferralRepository referrals;
    private final OnwardReferralViews views;
    private final Schemes schemes;
    private final EventOutbox outbox;
    private final PersonalDataAccess access;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    ContactAttempts(OnwardReferralRepository referrals, OnwardReferralViews views, Schemes schemes, EventOutbox outbox,
            PersonalDataAccess access, TransactionOperations<Connection> transactions, Clock clock) {
        this.referrals = referrals;
        this.views = views;
        this.schemes = schemes;
        this.outbox = outbox;
        this.access = access;
        this.transactions = transactions;
        this.clock = clock;
    }

    public OnwardReferralView record(Access who, UUID referralId, ContactAttemptOutcome outcome, String note) {
        OnwardReferral referral = transactions.executeRead(status -> referrals.find(referralId)).orElse(null);
        ReferralTransitions.Party party = referral == null ? null : ReferralParty.of(who.actor(), schemes.of(who.actor().userId()), referral);
        if (party == null) {
            throw access.denied(who, AuditAction.UPDATE, OnwardReferrals.resource(referralId, referral), ReferralParty.notAParty(who.actor()));
        }
        return transactions.executeWrite(status -> {
            OnwardReferral current = referrals.lock(referralId).orElseThrow();
            if (current.status() != OnwardStatus.SENT && current.status() != OnwardStatus.ACCEPTED) {
                throw Conflicts.state("Contact attempts are recorded on sent or accepted referrals; this one is "
                        + current.status().wire(), current.status().wire(), current.version(),
                        OnwardReferrals.wire(ReferralTransitions.legalFrom(current.status())));
            }
            Instant now = clock.instant();
            referrals.insertAttempt(new ContactAttempt(UUID.randomUUID(), referralId, outcome,
                    note == null || note.isBlank() ? null : note.trim(), who.actor().username(), now), who.actor().userId());
            outbox.publish(new PlatformEvent.ReferralContactAttempted(referralId, current.organisationId(), who.actor().userId(),
                    outcome.wire(), now), now);
            access.allowed(who, AuditAction.UPDATE, OnwardReferrals.resource(current), List.of("contact_attempts"));
            return views.build(current, party == ReferralTransitions.Party.PROVIDER);
        });
    }
}
