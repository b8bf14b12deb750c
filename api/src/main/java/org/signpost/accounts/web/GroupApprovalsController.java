package org.signpost.accounts.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.List;
import java.util.UUID;
import org.signpost.accounts.application.GroupSignUps;
import org.signpost.accounts.application.ListingClaims;
import org.signpost.contract.model.ApprovalDecision;
import org.signpost.contract.model.ApprovalStatus;
import org.signpost.contract.model.GroupClaim;
import org.signpost.contract.model.GroupSignUp;
import org.signpost.contract.server.GroupApprovalsApi;
import org.signpost.security.web.CurrentActor;

@Controller
@Secured({"COORDINATOR", "ADMIN"})
@ExecuteOn(TaskExecutors.BLOCKING)
class GroupApprovalsController implements GroupApprovalsApi {

    private final GroupSignUps signUps;
    private final ListingClaims claims;
    private final CurrentActor currentActor;

    GroupApprovalsController(GroupSignUps signUps, ListingClaims claims, CurrentActor currentActor) {
        this.signUps = signUps;
        this.claims = claims;
        this.currentActor = currentActor;
    }

    @Override
    public List<GroupSignUp> listGroupSignUps(ApprovalStatus status) {
        return AccountMapping.signUps(signUps.list(currentActor.get(), AccountMapping.status(status)));
    }

    @Override
    public GroupSignUp approveGroupSignUp(UUID signUpId, ApprovalDecision decision) {
        return AccountMapping.signUp(signUps.approve(currentActor.get(), signUpId, note(decision)));
    }

    @Override
    public GroupSignUp rejectGroupSignUp(UUID signUpId, ApprovalDecision decision) {
        return AccountMapping.signUp(signUps.reject(currentActor.get(), signUpId, note(decision)));
    }

    @Override
    public List<GroupClaim> listListingClaims(ApprovalStatus status) {
        return AccountMapping.claims(claims.list(currentActor.get(), AccountMapping.status(status)));
    }

    @Override
    public GroupClaim approveListingClaim(UUID claimId, ApprovalDecision decision) {
        return AccountMapping.claim(claims.approve(currentActor.get(), claimId, note(decision)));
    }

    @Override
    public GroupClaim rejectListingClaim(UUID claimId, ApprovalDecision decision) {
        return AccountMapping.claim(claims.reject(currentActor.get(), claimId, note(decision)));
    }

    private static String note(ApprovalDecision decision) {
        return decision == null ? null : decision.getNote();
    }
}
