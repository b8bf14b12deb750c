package org.signpost.directory.application;

import java.util.List;

/**
 * What an import did.
 *
 * @param source        the feed's source name
 * @param records       records in the document
 * @param inserted      listings created
 * @param updated       listings changed (a new version each)
 * @param unchanged     listings identical to what was stored (nothing written)
 * @param rejections    every rejected record and why ({@code record <id>: <field>: <reason>; ...})
 * @param warnings      fields dropped or repaired in imported records
 * @param elapsedMillis wall time of the whole import
 */
public record ImportReport(String source, int records, int inserted, int updated, int unchanged, List<String> rejections,
        List<String> warnings, long elapsedMillis) {

    public ImportReport {
        rejections = List.copyOf(rejections);
        warnings = List.copyOf(warnings);
    }

    public int rejected() {
        return rejections.size();
    }
}
