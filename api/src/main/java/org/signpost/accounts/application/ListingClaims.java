package org.signpost.accounts.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.signpost.accounts.infrastructure.ListingClaimRepository;
import org.signpost.accounts.model.AccountToken;
import org.signpost.accounts.model.ApprovalStatus;
import org.signpost.accounts.model.ListingClaimRecord;
import org.signpost.accounts.model.ListingDomains;
import org.signpost.accounts.model.TokenPurpose;
import org.signpost.directory.application.ServiceListings;
import org.signpost.directory.model.ServiceListing;
import org.signpost.notifications.application.TransactionalEmail;
import org.signpost.platform.errors.ConflictException;
import org.signpost.platform.errors.InvalidInputException;
import org.signpost.platform.errors.NotFoundException;
import org.signpost.platform.events.EventOutbox;
import org.signpost.platform.events.PlatformEvent;
import org.signpost.security.application.UserAccounts;
import org.signpost.security.model.Actor;

/**
 * Claiming an existing listing ("claim your listing"): the claimant becomes a GROUP_EDITOR of the listing's
 * organisation, at once when their own verified address is at the listing's web domain ({@link ListingDomains}),
 * when a link sent to a proof address at that domain is opened, or else when a coordinator approves.
 */
@Singleton
public class ListingClaims {

    static final String BY_ACCOUNT_EMAIL = "Proved by the claimant's own verified address at the listing's web domain";
    static final String BY_PROOF_EMAIL = "Proved by a link opened at an address at the listing's web domain";

    private final ListingClaimRepository claims;
    private final ServiceListings listings;
    private final UserAccounts accounts;
    private final AccountTokens tokens;
    private final TransactionalEmail email;
    private final EventOutbox events;
    private final AccountSettings settings;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;

    ListingClaims(ListingClaimRepository claims, ServiceListings listings, UserAccounts accounts, AccountTokens tokens,
            TransactionalEmail email, EventOutbox events, AccountSettings settings, TransactionOperations<Connection> transactions,
            Clock clock) {
        this.claims = claims;
        this.listings = listings;
        this.accounts = accounts;
        this.tokens = tokens;
        this.email = email;
        this.events = events;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ListingClaimRecord claim(Actor actor, UUID serviceId, String proofEmail, String note, String language) {
        ServiceListing listing = listings.loadWithoutParts(serviceId).filter(l -> l.deletedAt() == null)
                .orElseThrow(() -> new NotFoundException("No listing " + serviceId));
        UUID organisation = listing.organisation().id();
        if (actor.organisationId().isPresent()) {
            throw new ConflictException(actor.organisationId().get().equals(organisation)
                    ? "This account edits this listing's organisation already" : "This account already edits for another organisation");
        }
        ListingDomains domains = ListingDomains.of(listing.organisation().website(), listing.url());
        String proof = proofEmail == null || proofEmail.isBlank() ? null : Emails.normalise("proof_email", proofEmail);
        if (proof != null && !domains.proves(proof)) {
            throw new InvalidInputException("proof_email", domains.domains().isEmpty()
                    ? "cannot prove this claim: the listing has no web domain of its own; leave it out and a coordinator will decide"
                    : "must be an address at the listing's web domain (" + String.join(", ", domains.domains()) + ")");
        }
        Instant now = clock.instant();
        UUID id = UUID.randomUUID();
        String cleanNote = GroupSignUps.blankToNull(note);
        return transactions.executeWrite(status -> {
            if (domains.proves(actor.username())) {
                claims.insert(id, serviceId, organisation, actor.userId(), null, cleanNote, ApprovalStatus.APPROVED, now);
                accounts.makeGroupEditor(actor.userId(), organisation);
                claims.decide(id, ApprovalStatus.APPROVED, null, now, BY_ACCOUNT_EMAIL);
            } else if (proof != null) {
                claims.insert(id, serviceId, organisation, actor.userId(), proof, cleanNote, ApprovalStatus.AWAITING_EMAIL, now);
                AccountToken row = AccountToken.issue(TokenPurpose.CLAIM_PROOF, proof, language, now, now.plus(settings.claimTtl()))
                        .forUser(actor.userId()).forClaim(id);
                String token = tokens.issue(row);
                email.send(proof, "account.claim-verify-email", row.locale(),
                        Map.of("link", settings.link("/account/claim", token), "listing", listing.name()));
            } else {
                claims.insert(id, serviceId, organisation, actor.userId(), null, cleanNote, ApprovalStatus.PENDING, now);
                events.publish(new PlatformEvent.ListingClaimRequested(id, serviceId, organisation, actor.userId(), now), now);
            }
            return claims.find(id).orElseThrow();
        });
    }

    /** The proof link was opened: the claim is approved. */
    public ListingClaimRecord confirm(String token) {
        return transactions.executeWrite(status -> {
            AccountToken row = tokens.redeem(token, Set.of(TokenPurpose.CLAIM_PROOF));
            ListingClaimRecord claim = open(row.claimId());
            return approve(claim, null, BY_PROOF_EMAIL);
        });
    }

    public List<ListingClaimRecord> list(Actor actor, ApprovalStatus status) {
        GroupSignUps.requireReviewer(actor);
        return transactions.executeRead(s -> claims.withStatus(status == null ? ApprovalStatus.PENDING : status, 500));
    }

    public ListingClaimRecord approve(Actor actor, UUID id, String note) {
        GroupSignUps.requireReviewer(actor);
        return transactions.executeWrite(status -> approve(open(id), actor.userId(), GroupSignUps.blankToNull(note)));
    }

    public ListingClaimRecord reject(Actor actor, UUID id, String note) {
        GroupSignUps.requireReviewer(actor);
        return transactions.executeWrite(status -> {
            open(id);
            claims.decide(id, ApprovalStatus.REJECTED, actor.userId(), clock.instant(), GroupSignUps.blankToNull(note));
            return claims.find(id).orElseThrow();
        });
    }

    private ListingClaimRecord approve(ListingClaimRecord claim, UUID decidedBy, String note) {
        accounts.makeGroupEditor(claim.requestedBy(), claim.organisationId());
        claims.decide(claim.id(), ApprovalStatus.APPROVED, decidedBy, clock.instant(), note);
        return claims.find(claim.id()).orElseThrow();
    }

    private ListingClaimRecord open(UUID id) {
        ListingClaimRecord claim = claims.findForUpdate(id).orElseThrow(() -> new NotFoundException("No claim " + id));
        if (!claim.status().open()) {
            throw new ConflictException("The claim was " + claim.status().wire() + " already");
        }
        return claim;
    }
}
