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
import org.signpost.referral.infrastructure.OnwardReferralRepository;
import org.signpost.referral.model.OnwardStatus;
import org.signpost.security.model.Role;

/** The referrals sent to a group's organisation, as the group sees them. */
@Singleton
public class GroupReferrals {

    /** One page of referrals. */
    public record Page(int page, int size, long total, List<OnwardReferralView> referrals) {
    }

    private final OnwardReferralRepository referrals;
    private final OnwardReferralViews views;
    private final PersonalDataAccess access;
    private final TransactionOperations<Connection> transactions;

    GroupReferrals(OnwardReferralRepository referrals, OnwardReferralViews views, PersonalDataAccess access,
            TransactionOperations<Connection> transactions) {
        this.referrals = referrals;
        this.views = views;
        this.access = access;
        this.transactions = transactions;
    }

    public Page list(Access who, OnwardStatus status, int page, int size) {
        UUID organisation = who.actor().organisationId().filter(o -> who.actor().has(Role.GROUP_EDITOR)).orElse(null);
        if (organisation == null) {
            throw access.denied(who, AuditAction.READ, Resource.of("onward_referral", null, null),
                    "Only a group editor has referrals sent to their organisation");
        }
        Page found = transactions.executeRead(tx -> new Page(page, size, referrals.countToOrganisation(organisation, status),
                views.build(referrals.toOrganisation(organisation, status, (long) (page - 1) * size, size), true)));
        access.allowedEach(who, AuditAction.READ, found.referrals().stream().map(v -> OnwardReferrals.resource(v.referral())).toList(),
                OnwardReferralView.SHARED_FIELDS);
        return found;
    }
}
