package org.signpost.seeds.oruk;

/**
 * Counts for a feed that was read.
 *
 * @param records  records in the feed
 * @param accepted records that passed every rule
 * @param rejected records that did not
 * @param warnings fields dropped or repaired in accepted records
 */
public record FeedSummary(int records, int accepted, int rejected, int warnings) {
}
