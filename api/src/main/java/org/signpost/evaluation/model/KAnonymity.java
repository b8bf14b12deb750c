package org.signpost.evaluation.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whose rows a person-level export may release with their quasi-identifiers. A person's
 * profile is the set of {@link QuasiIdentifiers} combinations of all their rows (their rows are
 * linked by the person key, so the whole set is what an outsider could match); the export is
 * k-anonymous when every released profile is shared by at least k people. People whose profile is
 * rarer keep their rows, but with every quasi-identifier withheld; if that leaves fewer than k
 * people withheld (who would then stand out as a group), the next rarest profiles are withheld too.
 * Counted in one pass over the people; memory grows with the number of distinct profiles, not rows.
 */
public final class KAnonymity {

    /**
     * What the export releases: the profiles whose people are all withheld, and for the secondary
     * rule how many of a larger profile's people (the first met, in the export's order) are withheld
     * too; and how many people and rows that affects.
     */
    public record Plan(int k, Set<String> withheldProfiles, Map<String, Long> partlyWithheld, long people, long rows, long withheldPeople,
            long withheldRows) {

        /** A per-export tally deciding person by person (not thread-safe). */
        public Decider decider() {
            Map<String, long[]> left = new HashMap<>();
            partlyWithheld.forEach((profile, n) -> left.put(profile, new long[] {n}));
            return profile -> {
                if (withheldProfiles.contains(profile)) {
                    return true;
                }
                long[] remaining = left.get(profile);
                if (remaining != null && remaining[0] > 0) {
                    remaining[0]--;
                    return true;
                }
                return false;
            };
        }
    }

    /** Whether the next person, with this profile, has their quasi-identifiers withheld. */
    public interface Decider {

        boolean withholds(String profile);
    }

    private final Map<String, long[]> profiles = new HashMap<>();
    private final int k;

    /** @param k the least number of people a released profile must be shared by */
    public KAnonymity(int k) {
        this.k = k;
    }

    /** The profile of one person's combinations. */
    public static String profile(Collection<QuasiIdentifiers> combinations) {
        TreeSet<String> keys = new TreeSet<>();
        combinations.forEach(q -> keys.add(q.key()));
        return String.join("\u001e", keys);
    }

    /**
     * Counts one person with that profile and that many rows, in the order the export will meet
     * them (the rows of a profile's first k people are kept, for an exact count of withheld rows).
     */
    public void add(String profile, long rows) {
        long[] counts = profiles.computeIfAbsent(profile, p -> new long[2 + k]);
        if (counts[0] < k) {
            counts[2 + (int) counts[0]] = rows;
        }
        counts[0]++;
        counts[1] += rows;
    }

    public Plan plan() {
        Set<String> withheld = new HashSet<>();
        Map<String, Long> partly = new HashMap<>();
        long people = 0;
        long rows = 0;
        long withheldPeople = 0;
        long withheldRows = 0;
        List<Map.Entry<String, long[]>> kept = new ArrayList<>();
        for (Map.Entry<String, long[]> e : profiles.entrySet()) {
            people += e.getValue()[0];
            rows += e.getValue()[1];
            if (e.getValue()[0] < k) {
                withheld.add(e.getKey());
                withheldPeople += e.getValue()[0];
                withheldRows += e.getValue()[1];
            } else {
                kept.add(e);
            }
        }
        // secondary: a withheld group smaller than k would itself single people out, so take people
        // a large profile can spare (it keeps k or more), else whole profiles, smallest first
        kept.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0]).thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, long[]> e : kept) {
            long needed = withheldPeople > 0 && withheldPeople < k ? k - withheldPeople : 0;
            long spare = e.getValue()[0] - k;
            if (needed == 0 || spare <= 0) {
                continue;
            }
            long take = Math.min(needed, spare);
            partly.put(e.getKey(), take);
            withheldPeople += take;
            for (int i = 0; i < take; i++) {
                withheldRows += e.getValue()[2 + i];
            }
        }
        for (int i = kept.size() - 1; withheldPeople > 0 && withheldPeople < k && i >= 0; i--) {
            Map.Entry<String, long[]> e = kept.get(i);
            Long taken = partly.remove(e.getKey());
            if (taken != null) {
                withheldPeople -= taken;
                for (int t = 0; t < taken; t++) {
                    withheldRows -= e.getValue()[2 + t];
                }
            }
            withheld.add(e.getKey());
            withheldPeople += e.getValue()[0];
            withheldRows += e.getValue()[1];
        }
        return new Plan(k, Set.copyOf(withheld), Map.copyOf(partly), people, rows, withheldPeople, withheldRows);
    }
}
