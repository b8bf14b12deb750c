package org.signpost.audit.model;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.signpost.platform.rules.Decision;
import org.signpost.security.model.Role;

/**
 * Which purposes each role may state. A resident reads only their own data; a group manages the
 * referrals sent to it; staff care, refer and safeguard; an administrator administers.
 */
public final class PurposePolicy {

    private static final Map<Role, Set<Purpose>> ALLOWED = Map.of(
            Role.LINK_WORKER, EnumSet.of(Purpose.DIRECT_CARE, Purpose.REFERRAL_MANAGEMENT, Purpose.SAFEGUARDING),
            Role.COORDINATOR, EnumSet.of(Purpose.DIRECT_CARE, Purpose.REFERRAL_MANAGEMENT, Purpose.SAFEGUARDING),
            Role.GROUP_EDITOR, EnumSet.of(Purpose.REFERRAL_MANAGEMENT, Purpose.SAFEGUARDING),
            Role.ADMIN, EnumSet.of(Purpose.SERVICE_ADMINISTRATION),
            Role.RESIDENT, EnumSet.of(Purpose.RESIDENT_OWN_ACCESS),
            Role.EVALUATOR, EnumSet.noneOf(Purpose.class));

    private PurposePolicy() {
    }

    public static Decision mayState(Set<Role> roles, Purpose purpose) {
        for (Role role : roles) {
            if (ALLOWED.getOrDefault(role, Set.of()).contains(purpose)) {
                return Decision.allow();
            }
        }
        return Decision.deny("Your role may not read personal data for the purpose " + purpose.name());
    }
}
