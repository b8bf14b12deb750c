package org.signpost.directory.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.signpost.directory.model.ListingContent;
import org.signpost.seeds.model.NeedsTaxonomy;
import org.signpost.seeds.model.TaxonomyTermRef;
import org.signpost.seeds.model.Violation;

/**
 * Decides which stored taxonomy term each of a record's term references means: by our stable code
 * first, then by id. A reference to no known term is a reason to reject the record (a listing
 * must not claim a need the directory cannot show).
 */
final class TermResolution {

    /** The distinct terms, or the reasons the record cannot be imported. */
    record Result(List<ListingContent.Term> terms, List<Violation> violations) {

        boolean resolved() {
            return violations.isEmpty();
        }
    }

    private final NeedsTaxonomy taxonomy;

    TermResolution(NeedsTaxonomy taxonomy) {
        this.taxonomy = taxonomy;
    }

    Result resolve(List<TaxonomyTermRef> refs) {
        Map<UUID, ListingContent.Term> found = new LinkedHashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            TaxonomyTermRef ref = refs.get(i);
            Optional<NeedsTaxonomy.Term> term = ref.code() == null ? Optional.empty() : taxonomy.byCode(ref.code());
            if (term.isEmpty() && ref.termId() != null) {
                term = taxonomy.byId(ref.termId());
            }
            if (term.isPresent()) {
                found.putIfAbsent(term.get().id(), new ListingContent.Term(term.get().id(), term.get().code()));
            } else {
                violations.add(new Violation("attributes[" + i + "].taxonomy_term",
                        "unknown taxonomy term " + describe(ref) + " (not in the directory's taxonomy)"));
            }
        }
        return new Result(List.copyOf(found.values()), violations);
    }

    private static String describe(TaxonomyTermRef ref) {
        StringBuilder text = new StringBuilder();
        if (ref.code() != null) {
            text.append("code '").append(ref.code()).append('\'');
        }
        if (ref.termId() != null) {
            text.append(text.isEmpty() ? "" : ", ").append("id ").append(ref.termId());
        }
        return text.toString();
    }
}
