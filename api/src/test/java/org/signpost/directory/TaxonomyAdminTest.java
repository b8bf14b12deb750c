package org.signpost.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.signpost.testing.Problems.expectProblem;
import static org.signpost.testing.TestDirectory.etagOf;

import io.micronaut.http.HttpStatus;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.signpost.contract.client.TaxonomyAdminApi;
import org.signpost.contract.model.FieldError;
import org.signpost.contract.model.Problem;
import org.signpost.contract.model.TaxonomyTerm;
import org.signpost.contract.model.TaxonomyTermCreate;
import org.signpost.contract.model.TaxonomyTermUpdate;
import org.signpost.contract.model.TaxonomyTree;
import org.signpost.security.model.Role;
import org.signpost.testing.Bearer;
import org.signpost.testing.TestDirectory;
import org.signpost.testing.TestUsers;

@MicronautTest(transactional = false)
class TaxonomyAdminTest {

    @Inject
    TaxonomyAdminApi taxonomy;

    @Inject
    TestUsers users;

    @AfterEach
    void signOut() {
        Bearer.clear();
    }

    @Test
    void anAdminSeesTheShippedNeedsTaxonomyAsATree() {
        users.actAs(Role.ADMIN);

        TaxonomyTree tree = taxonomy.listTaxonomyTerms();

        assertThat(tree.getName()).isEqualTo("Signpost social prescribing needs");
        assertThat(tree.getTerms()).extracting(TaxonomyTerm::getCode).contains("sp-loneliness", "sp-physical-activity", "sp-money");
        TaxonomyTerm activity = tree.getTerms().stream().filter(t -> t.getCode().equals("sp-physical-activity")).findFirst().orElseThrow();
        TaxonomyTerm classes = activity.getChildren().stream().filter(t -> t.getCode().equals("sp-exercise-classes")).findFirst().orElseThrow();
        assertThat(classes.getChildren()).extracting(TaxonomyTerm::getCode).contains("sp-chair-exercise");
        assertThat(activity.getChildren().stream().filter(t -> t.getCode().equals("sp-walking-groups")).findFirst().orElseThrow()
                .getKeywords()).isNotEmpty();
        assertThat(count(tree.getTerms())).isGreaterThanOrEqualTo(85);
    }

    @Test
    void anAdminAddsAndEditsATerm() {
        users.actAs(Role.ADMIN);
        UUID loneliness = code("sp-loneliness").getId();
        String code = "sp-test-" + UUID.randomUUID().toString().substring(0, 8);

        var created = taxonomy.createTaxonomyTerm(new TaxonomyTermCreate(code, "Phone friends").parentId(loneliness)
                .keywords(TestDirectory.copy(List.of("  Phone Buddy ", "phone buddy", "Call"))));

        assertThat(created.getStatus().getCode()).isEqualTo(201);
        assertThat(created.body().getKeywords()).containsExactly("phone buddy", "call");
        assertThat(created.body().getEditedAt()).isNotNull();

        var updated = taxonomy.updateTaxonomyTerm(created.body().getId(), new TaxonomyTermUpdate("Telephone friends")
                .parentId(loneliness).keywords(TestDirectory.copy(List.of("phone buddy", "telephone friend"))), etagOf(created));

        assertThat(updated.body().getName()).isEqualTo("Telephone friends");
        assertThat(updated.body().getCode()).isEqualTo(code);
        assertThat(updated.body().getKeywords()).containsExactly("phone buddy", "telephone friend");
        assertThat(code(code).getParentId()).isEqualTo(loneliness);
        expectProblem(HttpStatus.PRECONDITION_FAILED, () -> taxonomy.updateTaxonomyTerm(created.body().getId(),
                new TaxonomyTermUpdate("Stale"), etagOf(created)));
        expectProblem(HttpStatus.PRECONDITION_REQUIRED, () -> taxonomy.updateTaxonomyTerm(created.body().getId(),
                new TaxonomyTermUpdate("No version"), null));
    }

