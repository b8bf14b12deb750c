package org.signpost.platform.events;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Every event Signpost publishes, each a record with a stable type name and version ({@link EventSchema}). The
 * payload is the record's components in snake_case JSON. Payloads carry ids and codes, never a resident's name,
 * contact details or health details: a subscriber that needs more reads it through the API, where access is checked.
 * Changing a record's shape means a new version: add a record, keep the old one readable.
 */
public sealed interface PlatformEvent {

    /** The id of what the event is about (its {@link EventSchema#subject()}). */
    @JsonIgnore
    UUID subjectId();

    // --- onward referrals: the group hears of sent and cancelled, the referring link worker of the rest ---

    @EventSchema(type = "referral.drafted", version = 1, subject = "onward_referral")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ReferralDrafted(UUID referralId, UUID episodeId, UUID serviceId, UUID organisationId, UUID schemeId,
            UUID referrerUserId) implements PlatformEvent, OrganisationEvent {
        public UUID subjectId() {
            return referralId;
        }
    }

    @EventSchema(type = "referral.sent", version = 1, subject = "onward_referral")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ReferralSent(UUID referralId, UUID episodeId, UUID serviceId, UUID organisationId, UUID schemeId,
            UUID referrerUserId, UUID actorUserId, Instant at, boolean placeHeld) implements PlatformEvent, OrganisationEvent {
        public UUID subjectId() {
            return referralId;
        }
    }

    @EventSchema(type = "referral.cancelled", version = 1, subject = "onward_referral")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ReferralCancelled(UUID referralId, UUID episodeId, UUID serviceId, UUID organisationId, UUID schemeId,
            UUID referrerUserId, UUID actorUserId, Instant at, String previousStatus) implements PlatformEvent, OrganisationEvent {
        public UUID subjectId() {
            return referralId;
        }
    }

    @EventSchema(type = "referral.accepted", version = 1, subject = "onward_referral")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ReferralAccepted(UUID referralId, UUID episodeId, UUID serviceId, UUID organisationId, UUID schemeId,
            UUID referrerUserId, UUID actorUserId, Instant at, boolean placeHeld) implements PlatformEvent, OrganisationEvent {
        public UUID subjectId() {
            return referralId;
        }
    }

    /** {@code declineReason}: no_capacity, not_eligible, could_not_contact, no_longer_interested or other. */
    @EventSchema(type = "referral.declined", version = 1, subject = "onward_referral")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ReferralDeclined(UUID referralId, UUID episodeId, UUID serviceId, UUID organisationId, UUID schemeId,
            UUID referrerUserId, UUID actorUserId, Instant at, String declineReason) implements PlatformEvent, OrganisationEvent {
        public UUID subjectId() {
            return referralId;
        }
    }

    @EventSchema(type = "referral.attended", version = 1, subject = "onward_referral")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ReferralAttended(UUID referralId, UUID episodeId, UUID serviceId, UUID organisationId, UUID schemeId,
            UUID referrerUserId, UUID actorUserId, Instant at) implements PlatformEvent, OrganisationEvent {
        public UUID subjectId() {
            return referralId;
        }
    }

    @EventSchema(type = "referral.did-not-attend", version = 1, subject = "onward_referral")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ReferralDidNotAttend(UUID referralId, UUID episodeId, UUID serviceId, UUID organisationId, UUID schemeId,
            UUID referrerUserId, UUID actorUserId, Instant at) implements PlatformEvent, OrganisationEvent {
        public UUID subjectId() {
            return referralId;
        }
    }

    /** {@code outcome}: need_met, need_partly_met, need_not_met or other. */
    @EventSchema(type = "referral.completed", version = 1, subject = "onward_referral")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ReferralCompleted(UUID referralId, UUID episodeId, UUID serviceId, UUID organisationId, UUID schemeId,
            UUID referrerUserId, UUID actorUserId, Instant at, String outcome) implements PlatformEvent, OrganisationEvent {
        public UUID subjectId() {
            return referralId;
        }
    }

    /** The group has not answered a sent referral within {@code answerWithin} (signpost.referrals.answer-within). */
    @EventSchema(type = "referral.unanswered", version = 1, subject = "onward_referral")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ReferralUnanswered(UUID referralId, UUID episodeId, UUID serviceId, UUID organisationId, UUID schemeId,
            UUID referrerUserId, Instant sentAt, Duration answerWithin) implements PlatformEvent, OrganisationEvent {
        public UUID subjectId() {
            return referralId;
        }
    }

