package org.signpost.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.SocialPrescribing.DIRECT_CARE;
import static org.signpost.testing.SocialPrescribing.REFERRAL_MANAGEMENT;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.DirectoryServicesApi;
import org.signpost.contract.client.EpisodesApi;
import org.signpost.contract.client.OnwardReferralsApi;
import org.signpost.contract.model.Capacity;
import org.signpost.contract.model.OnwardDeclineReason;
import org.signpost.contract.model.OnwardReferral;
import org.signpost.contract.model.OnwardStatus;
import org.signpost.contract.model.OnwardTransitionRequest;
import org.signpost.contract.model.Problem;
import org.signpost.contract.model.RestoreRequest;
import org.signpost.contract.model.ServiceDetail;
import org.signpost.testing.Bearer;
import org.signpost.testing.ProblemBodies;
import org.signpost.testing.Problems;
import org.signpost.testing.SocialPrescribing.Group;
import org.signpost.testing.SocialPrescribing.Team;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.TestDirectory;
import org.signpost.testing.TestUsers;

/** A service's places: taken on acceptance, given back by a decline, a cancellation or completion; full means an override. */
@MicronautTest(transactional = false)
class PlacesAndDeclinesTest {

    @Inject
    TestUsers users;

    @Inject
    SocialPrescribing sp;

    @Inject
    EpisodesApi episodes;

    @Inject
    OnwardReferralsApi referrals;

    @Inject
    DirectoryServicesApi services;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void aDeclineAfterAcceptanceFreesThePlaceAndAFullServiceNeedsAnOverride() {
        Team team = sp.team();
        Group club = sp.group("One Place Club", 1);
        OnwardReferral first = sent(team, club, "Alice");
        act(club.editor());
        OnwardReferral accepted = transition(first, OnwardStatus.ACCEPTED, REFERRAL_MANAGEMENT);
        assertThat(sp.placesAvailable(club.serviceId())).isZero();

        // the service is full: sending is refused without a reason to override
        OnwardReferral second = drafted(team, club, "Bea");
        act(team.linkWorker());
        Map<String, Object> full = ProblemBodies.expect(HttpStatus.CONFLICT, () -> referrals.transitionOnwardReferral(second.getId(),
                new OnwardTransitionRequest(OnwardStatus.SENT, second.getVersion()), DIRECT_CARE));
        assertThat(full.get("capacity_available")).isEqualTo(0);
        assertThat(full.toString()).contains("capacity_override_reason");
        OnwardReferral overridden = referrals.transitionOnwardReferral(second.getId(), new OnwardTransitionRequest(OnwardStatus.SENT,
                second.getVersion()).capacityOverrideReason("Group lead said they can squeeze her in"), DIRECT_CARE);
        assertThat(overridden.getCapacityOverrideReason()).isEqualTo("Group lead said they can squeeze her in");

        // the group cannot accept beyond its places...
        act(club.editor());
        Map<String, Object> noPlace = ProblemBodies.expect(HttpStatus.CONFLICT, () -> transition(overridden, OnwardStatus.ACCEPTED,
                REFERRAL_MANAGEMENT));
        assertThat(noPlace.get("current_state")).isEqualTo("sent");
        assertThat(sp.placesAvailable(club.serviceId())).isZero();

        // ...until declining the first (after accepting it) frees the place
        OnwardReferral declined = referrals.transitionOnwardReferral(first.getId(), new OnwardTransitionRequest(OnwardStatus.DECLINED,
                accepted.getVersion()).declineReason(OnwardDeclineReason.NO_LONGER_INTERESTED), REFERRAL_MANAGEMENT);
        assertThat(declined.getPlaceHeld()).isFalse();
        assertThat(declined.getDeclineReason()).isEqualTo(OnwardDeclineReason.NO_LONGER_INTERESTED);
        assertThat(sp.placesAvailable(club.serviceId())).isEqualTo(1);
        OnwardReferral secondAccepted = transition(overridden, OnwardStatus.ACCEPTED, REFERRAL_MANAGEMENT);
        assertThat(sp.placesAvailable(club.serviceId())).isZero();

        // and the link worker cancelling an accepted referral gives it back too
        act(team.linkWorker());
        referrals.transitionOnwardReferral(second.getId(), new OnwardTransitionRequest(OnwardStatus.CANCELLED,
                secondAccepted.getVersion()).reason("Moved out of the area"), DIRECT_CARE);
        assertThat(sp.placesAvailable(club.serviceId())).isEqualTo(1);
    }

    @Test
    void aDeclineBeforeAcceptanceLeavesThePlacesAloneAndAServiceWithoutCapacityIsNeverFull() {
        Team team = sp.team();
        Group club = sp.group("Two Place Club", 2);
        OnwardReferral sent = sent(team, club, "Cath");
        act(club.editor());
        referrals.transitionOnwardReferral(sent.getId(), new OnwardTransitionRequest(OnwardStatus.DECLINED, sent.getVersion())
                .declineReason(OnwardDeclineReason.NOT_ELIGIBLE), REFERRAL_MANAGEMENT);
        assertThat(sp.placesAvailable(club.serviceId())).isEqualTo(2);

        Group open = sp.group("Drop-in Cafe", null);
        OnwardReferral toCafe = sent(team, open, "Dot");
        act(open.editor());
        OnwardReferral accepted = transition(toCafe, OnwardStatus.ACCEPTED, REFERRAL_MANAGEMENT);
        assertThat(accepted.getPlaceHeld()).isFalse();
        assertThat(sp.placesAvailable(open.serviceId())).isNull();
    }

