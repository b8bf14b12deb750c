package org.signpost.directory.oruk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.SocialPrescribing.REFERRAL_MANAGEMENT;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.OnwardReferralsApi;
import org.signpost.contract.model.OnwardReferral;
import org.signpost.contract.model.OnwardStatus;
import org.signpost.contract.model.OnwardTransitionRequest;
import org.signpost.contract.model.Resident;
import org.signpost.directory.application.OrukImport;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.SocialPrescribing;
import org.signpost.testing.SocialPrescribing.Team;
import org.signpost.testing.TestUsers;

/** Re-importing a feed that says "1 of 1 free" does not hand back the place an accepted referral holds. */
@MicronautTest(transactional = false)
class ReImportKeepsPlacesHeldTest {

    @Inject
    OrukImport imports;

    @Inject
    DirectorySql sql;

    @Inject
    TestUsers users;

    @Inject
    SocialPrescribing sp;

    @Inject
    OnwardReferralsApi referrals;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void aFeedsFreePlacesNeverOverwriteAPlaceAReferralHolds() {
        String source = "places-" + UUID.randomUUID().toString().substring(0, 8);
        TestFeed feed = new TestFeed();
        ObjectNode record = feed.service("Thursday tea dance", LocalDate.now().minusDays(2));
        record.putObject("x_capacity").put("available", 1).put("maximum", 1);
        load(feed, source);
        UUID service = UUID.fromString(sql.one("SELECT id FROM service WHERE source = ?", source));
        UUID organisation = UUID.fromString(sql.one("SELECT organisation_id FROM service WHERE source = ?", source));

        Team team = sp.team();
        Bearer.use(users.signIn(team.linkWorker()).getAccessToken());
        Resident resident = sp.resident("Jean", "Dancer", List.of(SocialPrescribing.shareWith(organisation)));
        OnwardReferral sent = sp.sentReferral(sp.acceptedEpisode(resident), service);
        Bearer.use(users.signIn(users.create(Role.GROUP_EDITOR, Optional.of(organisation))).getAccessToken());
        referrals.transitionOnwardReferral(sent.getId(), new OnwardTransitionRequest(OnwardStatus.ACCEPTED, sent.getVersion()),
                REFERRAL_MANAGEMENT);
        assertThat(sp.placesAvailable(service)).isZero();

        record.put("name", "Thursday tea dance and social");
        assertThat(load(feed, source).updated()).isEqualTo(1);

        assertThat(sql.one("SELECT name FROM service WHERE id = ?", service.toString())).isEqualTo("Thursday tea dance and social");
        assertThat(sp.placesAvailable(service)).as("the feed still says 1 free; one referral holds it").isZero();
    }

    private org.signpost.directory.application.ImportReport load(TestFeed feed, String source) {
        return imports.importFeed(() -> new ByteArrayInputStream(feed.bytes()), OrukImport.Options.standard(source, true, null));
    }
}
