package org.signpost.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.TestDirectory.as;
import static org.signpost.testing.TestDirectory.etag;
import static org.signpost.testing.TestDirectory.etagOf;
import static org.signpost.testing.TestDirectory.inputOf;
import static org.signpost.testing.TestDirectory.listing;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.DirectoryOrganisationsApi;
import org.signpost.contract.client.DirectoryReviewApi;
import org.signpost.contract.client.DirectoryServicesApi;
import org.signpost.contract.client.TaxonomyAdminApi;
import org.signpost.contract.model.OrganisationInput;
import org.signpost.contract.model.RestoreRequest;
import org.signpost.contract.model.ServiceDetail;
import org.signpost.contract.model.TaxonomyTerm;
import org.signpost.contract.model.TaxonomyTermCreate;
import org.signpost.contract.model.TaxonomyTermUpdate;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.TestDatabase;
import org.signpost.testing.TestDirectory;
import org.signpost.testing.TestUsers;

/** Every change to what search shows leaves exactly one search_outbox row per service touched; nothing else leaves any. */
@MicronautTest(transactional = false)
// the outbox rows a change writes are what is asserted: the indexer must not consume them meanwhile
@Property(name = "signpost.indexer.enabled", value = "false")
class SearchOutboxRowsTest {

    @Inject
    DirectoryServicesApi services;

    @Inject
    DirectoryReviewApi review;

    @Inject
    DirectoryOrganisationsApi organisations;

    @Inject
    TaxonomyAdminApi taxonomy;

    @Inject
    TestDirectory directory;

    @Inject
    TestUsers users;

    @Inject
    TestDatabase database;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void eachKindOfListingChangeEnqueuesOneRow() {
        UUID group = directory.organisation("Thrybergh Country Park Volunteers");
        String editor = directory.groupEditorOf(group);
        String coordinator = directory.coordinatorToken();

        ServiceDetail v1 = as(editor, () -> services.createService(listing(group)).body());
        UUID id = v1.getId();
        assertThat(database.searchOutboxRows(id)).as("create").isEqualTo(1);
        ServiceDetail v2 = rows(id, 1, "draft edit", () -> as(editor, () -> services.updateService(id, inputOf(v1).description("Bring boots."),
                etag(v1)).body()));
        ServiceDetail v3 = rows(id, 1, "verify", () -> as(coordinator, () -> services.verifyService(id, etag(v2)).body()));
        ServiceDetail v4 = rows(id, 1, "published group edit", () -> as(editor, () -> services.updateService(id,
                inputOf(v3).capacity(new org.signpost.contract.model.Capacity().maximum(12)), etag(v3)).body()));
        ServiceDetail v5 = rows(id, 0, "edit wholly held for review", () -> as(editor, () -> services.updateService(id,
                inputOf(v4).name("Thrybergh Rangers"), etag(v4)).body()));
        rows(id, 0, "unchanged resend", () -> as(editor, () -> services.updateService(id, inputOf(v5), etag(v5)).body()));
        var held = as(coordinator, () -> review.listPendingChanges(id, 1, 10).getItems());
        rows(id, 1, "approve", () -> as(coordinator, () -> review.approvePendingChange(held.get(0).getId(), null)));
        ServiceDetail v6 = as(coordinator, () -> services.getService(id).body());
        ServiceDetail v7 = rows(id, 1, "confirm", () -> as(editor, () -> services.confirmService(id, etag(v6)).body()));
        ServiceDetail v8 = rows(id, 1, "restore", () -> as(coordinator, () -> services.restoreService(id, new RestoreRequest(2L), etag(v7)).body()));
        ServiceDetail v9 = rows(id, 0, "rejected change", () -> {
            ServiceDetail heldAgain = as(editor, () -> services.updateService(id, inputOf(v8).name("Rangers"), etag(v8)).body());
            as(coordinator, () -> review.rejectPendingChange(heldAgain.getPendingChanges().get(0).getId(), null));
            return as(coordinator, () -> services.getService(id).body());
        });
        rows(id, 1, "delete", () -> as(editor, () -> services.deleteService(id, etag(v9))));
    }

