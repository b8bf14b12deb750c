package org.signpost.notifications.model;

import java.util.Optional;
import org.signpost.platform.events.PlatformEvent;
import org.signpost.platform.events.PlatformEvent.ListingClaimRequested;
import org.signpost.platform.events.PlatformEvent.ListingHiddenForStaleness;
import org.signpost.platform.events.PlatformEvent.ListingReviewDue;
import org.signpost.platform.events.PlatformEvent.OrganisationSignupRequested;
import org.signpost.platform.events.PlatformEvent.OutcomeInvited;
import org.signpost.platform.events.PlatformEvent.ReferralAccepted;
import org.signpost.platform.events.PlatformEvent.ReferralAttended;
import org.signpost.platform.events.PlatformEvent.ReferralCancelled;
import org.signpost.platform.events.PlatformEvent.ReferralCompleted;
import org.signpost.platform.events.PlatformEvent.ReferralDeclined;
import org.signpost.platform.events.PlatformEvent.ReferralSent;
import org.signpost.platform.events.PlatformEvent.ReferralUnanswered;
import org.signpost.platform.events.PlatformEvent.SelfReferralReceived;

/**
 * The one place that decides who is told of what (docs/notifications.md, "Who gets what"): a group hears of a referral
 * sent to it or cancelled; the referring link worker of its answer, attendance, completion and of no answer in time;
 * a group of its listings due for review or hidden for staleness; a resident that their self-referral arrived and of
 * invitations to say how they are doing; coordinators of sign-ups and claims to approve. Every other event tells
 * nobody by message.
 */
public final class WhoHearsWhat {

    /** Console routes the messages link to (the console checks access; the link carries no personal data). */
    public static final String CONSOLE_REFERRAL = "/console/referrals/";
    public static final String CONSOLE_LISTING = "/console/listings/";
    public static final String CONSOLE_APPROVALS = "/console/approvals";
    /** Resident app routes. */
    public static final String APP_REFERRALS = "/account";
    public static final String APP_INVITATION = "/questionnaire/";

    /** The messages each role can be sent (what a person's preferences list). */
    private static final java.util.Map<String, java.util.List<String>> BY_ROLE = java.util.Map.of(
            "LINK_WORKER", java.util.List.of("referral.accepted", "referral.declined", "referral.attended", "referral.completed",
                    "referral.unanswered"),
            "GROUP_EDITOR", java.util.List.of("referral.new", "referral.cancelled", "listing.review-due", "listing.hidden"),
            "COORDINATOR", java.util.List.of("approval.sign-up", "approval.claim"),
            "RESIDENT", java.util.List.of("resident.self-referral-received", "resident.outcome-invitation"));

    private WhoHearsWhat() {
    }

    /** The template keys a person with these roles (by name) can be sent, in a stable order. */
    public static java.util.List<String> topicsFor(java.util.Collection<String> roles) {
        java.util.Set<String> keys = new java.util.TreeSet<>();
        roles.forEach(role -> keys.addAll(BY_ROLE.getOrDefault(role, java.util.List.of())));
        return java.util.List.copyOf(keys);
    }

    public static Optional<Notice> of(PlatformEvent event) {
        return Optional.ofNullable(notice(event));
    }

    private static Notice notice(PlatformEvent event) {
        if (event instanceof ReferralSent e) {
            return new Notice("referral.new", new Audience.GroupEditors(e.organisationId()), CONSOLE_REFERRAL + e.referralId(),
                    e.serviceId(), null);
        } else if (event instanceof ReferralCancelled e) {
            return new Notice("referral.cancelled", new Audience.GroupEditors(e.organisationId()), CONSOLE_REFERRAL + e.referralId(),
                    e.serviceId(), null);
        } else if (event instanceof ReferralAccepted e) {
            return toReferrer("referral.accepted", e.referrerUserId(), e.referralId(), e.serviceId(), null);
        } else if (event instanceof ReferralDeclined e) {
            return toReferrer("referral.declined", e.referrerUserId(), e.referralId(), e.serviceId(), e.declineReason());
        } else if (event instanceof ReferralAttended e) {
            return toReferrer("referral.attended", e.referrerUserId(), e.referralId(), e.serviceId(), null);
        } else if (event instanceof ReferralCompleted e) {
            return toReferrer("referral.completed", e.referrerUserId(), e.referralId(), e.serviceId(), null);
        } else if (event instanceof ReferralUnanswered e) {
            return toReferrer("referral.unanswered", e.referrerUserId(), e.referralId(), e.serviceId(), null);
        } else if (event instanceof ListingReviewDue e) {
            return new Notice("listing.review-due", new Audience.GroupEditors(e.organisationId()), CONSOLE_LISTING + e.serviceId(),
                    e.serviceId(), null);
        } else if (event instanceof ListingHiddenForStaleness e) {
            return new Notice("listing.hidden", new Audience.GroupEditors(e.organisationId()), CONSOLE_LISTING + e.serviceId(),
                    e.serviceId(), null);
        } else if (event instanceof SelfReferralReceived e) {
            return e.residentUserId() == null ? null
                    : new Notice("resident.self-referral-received", new Audience.User(e.residentUserId()), APP_REFERRALS, null, null);
        } else if (event instanceof OutcomeInvited e) {
            return e.residentUserId() == null ? null
                    : new Notice("resident.outcome-invitation", new Audience.User(e.residentUserId()), APP_INVITATION + e.invitationId(),
                            null, null);
        } else if (event instanceof OrganisationSignupRequested) {
            return new Notice("approval.sign-up", new Audience.Coordinators(), CONSOLE_APPROVALS, null, null);
        } else if (event instanceof ListingClaimRequested e) {
            return new Notice("approval.claim", new Audience.Coordinators(), CONSOLE_APPROVALS, e.serviceId(), null);
        }
        return null;
    }

    private static Notice toReferrer(String template, java.util.UUID referrer, java.util.UUID referral, java.util.UUID service,
            String reason) {
        return referrer == null ? null : new Notice(template, new Audience.User(referrer), CONSOLE_REFERRAL + referral, service, reason);
    }
}
