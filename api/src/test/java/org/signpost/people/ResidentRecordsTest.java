package org.signpost.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;
import static org.signpost.testing.SocialPrescribing.DIRECT_CARE;
import static org.signpost.testing.SocialPrescribing.REFERRAL_MANAGEMENT;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.EpisodesApi;
import org.signpost.contract.client.OnwardReferralsApi;
import org.signpost.contract.client.ResidentsApi;
import org.signpost.contract.model.ConsentKind;
import org.signpost.contract.model.ConsentRequest;
import org.signpost.contract.model.ContactDetails;
import org.signpost.contract.model.ContactMethod;
import org.signpost.contract.model.ContactPreference;
import org.signpost.contract.model.DuplicateCandidate;
import org.signpost.contract.model.DuplicateCandidateMatchedOn;
import org.signpost.contract.model.Episode;
import org.signpost.contract.model.EpisodeTransitionRequest;
import org.signpost.contract.model.EpisodeTransitionRequestTo;
import org.signpost.contract.model.FieldError;
import org.signpost.contract.model.MergeRequest;
import org.signpost.contract.model.NewEpisode;
import org.signpost.contract.model.NewOnwardReferral;
import org.signpost.contract.model.NewResident;
import org.signpost.contract.model.OnwardReferral;
import org.signpost.contract.model.OnwardStatus;
import org.signpost.contract.model.OnwardTransitionRequest;
import org.signpost.contract.model.Problem;
import org.signpost.contract.model.ReferralSource;
import org.signpost.contract.model.Resident;
import org.signpost.contract.model.ResidentConsent;
import org.signpost.contract.model.Urgency;
import org.signpost.contract.model.WithdrawalRequest;
import org.signpost.testing.Bearer;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.SocialPrescribing.Group;
import org.signpost.testing.SocialPrescribing.Team;
import org.signpost.testing.TestUsers;

/** Resident records: what they must say, duplicates offered for merging, merges that lose nothing, consents withdrawn. */
@MicronautTest(transactional = false)
class ResidentRecordsTest {

    @Inject
    TestUsers users;

    @Inject
    SocialPrescribing sp;

    @Inject
    ResidentsApi residents;

    @Inject
    EpisodesApi episodes;

    @Inject
    OnwardReferralsApi referrals;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void badDetailsAreRefusedNamingEachFieldAndNothingIsWritten() {
        Team team = sp.team();
        act(team.linkWorker());
        String family = "Invalid" + UUID.randomUUID().toString().substring(0, 8);
        NewResident bad = new NewResident("Lee", family, LocalDate.now().plusDays(1), "NOT A PC",
                new ContactPreference(ContactMethod.EMAIL)).nhsNumber("943 476 5918").gpPracticeOdsCode("12345")
                .consents(List.of(new ConsentRequest(ConsentKind.SHARE_WITH_PROVIDER)));

        Problem problem = expectProblem(HttpStatus.BAD_REQUEST, () -> residents.createResident(bad, DIRECT_CARE));

        assertThat(problem.getErrors()).extracting(FieldError::getField).containsExactlyInAnyOrder("date_of_birth", "postcode",
                "nhs_number", "gp_practice_ods_code", "contact.email", "consents[0].organisation_id");
        assertThat(sp.count("SELECT COUNT(*) FROM resident WHERE family_name = ?", family)).isZero();
    }

    @Test
    void aPlaceholderNhsNumberOfOneRepeatedDigitIsRefused() {
        Team team = sp.team();
        act(team.linkWorker());
        for (String placeholder : List.of("0000000000", "111 111 1111", "9999999999")) {
            String family = "Placeholder" + UUID.randomUUID().toString().substring(0, 8);
            Problem problem = expectProblem(HttpStatus.BAD_REQUEST, () -> residents.createResident(new NewResident("Nia", family,
                    LocalDate.of(1940, 1, 2), "S60 1AA", new ContactPreference(ContactMethod.LETTER))
                    .contact(new ContactDetails().address("2 High Street")).nhsNumber(placeholder), DIRECT_CARE));
            assertThat(problem.getErrors()).extracting(FieldError::getField).containsExactly("nhs_number");
            assertThat(problem.getErrors().get(0).getDetail()).contains("same digit");
            assertThat(sp.count("SELECT COUNT(*) FROM resident WHERE family_name = ?", family)).isZero();
        }
    }