    @Test
    void renamingAnOrganisationEnqueuesEachOfItsServices() {
        UUID group = directory.organisation("Parkgate Residents");
        ServiceDetail a = directory.verifiedListing(group);
        ServiceDetail b = directory.verifiedListing(group);
        long beforeA = database.searchOutboxRows(a.getId());
        long beforeB = database.searchOutboxRows(b.getId());
        Bearer.use(directory.groupEditorOf(group));
        var current = organisations.getOrganisation(group);

        organisations.updateOrganisation(group, new OrganisationInput("Parkgate Residents' Association"), etagOf(current));

        assertThat(database.searchOutboxRows(a.getId())).isEqualTo(beforeA + 1);
        assertThat(database.searchOutboxRows(b.getId())).isEqualTo(beforeB + 1);
    }

    @Test
    void editingATermsKeywordsEnqueuesTheServicesTaggedWithItOrBelowIt() {
        users.actAs(Role.ADMIN);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var parentCreated = taxonomy.createTaxonomyTerm(new TaxonomyTermCreate("test-parent-" + suffix, "Test parent")
                .keywords(TestDirectory.copy(List.of("parent"))));
        TaxonomyTerm parent = parentCreated.body();
        var childCreated = taxonomy.createTaxonomyTerm(new TaxonomyTermCreate("test-child-" + suffix, "Test child").parentId(parent.getId()));
        TaxonomyTerm child = childCreated.body();
        String admin = Bearer.current();

        UUID group = directory.organisation("Keyword Group");
        ServiceDetail taggedChild = tagged(group, child.getCode());
        ServiceDetail taggedParent = tagged(group, parent.getCode());
        ServiceDetail untagged = tagged(group, "sp-walking-groups");
        long child0 = database.searchOutboxRows(taggedChild.getId());
        long parent0 = database.searchOutboxRows(taggedParent.getId());
        long other0 = database.searchOutboxRows(untagged.getId());

        var afterParent = as(admin, () -> taxonomy.updateTaxonomyTerm(parent.getId(),
                new TaxonomyTermUpdate("Test parent").keywords(TestDirectory.copy(List.of("parent", "lonely"))), etagOf(parentCreated)));
        assertThat(database.searchOutboxRows(taggedChild.getId())).isEqualTo(child0 + 1);
        assertThat(database.searchOutboxRows(taggedParent.getId())).isEqualTo(parent0 + 1);
        assertThat(database.searchOutboxRows(untagged.getId())).isEqualTo(other0);

        as(admin, () -> taxonomy.updateTaxonomyTerm(child.getId(), new TaxonomyTermUpdate("Test child")
                .parentId(parent.getId()).keywords(TestDirectory.copy(List.of("isolated"))), etagOf(childCreated)));
        assertThat(database.searchOutboxRows(taggedChild.getId())).isEqualTo(child0 + 2);
        assertThat(database.searchOutboxRows(taggedParent.getId())).isEqualTo(parent0 + 1);

        as(admin, () -> taxonomy.updateTaxonomyTerm(parent.getId(), new TaxonomyTermUpdate("Test parent")
                .description("Only the description changes").keywords(TestDirectory.copy(List.of("parent", "lonely"))), etagOf(afterParent)));
        assertThat(database.searchOutboxRows(taggedParent.getId())).as("a description is not searched").isEqualTo(parent0 + 1);
    }

    private ServiceDetail tagged(UUID group, String code) {
        ServiceDetail draft = as(directory.groupEditorOf(group), () -> services.createService(listing(group)
                .taxonomyTermCodes(TestDirectory.copy(List.of(code)))).body());
        return draft;
    }

    private <T> T rows(UUID id, int expected, String change, Supplier<T> write) {
        long before = database.searchOutboxRows(id);
        T result = write.get();
        assertThat(database.searchOutboxRows(id)).as(change).isEqualTo(before + expected);
        return result;
    }
}