    @Test
    void aListingEditOrARestoreNeverHandsBackAPlaceAReferralHolds() {
        Team team = sp.team();
        Group club = sp.group("Tea Dance", 1);
        act(club.editor());
        // an earlier version of the listing, with its one place free
        ServiceDetail before = services.getService(club.serviceId()).body();
        ServiceDetail renamed = services.updateService(club.serviceId(), TestDirectory.inputOf(before).alert("New hall from May"),
                TestDirectory.etag(before)).body();
        OnwardReferral first = sent(team, club, "Hilda");
        act(club.editor());
        transition(first, OnwardStatus.ACCEPTED, REFERRAL_MANAGEMENT);
        assertThat(sp.placesAvailable(club.serviceId())).isZero();

        // the group restores the version saved before the acceptance: the place stays taken
        ServiceDetail now = services.getService(club.serviceId()).body();
        ServiceDetail restored = services.restoreService(club.serviceId(), new RestoreRequest(renamed.getVersion()),
                TestDirectory.etag(now)).body();
        assertThat(restored.getCapacity().getAvailable()).isZero();
        assertThat(restored.getCapacity().getMaximum()).isEqualTo(1);
        // and a plain PUT of "1 of 1 free" does not free it either
        Capacity oneOfOneFree = new Capacity().maximum(1);
        oneOfOneFree.setAvailable(1);
        ServiceDetail put = services.updateService(club.serviceId(), TestDirectory.inputOf(restored).capacity(oneOfOneFree),
                TestDirectory.etag(restored)).body();
        assertThat(put.getCapacity().getAvailable()).isZero();
        assertThat(sp.placesAvailable(club.serviceId())).isZero();

        // so a second person cannot be accepted into the one place
        OnwardReferral second = drafted(team, club, "Ivy");
        act(team.linkWorker());
        OnwardReferral overridden = referrals.transitionOnwardReferral(second.getId(), new OnwardTransitionRequest(OnwardStatus.SENT,
                second.getVersion()).capacityOverrideReason("Waiting list"), DIRECT_CARE);
        act(club.editor());
        ProblemBodies.expect(HttpStatus.CONFLICT, () -> transition(overridden, OnwardStatus.ACCEPTED, REFERRAL_MANAGEMENT));

        // raising the places to two frees exactly one
        ServiceDetail current = services.getService(club.serviceId()).body();
        ServiceDetail raised = services.updateService(club.serviceId(), TestDirectory.inputOf(current)
                .capacity(new Capacity().maximum(2)), TestDirectory.etag(current)).body();
        assertThat(raised.getCapacity().getAvailable()).isEqualTo(1);
        transition(overridden, OnwardStatus.ACCEPTED, REFERRAL_MANAGEMENT);
        assertThat(sp.placesAvailable(club.serviceId())).isZero();
    }

    @Test
    void aPutThatLeavesCapacityOutKeepsThePlacesTracked() {
        Group club = sp.group("Craft Club", 4);
        act(club.editor());
        ServiceDetail before = services.getService(club.serviceId()).body();

        ServiceDetail after = services.updateService(club.serviceId(), TestDirectory.inputOf(before).capacity(null)
                .alert("Bring your own wool"), TestDirectory.etag(before)).body();

        assertThat(after.getAlert()).isEqualTo("Bring your own wool");
        assertThat(after.getCapacity()).isNotNull();
        assertThat(after.getCapacity().getMaximum()).isEqualTo(4);
        assertThat(after.getCapacity().getAvailable()).isEqualTo(4);
        assertThat(sp.placesAvailable(club.serviceId())).isEqualTo(4);
    }

    @Test
    void trackingIsSwitchedOffOnlyWhenTheGroupSaysSo() {
        Group club = sp.group("Pottery", 6);
        act(club.editor());
        ServiceDetail before = services.getService(club.serviceId()).body();

        Problem both = Problems.expectProblem(HttpStatus.BAD_REQUEST, () -> services.updateService(club.serviceId(),
                TestDirectory.inputOf(before).capacity(new Capacity().track(false).maximum(6)), TestDirectory.etag(before)));
        assertThat(both.getErrors()).extracting(e -> e.getField()).containsExactly("capacity.maximum");
        ServiceDetail off = services.updateService(club.serviceId(), TestDirectory.inputOf(before).capacity(new Capacity().track(false)),
                TestDirectory.etag(before)).body();

        assertThat(off.getCapacity()).isNull();
        assertThat(sp.placesAvailable(club.serviceId())).isNull();
    }

    private OnwardReferral sent(Team team, Group group, String name) {
        OnwardReferral draft = drafted(team, group, name);
        act(team.linkWorker());
        return transition(draft, OnwardStatus.SENT, DIRECT_CARE);
    }

    private OnwardReferral drafted(Team team, Group group, String name) {
        act(team.linkWorker());
        return sp.draftReferral(group, name, "Places");
    }

    private OnwardReferral transition(OnwardReferral referral, OnwardStatus to, String purpose) {
        return referrals.transitionOnwardReferral(referral.getId(), new OnwardTransitionRequest(to, referral.getVersion()), purpose);
    }

    private void act(String username) {
        Bearer.use(users.signIn(username).getAccessToken());
    }
}