    @Test
    void aValidNhsNumberIsKeptAsTenDigits() {
        Team team = sp.team();
        act(team.linkWorker());
        Resident resident = residents.createResident(new NewResident("Meg", "Valid", LocalDate.of(1940, 1, 2), "s60 1aa",
                new ContactPreference(ContactMethod.LETTER)).contact(new ContactDetails().address("2 High Street"))
                .nhsNumber("943 476 5919"), DIRECT_CARE).body();
        assertThat(resident.getNhsNumber()).isEqualTo("9434765919");
        assertThat(resident.getPostcode()).isEqualTo("S60 1AA");
    }

    @Test
    void duplicatesAreOfferedAndAMergeKeepsBothHistories() {
        Team team = sp.team();
        Group group = sp.group("Merge Group", null);
        act(team.linkWorker());
        String family = "Dup" + UUID.randomUUID().toString().substring(0, 6);
        Resident first = residents.createResident(new NewResident("Mary Ann", family, LocalDate.of(1950, 3, 14), "S60 1AA",
                new ContactPreference(ContactMethod.IN_PERSON)).consents(List.of(SocialPrescribing.shareWith(group.organisationId()))),
                DIRECT_CARE).body();
        Episode firstEpisode = referIn(first.getId());

        Resident second = residents.createResident(new NewResident("  maryann ", family.toUpperCase(), LocalDate.of(1950, 3, 14),
                "S60 2BB", new ContactPreference(ContactMethod.PHONE)).contact(new ContactDetails().phone("01632 960999"))
                .nhsNumber("9434765919"), DIRECT_CARE).body();
        assertThat(second.getPossibleDuplicates()).extracting(DuplicateCandidate::getResidentId, DuplicateCandidate::getMatchedOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first.getId(), DuplicateCandidateMatchedOn.NAME_AND_DATE_OF_BIRTH));
        Episode secondEpisode = referIn(second.getId());

        // staff of another scheme are not offered (nor shown) this scheme's residents
        Team other = sp.team();
        act(other.linkWorker());
        Resident elsewhere = residents.createResident(new NewResident("Mary Ann", family, LocalDate.of(1950, 3, 14), "S60 1AA",
                new ContactPreference(ContactMethod.IN_PERSON)), DIRECT_CARE).body();
        assertThat(elsewhere.getPossibleDuplicates()).isEmpty();

        act(team.linkWorker());
        Resident merged = residents.mergeResident(first.getId(), new MergeRequest(second.getId()), DIRECT_CARE);
        assertThat(merged.getMergedFrom()).containsExactly(second.getId());
        assertThat(merged.getNhsNumber()).as("filled from the duplicate").isEqualTo("9434765919");
        assertThat(merged.getContact().getPhone()).isEqualTo("01632 960999");
        assertThat(merged.getPossibleDuplicates()).isEmpty();
        assertThat(merged.getConsents()).extracting(ResidentConsent::getKind).contains(ConsentKind.SHARE_WITH_PROVIDER, ConsentKind.CONTACT);
        assertThat(episodes.getEpisode(firstEpisode.getId(), DIRECT_CARE).getResidentId()).isEqualTo(first.getId());
        assertThat(episodes.getEpisode(secondEpisode.getId(), DIRECT_CARE).getResidentId()).isEqualTo(first.getId());
        Resident tombstone = residents.getResident(second.getId(), DIRECT_CARE);
        assertThat(tombstone.getMergedInto()).isEqualTo(first.getId());
        assertThat(tombstone.getGivenName()).isEqualTo("maryann");

