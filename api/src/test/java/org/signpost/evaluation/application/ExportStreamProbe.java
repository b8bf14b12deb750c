package org.signpost.evaluation.application;

import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import org.signpost.evaluation.infrastructure.OutcomeFacts;
import org.signpost.evaluation.model.KAnonymity;
import org.signpost.evaluation.model.PseudonymisedOutcome;
import org.signpost.evaluation.model.PseudonymousKey;

/** Benchmark access to the export's row source and encoder (OutcomeExportBenchmark's breakdown), not a test. */
public final class ExportStreamProbe {

    private ExportStreamProbe() {
    }

    /** The pseudonymised rows as the export makes them (no profile withheld): values in column order, null at the end. */
    public static Rows rows(OutcomeFacts.Cursor cursor, PseudonymousKey keys) {
        ExportStream.Rows rows = OutcomeExport.rows(cursor, keys, Map.of(), NOTHING_WITHHELD);
        return rows::next;
    }

    /** The CSV stream as the export encodes it (no profile withheld). */
    public static InputStream csv(OutcomeFacts.Cursor cursor, PseudonymousKey keys) {
        return new ExportStream(ExportFormat.CSV, PseudonymisedOutcome.COLUMNS, OutcomeExport.rows(cursor, keys, Map.of(), NOTHING_WITHHELD),
                (n, complete, failure) -> {
                });
    }

    private static final KAnonymity.Plan NOTHING_WITHHELD = new KAnonymity.Plan(5, Set.of(), Map.of(), 0, 0, 0, 0);

    /** Values in column order, null at the end. */
    public interface Rows {
        Object[] next();
    }
}
