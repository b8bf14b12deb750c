package org.signpost.directory.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.UUID;
import org.signpost.contract.model.TaxonomyTermCreate;
import org.signpost.contract.model.TaxonomyTermUpdate;
import org.signpost.contract.model.TaxonomyTree;
import org.signpost.contract.server.TaxonomyAdminApi;
import org.signpost.directory.application.TaxonomyAdmin;
import org.signpost.directory.model.TaxonomyTerm;
import org.signpost.directory.model.TermDraft;
import org.signpost.security.web.CurrentActor;

/** ADMIN edits of the needs taxonomy. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("ADMIN")
class TaxonomyAdminController implements TaxonomyAdminApi {

    private final CurrentActor currentActor;
    private final TaxonomyAdmin admin;

    TaxonomyAdminController(CurrentActor currentActor, TaxonomyAdmin admin) {
        this.currentActor = currentActor;
        this.admin = admin;
    }

    @Override
    public TaxonomyTree listTaxonomyTerms() {
        TaxonomyAdmin.Tree tree = admin.tree(currentActor.get());
        return new TaxonomyTree(tree.taxonomy().id(), tree.taxonomy().name())
                .terms(Wire.mutable(tree.roots().stream().map(TaxonomyAdminController::node).toList()))
                .version(tree.taxonomy().version());
    }

    @Override
    public HttpResponse<org.signpost.contract.model.TaxonomyTerm> createTaxonomyTerm(TaxonomyTermCreate in) {
        TaxonomyTerm created = admin.create(currentActor.get(),
                new TermDraft(in.getCode(), in.getName(), in.getDescription(), in.getParentId(), in.getKeywords()));
        return withETag(HttpResponse.created(term(created, java.util.List.of())), created);
    }

    @Override
    public HttpResponse<org.signpost.contract.model.TaxonomyTerm> updateTaxonomyTerm(UUID termId, TaxonomyTermUpdate in, String ifMatch) {
        long version = ETags.required(ifMatch);
        TaxonomyTerm updated = admin.update(currentActor.get(), termId, version,
                new TermDraft(null, in.getName(), in.getDescription(), in.getParentId(), in.getKeywords()));
        return withETag(HttpResponse.ok(term(updated, java.util.List.of())), updated);
    }

    private static org.signpost.contract.model.TaxonomyTerm node(org.signpost.directory.model.TaxonomyTree.Node node) {
        return term(node.term(), node.children().stream().map(TaxonomyAdminController::node).toList());
    }

    private static org.signpost.contract.model.TaxonomyTerm term(TaxonomyTerm t, java.util.List<org.signpost.contract.model.TaxonomyTerm> children) {
        return new org.signpost.contract.model.TaxonomyTerm(t.id(), t.taxonomyId(), t.code(), t.name(), t.version())
                .keywords(Wire.mutable(t.keywords())).children(Wire.mutable(children))
                .description(t.description()).parentId(t.parentId()).editedAt(Wire.time(t.editedAt()));
    }

    private static MutableHttpResponse<org.signpost.contract.model.TaxonomyTerm> withETag(
            MutableHttpResponse<org.signpost.contract.model.TaxonomyTerm> response, TaxonomyTerm t) {
        return response.header("ETag", ETags.of(t.version()));
    }
}