    @Test
    void badTermsAreNamedAndNothingIsWritten() {
        users.actAs(Role.ADMIN);
        int before = count(taxonomy.listTaxonomyTerms().getTerms());

        assertThat(fields(expectProblem(HttpStatus.BAD_REQUEST, () -> taxonomy.createTaxonomyTerm(
                new TaxonomyTermCreate("sp-test-" + UUID.randomUUID(), "Orphan").parentId(UUID.randomUUID()))))).containsExactly("parent_id");
        assertThat(fields(expectProblem(HttpStatus.BAD_REQUEST, () -> taxonomy.createTaxonomyTerm(
                new TaxonomyTermCreate("sp-befriending", "Befriending again"))))).containsExactly("code");
        assertThat(fields(expectProblem(HttpStatus.BAD_REQUEST, () -> taxonomy.createTaxonomyTerm(
                new TaxonomyTermCreate("Not A Code!", "Bad code"))))).containsExactly("code");
        assertThat(fields(expectProblem(HttpStatus.BAD_REQUEST, () -> taxonomy.createTaxonomyTerm(
                new TaxonomyTermCreate("sp-test-" + UUID.randomUUID().toString().substring(0, 8), "Blank keyword")
                        .keywords(TestDirectory.copy(List.of("ok", " "))))))).containsExactly("keywords[1]");
        assertThat(count(taxonomy.listTaxonomyTerms().getTerms())).isEqualTo(before);
    }

    @Test
    void aTermCannotBecomeItsOwnAncestor() {
        users.actAs(Role.ADMIN);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var top = taxonomy.createTaxonomyTerm(new TaxonomyTermCreate("test-top-" + suffix, "Top"));
        var middle = taxonomy.createTaxonomyTerm(new TaxonomyTermCreate("test-middle-" + suffix, "Middle").parentId(top.body().getId()));
        var bottom = taxonomy.createTaxonomyTerm(new TaxonomyTermCreate("test-bottom-" + suffix, "Bottom").parentId(middle.body().getId()));

        Problem loop = expectProblem(HttpStatus.BAD_REQUEST, () -> taxonomy.updateTaxonomyTerm(top.body().getId(),
                new TaxonomyTermUpdate("Top").parentId(bottom.body().getId()), etagOf(top)));
        Problem self = expectProblem(HttpStatus.BAD_REQUEST, () -> taxonomy.updateTaxonomyTerm(top.body().getId(),
                new TaxonomyTermUpdate("Top").parentId(top.body().getId()), etagOf(top)));

        assertThat(fields(loop)).containsExactly("parent_id");
        assertThat(fields(self)).containsExactly("parent_id");
        assertThat(code("test-top-" + suffix).getParentId()).isNull();
    }

    @Test
    void onlyAnAdminEditsTheTaxonomy() {
        for (Role role : List.of(Role.COORDINATOR, Role.GROUP_EDITOR, Role.LINK_WORKER, Role.RESIDENT)) {
            users.actAs(role);
            expectProblem(HttpStatus.FORBIDDEN, () -> taxonomy.listTaxonomyTerms());
            expectProblem(HttpStatus.FORBIDDEN, () -> taxonomy.createTaxonomyTerm(new TaxonomyTermCreate("sp-x-" + role, "X")));
        }
    }

    private TaxonomyTerm code(String code) {
        return find(taxonomy.listTaxonomyTerms().getTerms(), code);
    }

    private static TaxonomyTerm find(List<TaxonomyTerm> terms, String code) {
        for (TaxonomyTerm term : terms == null ? List.<TaxonomyTerm>of() : terms) {
            if (term.getCode().equals(code)) {
                return term;
            }
            TaxonomyTerm below = find(term.getChildren(), code);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    private static int count(List<TaxonomyTerm> terms) {
        return terms == null ? 0 : terms.stream().mapToInt(t -> 1 + count(t.getChildren())).sum();
    }

    private static List<String> fields(Problem problem) {
        return problem.getErrors().stream().map(FieldError::getField).toList();
    }
}
