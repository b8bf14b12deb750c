package org.signpost.directory.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.UUID;
import org.signpost.contract.model.DecisionRequest;
import org.signpost.contract.model.PendingChange;
import org.signpost.contract.model.PendingChangePage;
import org.signpost.contract.model.ServicePage;
import org.signpost.contract.server.DirectoryReviewApi;
import org.signpost.directory.application.ListingReader;
import org.signpost.directory.application.PendingChangeReview;
import org.signpost.security.web.CurrentActor;

/** Keeping listings true: what is due for review, and deciding held edits. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({"COORDINATOR", "ADMIN"})
class ReviewController implements DirectoryReviewApi {

    private final CurrentActor currentActor;
    private final ListingReader reader;
    private final PendingChangeReview review;

    ReviewController(CurrentActor currentActor, ListingReader reader, PendingChangeReview review) {
        this.currentActor = currentActor;
        this.reader = reader;
        this.review = review;
    }

    @Override
    @Secured({"GROUP_EDITOR", "COORDINATOR", "ADMIN"})
    public ServicePage listReviewDue(UUID organisationId, Integer page, Integer perPage) {
        var found = reader.reviewDue(currentActor.get(), organisationId, Wire.page(page), Wire.perPage(perPage));
        return new ServicePage(found.totalItems(), found.page(), found.perPage())
                .items(Wire.mutable(found.items().stream().map(s -> ReviewMapper.summary(s, reader)).toList()));
    }

    @Override
    @Secured({"GROUP_EDITOR", "COORDINATOR", "ADMIN"})
    public PendingChangePage listPendingChanges(UUID serviceId, Integer page, Integer perPage) {
        var found = review.list(currentActor.get(), serviceId, Wire.page(page), Wire.perPage(perPage));
        return new PendingChangePage(found.totalItems(), found.page(), found.perPage())
                .items(Wire.mutable(found.items().stream().map(ReviewMapper::pendingChange).toList()));
    }

    @Override
    public PendingChange approvePendingChange(UUID changeId, DecisionRequest decisionRequest) {
        return ReviewMapper.pendingChange(review.approve(currentActor.get(), changeId, note(decisionRequest)));
    }

    @Override
    public PendingChange rejectPendingChange(UUID changeId, DecisionRequest decisionRequest) {
        return ReviewMapper.pendingChange(review.reject(currentActor.get(), changeId, note(decisionRequest)));
    }

    private static String note(DecisionRequest request) {
        return request == null || request.getNote() == null || request.getNote().isBlank() ? null : request.getNote().strip();
    }
}
