package org.signpost.seeds.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The needs taxonomy as a tree held in memory: what a term's ancestors are (a service tagged
 * "befriending" counts for "loneliness and isolation" too) and the words residents type for it.
 */
public final class NeedsTaxonomy {

    /** A term with its parent link and search keywords. */
    public record Term(UUID id, String code, String name, UUID parentId, List<String> keywords) {
    }

    private final Map<UUID, Term> byId;
    private final Map<String, Term> byCode;

    public NeedsTaxonomy(List<Term> terms) {
        this.byId = terms.stream().collect(Collectors.toUnmodifiableMap(Term::id, Function.identity()));
        this.byCode = terms.stream().collect(Collectors.toUnmodifiableMap(Term::code, Function.identity()));
    }

    public Optional<Term> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Optional<Term> byId(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Term> terms() {
        return List.copyOf(byId.values());
    }

    /** The term and every ancestor up to the root, nearest first; empty for an unknown id. */
    public List<Term> selfAndAncestors(UUID id) {
        List<Term> chain = new ArrayList<>();
        Set<UUID> seen = new LinkedHashSet<>();
        Term term = byId.get(id);
        while (term != null && seen.add(term.id())) {
            chain.add(term);
            term = term.parentId() == null ? null : byId.get(term.parentId());
        }
        return chain;
    }
}
