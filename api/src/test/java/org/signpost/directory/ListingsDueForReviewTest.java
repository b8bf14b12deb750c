package org.signpost.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.TestDirectory.as;
import static org.signpost.testing.TestDirectory.etag;
import static org.signpost.testing.TestDirectory.listing;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Period;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.DirectoryReviewApi;
import org.signpost.contract.client.DirectoryServicesApi;
import org.signpost.contract.model.ServiceDetail;
import org.signpost.contract.model.ServiceSummary;
import org.signpost.directory.application.ReviewDueJob;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.MovableClock;
import org.signpost.testing.TestDatabase;
import org.signpost.testing.TestDirectory;
import org.signpost.testing.TestUsers;

/** Time passes (the clock moves): listings fall due for review at six months and out of residents' sight after twelve. */
@MicronautTest(transactional = false)
// the outbox rows a change writes are what is asserted: the indexer must not consume them meanwhile
@Property(name = "signpost.indexer.enabled", value = "false")
@Property(name = "signpost.test.clock", value = "movable")
@Property(name = "signpost.directory.review-job.enabled", value = "false")
class ListingsDueForReviewTest {

    @Inject
    DirectoryServicesApi services;

    @Inject
    DirectoryReviewApi review;

    @Inject
    TestDirectory directory;

    @Inject
    TestUsers users;

    @Inject
    TestDatabase database;

    @Inject
    MovableClock clock;

    @Inject
    ReviewDueJob job;

    @AfterEach
    void reset() {
        clock.reset();
        Bearer.clear();
    }

    @Test
    void listingsFallDueAreRemindedOncePerPeriodAndGoStaleAfterAYear() {
        UUID ours = directory.organisation("Greasbrough Lunch Club");
        UUID theirs = directory.organisation("Kimberworth Chess Club");
        ServiceDetail mine = directory.verifiedListing(ours);
        ServiceDetail other = directory.verifiedListing(theirs);
        ServiceDetail draft = as(directory.groupEditorOf(ours), () -> services.createService(listing(ours)).body());

        // moving the clock by months ends every sign-in (12 h at most): each step signs in afresh
        clock.advance(Period.ofMonths(6));
        assertThat(dueFor(directory.groupEditorOf(ours), null).getTotalItems()).as("exactly six months old is not yet due").isZero();

        clock.advance(Period.ofDays(1));
        assertThat(dueFor(directory.groupEditorOf(ours), null).getItems()).extracting(ServiceSummary::getId).containsExactly(mine.getId());
        assertThat(dueFor(directory.groupEditorOf(ours), null).getItems().get(0).getReviewDue()).isTrue();
        assertThat(dueFor(coordinator(), theirs).getItems()).extracting(ServiceSummary::getId).containsExactly(other.getId());
        assertThat(dueFor(coordinator(), null).getTotalItems()).isGreaterThanOrEqualTo(2);
        assertThat(dueFor(coordinator(), ours).getItems()).extracting(ServiceSummary::getId)
                .as("drafts are the coordinators' verify queue, not review reminders").doesNotContain(draft.getId());

        job.run();
        job.run();
        assertThat(reminders(mine)).isEqualTo(1);
        assertThat(reminders(other)).isEqualTo(1);

        String editor = directory.groupEditorOf(ours);
        ServiceDetail now = as(editor, () -> services.getService(mine.getId()).body());
        ServiceDetail confirmed = as(editor, () -> services.confirmService(mine.getId(), etag(now)).body());
        assertThat(confirmed.getAssuredDate()).isEqualTo(now.getAssuredDate().plusMonths(6).plusDays(1));
        assertThat(confirmed.getReviewDue()).isFalse();
        assertThat(dueFor(directory.groupEditorOf(ours), null).getTotalItems()).isZero();
        job.run();
        assertThat(reminders(mine)).as("a confirmed listing is not reminded again this period").isEqualTo(1);

        clock.advance(Period.ofMonths(6).minusDays(1));
        ServiceDetail atAYear = as(coordinator(), () -> services.getService(other.getId()).body());
        assertThat(atAYear.getResidentVisibility().getReason()).as("exactly twelve months old is still shown").isEqualTo("visible");
        long outboxBefore = database.searchOutboxRows(other.getId());

        clock.advance(Period.ofDays(1));
        users.actAs(Role.LINK_WORKER);
        ServiceDetail stale = services.getService(other.getId()).body();
        assertThat(stale.getStale()).isTrue();
        assertThat(stale.getResidentVisibility().getVisible()).isFalse();
        assertThat(stale.getResidentVisibility().getReason()).isEqualTo("stale");
        ServiceDetail fresh = services.getService(mine.getId()).body();
        assertThat(fresh.getStale()).isFalse();
        assertThat(fresh.getReviewDue()).as("confirmed exactly six months ago").isFalse();

        job.run();
        job.run();
        assertThat(database.searchOutboxRows(other.getId())).as("one re-index when it drops out of residents' sight").isEqualTo(outboxBefore + 1);
        assertThat(events(other, "listing.hidden-for-staleness")).as("its group is told once that residents no longer see it").isEqualTo(1);
        assertThat(events(mine, "listing.hidden-for-staleness")).isZero();
        assertThat(reminders(other)).as("still the same due period").isEqualTo(1);

        clock.advance(Period.ofDays(1));
        job.run();
        assertThat(reminders(mine)).as("a new due period, a new reminder").isEqualTo(2);
    }

    private String coordinator() {
        return users.signIn(users.create(Role.COORDINATOR)).getAccessToken();
    }

    private org.signpost.contract.model.ServicePage dueFor(String token, UUID organisation) {
        return as(token, () -> review.listReviewDue(organisation, 1, 100));
    }

    private long reminders(ServiceDetail listing) {
        return events(listing, "listing.review-due");
    }

    private long events(ServiceDetail listing, String type) {
        return database.count("SELECT COUNT(*) FROM event_outbox WHERE aggregate_id = ? AND event_type = ?", listing.getId(), type);
    }
}
