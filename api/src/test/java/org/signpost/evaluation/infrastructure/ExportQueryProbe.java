package org.signpost.evaluation.infrastructure;

import javax.sql.DataSource;
import org.signpost.evaluation.model.EvaluationFilters;

/** Benchmark access to the export's SQL and reader (OutcomeExportBenchmark's breakdown), not a test. */
public final class ExportQueryProbe {

    private ExportQueryProbe() {
    }

    /** The SQL of an unfiltered export. */
    public static String exportSql() {
        return OutcomeQueries.facts(new EvaluationFilters(null, null, null, null, null, null)).sql();
    }

    /** The SQL of the unfiltered population count. */
    public static String peopleSql() {
        return OutcomeQueries.people(new EvaluationFilters(null, null, null, null, null, null)).sql();
    }

    /** The reader the service uses, over this data source. */
    public static OutcomeFacts facts(DataSource dataSource) {
        return new OutcomeFacts(dataSource);
    }
}
