package org.signpost.seeds.oruk;

/** How reports name a feed record. */
final class FeedRecords {

    private FeedRecords() {
    }

    /** {@code record <id>} when the record has an id, else {@code record #<position>}. */
    static String label(int position, String recordId) {
        return "record " + (recordId == null ? "#" + position : recordId);
    }
}
