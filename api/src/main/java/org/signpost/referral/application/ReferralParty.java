package org.signpost.referral.application;

import java.util.Set;
import java.util.UUID;
import org.signpost.referral.model.OnwardReferral;
import org.signpost.referral.model.OnwardStatus;
import org.signpost.referral.model.ReferralTransitions;
import org.signpost.security.model.Actor;
import org.signpost.security.model.Role;

/** Which side of an onward referral the caller is on, if any. A group never sees a draft. */
final class ReferralParty {

    private ReferralParty() {
    }

    static ReferralTransitions.Party of(Actor actor, Set<UUID> actorSchemes, OnwardReferral referral) {
        if (actor.hasAny(Role.LINK_WORKER, Role.COORDINATOR) && actorSchemes.contains(referral.schemeId())) {
            return ReferralTransitions.Party.REFERRER;
        }
        if (actor.actsFor(referral.organisationId()) && referral.status() != OnwardStatus.DRAFT) {
            return ReferralTransitions.Party.PROVIDER;
        }
        return null;
    }

    static String notAParty(Actor actor) {
        return actor.has(Role.GROUP_EDITOR) ? "This referral was not sent to your organisation"
                : "This referral belongs to a scheme you are not a member of";
    }
}
