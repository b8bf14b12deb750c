package org.signpost.directory.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.signpost.platform.errors.Violations;

/**
 * A term as an admin sent it. {@link #checked} names every fault: a code that is not lower-case
 * letters, digits and hyphens, or is already used; a parent that does not exist or would make a
 * loop; blank keywords. Keywords are stored lower case, trimmed, without repeats.
 */
public record TermDraft(String code, String name, String description, UUID parentId, List<String> keywords) {

    public TermDraft {
        keywords = keywords == null ? List.of() : new ArrayList<>(keywords);
    }

    /**
     * @param termId the term being changed, or null for a new one (whose code is then checked)
     */
    public TermDraft checked(TaxonomyTree tree, UUID termId) {
        Violations v = new Violations();
        String cleanCode = code;
        if (termId == null) {
            cleanCode = Text.clean(code);
            if (cleanCode == null || !cleanCode.matches("[a-z0-9][a-z0-9-]{0,99}")) {
                v.add("code", "must be lower-case letters, digits and hyphens, starting with a letter or digit");
            } else if (tree.byCode(cleanCode).isPresent()) {
                v.add("code", "is already used by another term");
            }
        }
        String cleanName = Text.required(name, "name", v);
        if (parentId != null) {
            if (tree.byId(parentId).isEmpty()) {
                v.add("parent_id", "is not a known term");
            } else if (termId != null && tree.wouldLoop(termId, parentId)) {
                v.add("parent_id", "would make the term its own ancestor");
            }
        }
        Set<String> words = new LinkedHashSet<>();
        for (int i = 0; i < keywords.size(); i++) {
            String word = keywords.get(i) == null ? null : Text.clean(keywords.get(i).toLowerCase(Locale.ROOT));
            if (word == null) {
                v.add("keywords[" + i + "]", "must not be blank");
            } else {
                words.add(word.replaceAll("\\s+", " "));
            }
        }
        v.throwIfAny();
        return new TermDraft(cleanCode, cleanName, Text.clean(description), parentId, List.copyOf(words));
    }
}
