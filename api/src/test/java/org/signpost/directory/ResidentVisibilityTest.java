package org.signpost.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.signpost.directory.model.ResidentVisibility;
import org.signpost.directory.model.ResidentVisibility.Reason;
import org.signpost.directory.model.ReviewPeriods;
import org.signpost.directory.model.Verification;
import org.signpost.seeds.model.ReferralRoute;
import org.signpost.seeds.model.ServiceStatus;

/** The rule the ORUK feed and search rely on, at each of its edges (a pure rule: no server needed). */
class ResidentVisibilityTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    final ResidentVisibility rule = new ResidentVisibility(ReviewPeriods.DEFAULTS);

    private ResidentVisibility.Decision decide(Verification v, ServiceStatus s, Instant deleted, LocalDate assured) {
        return rule.decide(v, s, deleted, assured, ReferralRoute.BOTH, TODAY);
    }

    @Test
    void aVerifiedActiveListingReviewedWithinAYearIsShown() {
        assertThat(decide(Verification.VERIFIED, ServiceStatus.ACTIVE, null, TODAY)).isEqualTo(ResidentVisibility.Decision.SHOWN);
        assertThat(decide(Verification.VERIFIED, ServiceStatus.ACTIVE, null, TODAY.minusMonths(12)).visible())
                .as("exactly twelve months old").isTrue();
    }

    @Test
    void aDayPastTwelveMonthsIsStale() {
        var decision = decide(Verification.VERIFIED, ServiceStatus.ACTIVE, null, TODAY.minusMonths(12).minusDays(1));

        assertThat(decision.visible()).isFalse();
        assertThat(decision.reason()).isEqualTo(Reason.STALE);
    }

    @Test
    void neverReviewedIsHidden() {
        assertThat(decide(Verification.VERIFIED, ServiceStatus.ACTIVE, null, null).reason()).isEqualTo(Reason.NEVER_ASSURED);
    }

    @Test
    void aDraftIsHiddenHoweverFresh() {
        assertThat(decide(Verification.DRAFT, ServiceStatus.ACTIVE, null, TODAY).reason()).isEqualTo(Reason.DRAFT);
    }

    @ParameterizedTest
    @EnumSource(value = ServiceStatus.class, names = "ACTIVE", mode = EnumSource.Mode.EXCLUDE)
    void anythingButActiveIsHidden(ServiceStatus status) {
        assertThat(decide(Verification.VERIFIED, status, null, TODAY).reason()).isEqualTo(Reason.NOT_ACTIVE);
    }

    @Test
    void aListingTakingReferralsOnlyThroughALinkWorkerIsNotPublic() {
        assertThat(rule.decide(Verification.VERIFIED, ServiceStatus.ACTIVE, null, TODAY, ReferralRoute.LINK_WORKER_REFERRAL, TODAY)
                .reason()).isEqualTo(Reason.LINK_WORKER_ONLY);
        assertThat(rule.decide(Verification.VERIFIED, ServiceStatus.ACTIVE, null, TODAY, ReferralRoute.SELF_REFERRAL, TODAY).visible())
                .isTrue();
    }

    /** Link workers see every verified, active, undeleted listing, whatever its assurance or referral route. */
    @Test
    void linkWorkersSeeEveryLiveListingWhateverItsAssuranceOrRoute() {
        ResidentVisibility.Criteria linkWorkers = rule.criteria(ResidentVisibility.Viewer.LINK_WORKER, TODAY);
        java.util.List<LocalDate> dates = java.util.Arrays.asList(null, TODAY, TODAY.minusMonths(12), TODAY.minusMonths(12).minusDays(1));
        for (Verification v : Verification.values()) {
            for (ServiceStatus s : ServiceStatus.values()) {
                for (Instant deleted : java.util.Arrays.asList(null, Instant.parse("2026-11-01T10:00:00Z"))) {
                    for (LocalDate assured : dates) {
                        for (ReferralRoute route : ReferralRoute.values()) {
                            boolean live = deleted == null && v == Verification.VERIFIED && s == ServiceStatus.ACTIVE;
                            assertThat(linkWorkers.admits(new ResidentVisibility.Facts(v, s, deleted, assured, route)))
                                    .as("%s %s %s %s %s", v, s, deleted, assured, route).isEqualTo(live);
                        }
                    }
                }
            }
        }
        assertThat(linkWorkers.flaggedStale(null)).as("never assured").isTrue();
        assertThat(linkWorkers.flaggedStale(TODAY.minusMonths(12))).isFalse();
        assertThat(linkWorkers.flaggedStale(TODAY.minusMonths(12).minusDays(1))).isTrue();
    }

    @Test
    void thePublicRuleInSqlNamesEachColumnOnce() {
        ResidentVisibility.SqlFilter sql = rule.criteria(TODAY).sql("s");
        assertThat(sql.where()).isEqualTo("s.deleted_at IS NULL AND s.verification = ? AND s.status = ? AND s.assured_date >= ?"
                + " AND s.referral_route <> ?");
        assertThat(sql.parameters()).containsExactly("verified", "active", LocalDate.of(2025, 11, 23), "link_worker_referral");
    }

    @Test
    void deletedWinsOverEveryOtherReason() {
        assertThat(decide(Verification.DRAFT, ServiceStatus.DEFUNCT, Instant.parse("2026-11-01T10:00:00Z"), null).reason())
                .isEqualTo(Reason.DELETED);
        assertThat(decide(Verification.DRAFT, ServiceStatus.DEFUNCT, null, null).reason()).isEqualTo(Reason.DRAFT);
        assertThat(decide(Verification.VERIFIED, ServiceStatus.DEFUNCT, null, null).reason()).isEqualTo(Reason.NOT_ACTIVE);
    }

    @Test
    void theLimitIsConfigurableAndTheCutoffIsWhatAQueryUses() {
        ResidentVisibility strict = new ResidentVisibility(new ReviewPeriods(Period.ofMonths(1), Period.ofMonths(3)));

        assertThat(strict.decide(Verification.VERIFIED, ServiceStatus.ACTIVE, null, TODAY.minusMonths(3), ReferralRoute.SELF_REFERRAL, TODAY).visible()).isTrue();
        assertThat(strict.decide(Verification.VERIFIED, ServiceStatus.ACTIVE, null, TODAY.minusMonths(3).minusDays(1),
                ReferralRoute.SELF_REFERRAL, TODAY).reason())
                .isEqualTo(Reason.STALE);
        assertThat(strict.oldestVisibleAssuredDate(TODAY)).isEqualTo(LocalDate.of(2026, 8, 23));
        assertThat(rule.oldestVisibleAssuredDate(TODAY)).isEqualTo(LocalDate.of(2025, 11, 23));
    }

    @Test
    void reviewFallsDueTheDayAfterSixMonths() {
        ReviewPeriods periods = ReviewPeriods.DEFAULTS;

        assertThat(periods.reviewDue(TODAY.minusMonths(6), TODAY)).isFalse();
        assertThat(periods.reviewDue(TODAY.minusMonths(6).minusDays(1), TODAY)).isTrue();
        assertThat(periods.reviewDue(null, TODAY)).isTrue();
        assertThat(Reason.NEVER_ASSURED.wire()).isEqualTo("never_assured");
    }
}
