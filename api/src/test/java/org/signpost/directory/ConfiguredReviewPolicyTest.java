package org.signpost.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.TestDirectory.as;
import static org.signpost.testing.TestDirectory.etag;
import static org.signpost.testing.TestDirectory.inputOf;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.DirectoryServicesApi;
import org.signpost.contract.model.Capacity;
import org.signpost.contract.model.PendingChange;
import org.signpost.contract.model.ServiceDetail;
import org.signpost.testing.TestDirectory;

/** A deployment that wants capacity reviewed and names published turns the policy round. */
@MicronautTest(transactional = false)
@Property(name = "signpost.directory.review-policy.capacity", value = "hold")
@Property(name = "signpost.directory.review-policy.name", value = "publish")
class ConfiguredReviewPolicyTest {

    @Inject
    DirectoryServicesApi services;

    @Inject
    TestDirectory directory;

    @Test
    void theConfiguredPolicyDecidesWhatIsHeld() {
        UUID group = directory.organisation("Maltby Youth Club");
        ServiceDetail verified = directory.verifiedListing(group);

        ServiceDetail after = as(directory.groupEditorOf(group), () -> services.updateService(verified.getId(),
                inputOf(verified).name("Maltby Youth Zone").capacity(new Capacity().maximum(12)), etag(verified)).body());

        assertThat(after.getName()).isEqualTo("Maltby Youth Zone");
        assertThat(after.getCapacity().getMaximum()).isEqualTo(20);
        assertThat(after.getCapacity().getAvailable()).isEqualTo(20);
        assertThat(after.getPendingChanges()).extracting(PendingChange::getField).containsExactly("capacity");
    }
}