        expectProblem(HttpStatus.CONFLICT, () -> residents.mergeResident(first.getId(), new MergeRequest(second.getId()), DIRECT_CARE));
        Problem self = expectProblem(HttpStatus.BAD_REQUEST, () -> residents.mergeResident(first.getId(), new MergeRequest(first.getId()),
                DIRECT_CARE));
        assertThat(self.getErrors()).extracting(FieldError::getField).containsExactly("duplicate_id");
        expectProblem(HttpStatus.FORBIDDEN, () -> residents.mergeResident(first.getId(), new MergeRequest(elsewhere.getId()), DIRECT_CARE));
    }

    @Test
    void theSameNhsNumberIsOfferedAsADuplicate() {
        Team team = sp.team();
        act(team.linkWorker());
        Resident first = residents.createResident(new NewResident("Nia", "One", LocalDate.of(1960, 6, 6), "S60 1AA",
                new ContactPreference(ContactMethod.IN_PERSON)).nhsNumber("4010232137"), DIRECT_CARE).body();
        Resident second = residents.createResident(new NewResident("Nina", "Another", LocalDate.of(1960, 6, 7), "S60 1AA",
                new ContactPreference(ContactMethod.IN_PERSON)).nhsNumber("401 023 2137"), DIRECT_CARE).body();
        assertThat(second.getPossibleDuplicates()).extracting(DuplicateCandidate::getResidentId, DuplicateCandidate::getMatchedOn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(first.getId(), DuplicateCandidateMatchedOn.NHS_NUMBER));
    }

    @Test
    void withoutConsentToShareNothingIsReferredAndWithdrawingItHidesTheSharedFields() {
        Team team = sp.team();
        Group group = sp.group("Consent Group", null);
        act(team.linkWorker());
        Resident resident = sp.resident("Olive", "Consent", List.of());
        Episode episode = referIn(resident.getId());

        Problem noConsent = expectProblem(HttpStatus.FORBIDDEN, () -> episodes.createOnwardReferral(episode.getId(),
                new NewOnwardReferral(group.serviceId(), "sp-loneliness"), DIRECT_CARE));
        assertThat(noConsent.getDetail()).contains("share_with_provider").contains(group.organisationId().toString());
        assertThat(sp.count("SELECT COUNT(*) FROM onward_referral WHERE episode_id = ?", episode.getId().toString())).isZero();

        ResidentConsent consent = residents.recordConsent(resident.getId(), SocialPrescribing.shareWith(group.organisationId()),
                DIRECT_CARE).body();
        assertThat(consent.getRecordedBy()).isEqualTo(team.linkWorker());
        OnwardReferral draft = episodes.createOnwardReferral(episode.getId(), new NewOnwardReferral(group.serviceId(), "sp-loneliness"),
                DIRECT_CARE).body();
        OnwardReferral sent = referrals.transitionOnwardReferral(draft.getId(), new OnwardTransitionRequest(OnwardStatus.SENT,
                draft.getVersion()), DIRECT_CARE);
        act(group.editor());
        assertThat(referrals.getOnwardReferral(sent.getId(), REFERRAL_MANAGEMENT).getShared()).isNotNull();

        act(team.linkWorker());
        ResidentConsent withdrawn = residents.withdrawConsent(resident.getId(), consent.getId(),
                new WithdrawalRequest().reason("Changed her mind"), DIRECT_CARE);
        assertThat(withdrawn.getInForce()).isFalse();
        assertThat(withdrawn.getWithdrawnBy()).isEqualTo(team.linkWorker());
        expectProblem(HttpStatus.CONFLICT, () -> residents.withdrawConsent(resident.getId(), consent.getId(), new WithdrawalRequest(),
                DIRECT_CARE));

        act(group.editor());
        OnwardReferral hidden = referrals.getOnwardReferral(sent.getId(), REFERRAL_MANAGEMENT);
        assertThat(hidden.getShared()).isNull();
        assertThat(hidden.getConsentInForce()).isFalse();
    }

    private Episode referIn(UUID resident) {
        Episode episode = episodes.createEpisode(new NewEpisode(resident, ReferralSource.OTHER_PROFESSIONAL, "Low mood",
                List.of("sp-loneliness"), Urgency.URGENT, true), DIRECT_CARE).body();
        return episodes.transitionEpisode(episode.getId(), new EpisodeTransitionRequest(EpisodeTransitionRequestTo.ACCEPTED,
                episode.getVersion()), DIRECT_CARE);
    }

    private void act(String username) {
        Bearer.use(users.signIn(username).getAccessToken());
    }
}
