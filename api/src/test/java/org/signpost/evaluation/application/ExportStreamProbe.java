package org.signpost.evaluation.application;

import java.io.InputStream;
import org.signpost.evaluation.infrastructure.OutcomeFacts;
import org.signpost.evaluation.model.PseudonymisedOutcome;
import org.signpost.evaluation.model.PseudonymousKey;

/** Benchmark access to the export's row source and encoder (OutcomeExportBenchmark's breakdown), not a test. */
public final class ExportStreamProbe {

    private ExportStreamProbe() {
    }

    /** The pseudonymised rows exactly as the export makes them: values in column order, null at the end. */
    public static Rows rows(OutcomeFacts.Cursor cursor, PseudonymousKey keys) {
        ExportStream.Rows rows = OutcomeExport.rows(cursor, keys);
        return rows::next;
    }

    /** The CSV stream exactly as the export encodes it. */
    public static InputStream csv(OutcomeFacts.Cursor cursor, PseudonymousKey keys) {
        return new ExportStream(ExportFormat.CSV, PseudonymisedOutcome.COLUMNS, OutcomeExport.rows(cursor, keys), (n, complete, failure) -> {
        });
    }

    /** Values in column order, null at the end. */
    public interface Rows {
        Object[] next();
    }
}
