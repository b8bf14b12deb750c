package org.signpost.accounts.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.signpost.accounts.model.AccountToken;
import org.signpost.accounts.model.GroupSignUpRecord;
import org.signpost.accounts.model.ListingClaimRecord;
import org.signpost.accounts.model.ListingDomains;
import org.signpost.contract.model.ApprovalStatus;
import org.signpost.contract.model.EmailDomainCheck;
import org.signpost.contract.model.EmailDomainCheckResult;
import org.signpost.contract.model.GroupClaim;
import org.signpost.contract.model.GroupSignUp;
import org.signpost.contract.model.Invitation;
import org.signpost.contract.model.Role;

final class AccountMapping {

    private AccountMapping() {
    }

    static Invitation invitation(AccountToken t) {
        Invitation out = new Invitation(t.id(), t.email(), Role.valueOf(t.role().name()), time(t.expiresAt()));
        out.setSchemeIds(t.schemeIds().stream().sorted().toList());
        out.setOrganisationId(t.organisationId());
        return out;
    }

    static GroupSignUp signUp(GroupSignUpRecord g) {
        GroupSignUp out = new GroupSignUp(g.id(), g.organisationId(), g.name(), g.requestedByName(), status(g.status()),
                time(g.requestedAt()));
        out.setDescription(g.description());
        out.setEmail(g.email());
        out.setWebsite(g.website());
        out.setNote(g.note());
        out.setDecidedAt(time(g.decidedAt()));
        out.setDecisionNote(g.decisionNote());
        out.setEmailDomainCheck(check(ListingDomains.check(g.requestedByName(), g.website())));
        return out;
    }

    static GroupClaim claim(ListingClaimRecord c) {
        GroupClaim out = new GroupClaim(c.id(), c.serviceId(), c.organisationId(), c.serviceName(), c.organisationName(),
                c.requestedByName(), status(c.status()), time(c.requestedAt()));
        out.setProofEmail(c.proofEmail());
        out.setNote(c.note());
        out.setDecidedAt(time(c.decidedAt()));
        out.setDecisionNote(c.decisionNote());
        out.setEmailDomainCheck(check(ListingDomains.check(c.requestedByName(), c.organisationWebsite(), c.serviceUrl())));
        return out;
    }

    private static EmailDomainCheck check(ListingDomains.Check c) {
        EmailDomainCheck out = new EmailDomainCheck(EmailDomainCheckResult.fromValue(c.result().name().toLowerCase(Locale.ROOT)));
        out.setEmailDomain(c.emailDomain());
        out.setWebHost(c.webHost());
        out.setSharedHost(c.sharedHost());
        return out;
    }

    static List<GroupSignUp> signUps(List<GroupSignUpRecord> all) {
        return all.stream().map(AccountMapping::signUp).toList();
    }

    static List<GroupClaim> claims(List<ListingClaimRecord> all) {
        return all.stream().map(AccountMapping::claim).toList();
    }

    static ApprovalStatus status(org.signpost.accounts.model.ApprovalStatus status) {
        return ApprovalStatus.fromValue(status.wire());
    }

    static org.signpost.accounts.model.ApprovalStatus status(ApprovalStatus status) {
        return status == null ? null : org.signpost.accounts.model.ApprovalStatus.fromWire(status.getValue());
    }

    private static OffsetDateTime time(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
