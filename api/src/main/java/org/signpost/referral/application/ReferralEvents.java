package org.signpost.referral.application;

import java.time.Instant;
import java.util.UUID;
import org.signpost.platform.events.PlatformEvent;
import org.signpost.referral.model.OnwardReferral;
import org.signpost.referral.model.OnwardStatus;
import org.signpost.referral.model.StatusChange;

/** The platform event each step of an onward referral publishes: ids and codes only, never the resident. */
final class ReferralEvents {

    private ReferralEvents() {
    }

    static PlatformEvent drafted(OnwardReferral r) {
        return new PlatformEvent.ReferralDrafted(r.id(), r.episodeId(), r.serviceId(), r.organisationId(), r.schemeId(), r.createdBy());
    }

    /** The event of a move to {@code to}; a move back to draft is never legal, so it has none. */
    static PlatformEvent transition(OnwardReferral r, OnwardStatus to, StatusChange change, UUID actor, boolean placeHeld) {
        Instant at = change.at();
        return switch (to) {
            case SENT -> new PlatformEvent.ReferralSent(r.id(), r.episodeId(), r.serviceId(), r.organisationId(), r.schemeId(),
                    r.createdBy(), actor, at, placeHeld);
            case ACCEPTED -> new PlatformEvent.ReferralAccepted(r.id(), r.episodeId(), r.serviceId(), r.organisationId(), r.schemeId(),
                    r.createdBy(), actor, at, placeHeld);
            case DECLINED -> new PlatformEvent.ReferralDeclined(r.id(), r.episodeId(), r.serviceId(), r.organisationId(), r.schemeId(),
                    r.createdBy(), actor, at, change.declineReason());
            case ATTENDED -> new PlatformEvent.ReferralAttended(r.id(), r.episodeId(), r.serviceId(), r.organisationId(), r.schemeId(),
                    r.createdBy(), actor, at);
            case DID_NOT_ATTEND -> new PlatformEvent.ReferralDidNotAttend(r.id(), r.episodeId(), r.serviceId(), r.organisationId(),
                    r.schemeId(), r.createdBy(), actor, at);
            case COMPLETED -> new PlatformEvent.ReferralCompleted(r.id(), r.episodeId(), r.serviceId(), r.organisationId(), r.schemeId(),
                    r.createdBy(), actor, at, change.outcome());
            case CANCELLED -> new PlatformEvent.ReferralCancelled(r.id(), r.episodeId(), r.serviceId(), r.organisationId(), r.schemeId(),
                    r.createdBy(), actor, at, r.status().wire());
            case DRAFT -> throw new IllegalArgumentException("No referral moves back to draft");
        };
    }
}