    /** {@code outcome}: the contact attempt's outcome code (e.g. no_answer, left_message, spoke). */
    @EventSchema(type = "referral.contact-attempted", version = 1, subject = "onward_referral")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ReferralContactAttempted(UUID referralId, UUID organisationId, UUID actorUserId, String outcome, Instant at)
            implements PlatformEvent, OrganisationEvent {
        public UUID subjectId() {
            return referralId;
        }
    }

    // --- episodes with the social prescribing scheme ---

    @EventSchema(type = "episode.referred", version = 1, subject = "episode")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record EpisodeReferred(UUID episodeId, UUID schemeId, String source, String urgency) implements PlatformEvent {
        public UUID subjectId() {
            return episodeId;
        }
    }

    @EventSchema(type = "episode.accepted", version = 1, subject = "episode")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record EpisodeAccepted(UUID episodeId, UUID schemeId, UUID actorUserId, Instant at) implements PlatformEvent {
        public UUID subjectId() {
            return episodeId;
        }
    }

    @EventSchema(type = "episode.declined", version = 1, subject = "episode")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record EpisodeDeclined(UUID episodeId, UUID schemeId, UUID actorUserId, Instant at, String declineReason) implements PlatformEvent {
        public UUID subjectId() {
            return episodeId;
        }
    }

    @EventSchema(type = "episode.closed", version = 1, subject = "episode")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record EpisodeClosed(UUID episodeId, UUID schemeId, UUID actorUserId, Instant at) implements PlatformEvent {
        public UUID subjectId() {
            return episodeId;
        }
    }

    @EventSchema(type = "episode.assigned", version = 1, subject = "episode")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record EpisodeAssigned(UUID episodeId, UUID schemeId, UUID linkWorkerUserId, UUID actorUserId, Instant at) implements PlatformEvent {
        public UUID subjectId() {
            return episodeId;
        }
    }

    // --- residents ---

    /** A resident referred themselves from the app: they hear it was received. */
    @EventSchema(type = "self-referral.received", version = 1, subject = "episode")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record SelfReferralReceived(UUID episodeId, UUID schemeId, UUID residentUserId, Instant at) implements PlatformEvent {
        public UUID subjectId() {
            return episodeId;
        }
    }

    /** Staff invited a resident (who has an app account) to complete a wellbeing measure. */
    @EventSchema(type = "outcome.invited", version = 1, subject = "outcome_invitation")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record OutcomeInvited(UUID invitationId, UUID episodeId, UUID residentUserId, String measureId, String timepoint,
            Instant expiresAt) implements PlatformEvent {
        public UUID subjectId() {
            return invitationId;
        }
    }

    // --- the directory ---

    /** A verified listing's review period passed ({@code dueSince}); its group is reminded. */
    @EventSchema(type = "listing.review-due", version = 1, subject = "service")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ListingReviewDue(UUID serviceId, UUID organisationId, LocalDate assuredDate, LocalDate dueSince)
            implements PlatformEvent, OrganisationEvent {
        public UUID subjectId() {
            return serviceId;
        }
    }

    /** A verified listing went unreviewed past hide-after: residents no longer see it; its group is told. */
    @EventSchema(type = "listing.hidden-for-staleness", version = 1, subject = "service")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ListingHiddenForStaleness(UUID serviceId, UUID organisationId, LocalDate assuredDate, LocalDate hiddenSince)
            implements PlatformEvent, OrganisationEvent {
        public UUID subjectId() {
            return serviceId;
        }
    }

    /** A group asked to join by creating an organisation; a coordinator approves it (published by the accounts work). */
    @EventSchema(type = "organisation.signup-requested", version = 1, subject = "organisation")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record OrganisationSignupRequested(UUID requestId, UUID organisationId, UUID requestedByUserId, Instant at) implements PlatformEvent {
        public UUID subjectId() {
            return organisationId;
        }
    }

    /**
     * Someone claimed an existing listing for their group; a coordinator approves it unless the claim was proved by an
     * email at the listing's domain (published by the accounts work).
     */
    @EventSchema(type = "listing.claim-requested", version = 1, subject = "service")
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ListingClaimRequested(UUID claimId, UUID serviceId, UUID organisationId, UUID requestedByUserId, Instant at)
            implements PlatformEvent {
        public UUID subjectId() {
            return serviceId;
        }
    }
}
