package org.signpost.directory.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** All terms of the taxonomy as a tree: who descends from whom, and whether a new parent would make a loop. */
public final class TaxonomyTree {

    /** A term with its children, for display. */
    public record Node(TaxonomyTerm term, List<Node> children) {
    }

    private final Map<UUID, TaxonomyTerm> byId = new HashMap<>();
    private final Map<String, TaxonomyTerm> byCode = new HashMap<>();
    private final Map<UUID, List<TaxonomyTerm>> children = new HashMap<>();

    public TaxonomyTree(Collection<TaxonomyTerm> terms) {
        for (TaxonomyTerm term : terms) {
            byId.put(term.id(), term);
            byCode.put(term.code(), term);
        }
        for (TaxonomyTerm term : terms) {
            if (term.parentId() != null) {
                children.computeIfAbsent(term.parentId(), k -> new ArrayList<>()).add(term);
            }
        }
        children.values().forEach(list -> list.sort(Comparator.comparing(TaxonomyTerm::name)));
    }

    public Optional<TaxonomyTerm> byId(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<TaxonomyTerm> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The term and all its descendants. */
    public Set<UUID> subtree(UUID id) {
        Set<UUID> out = new LinkedHashSet<>();
        Deque<UUID> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            UUID next = todo.pop();
            if (out.add(next)) {
                children.getOrDefault(next, List.of()).forEach(c -> todo.push(c.id()));
            }
        }
        return out;
    }

    /** True when making {@code parentId} the parent of {@code termId} would make the term its own ancestor. */
    public boolean wouldLoop(UUID termId, UUID parentId) {
        return parentId != null && subtree(termId).contains(parentId);
    }

    /** Top-level terms by name, each with its children nested. */
    public List<Node> roots() {
        return byId.values().stream().filter(t -> t.parentId() == null || !byId.containsKey(t.parentId()))
                .sorted(Comparator.comparing(TaxonomyTerm::name)).map(this::node).toList();
    }

    private Node node(TaxonomyTerm term) {
        return new Node(term, children.getOrDefault(term.id(), List.of()).stream().map(this::node).toList());
    }
}
