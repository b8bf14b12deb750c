package org.signpost.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.signpost.contract.model.AccessibilityFeature;
import org.signpost.directory.model.AccessibilityCode;

/** The codes a listing may carry are the contract's list (schema AccessibilityFeature), no more and no fewer. */
class AccessibilityCodesFollowTheContractTest {

    @Test
    void theDirectoryAcceptsExactlyTheCodesTheContractLists() {
        assertThat(Arrays.stream(AccessibilityCode.values()).map(AccessibilityCode::wire))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(AccessibilityFeature.values()).map(AccessibilityFeature::getValue).toList());
    }
}
