package org.signpost.seeds.oruk;

/**
 * A field of an imported record that was dropped or repaired (the record itself was imported).
 *
 * @param position 1-based position of the record in the feed
 * @param recordId the record's id
 * @param field    the ORUK field, e.g. {@code url} or {@code organization.website}
 * @param detail   what was wrong and what was done about it
 */
public record FeedWarning(int position, String recordId, String field, String detail) {

    /** {@code record <id>: <field>: <detail>} */
    public String message() {
        return FeedRecords.label(position, recordId) + ": " + field + ": " + detail;
    }
}
