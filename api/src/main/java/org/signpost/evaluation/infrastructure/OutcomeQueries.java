package org.signpost.evaluation.infrastructure;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.signpost.evaluation.model.EvaluationFilters;

/**
 * The SQL of evaluation reads: current outcome records (none supersedes them) of residents whose
 * pseudonymised_evaluation consent is in force (recorded and not withdrawn) now, narrowed by the
 * evaluator's filters. Parameters are bound, never spliced.
 */
final class OutcomeQueries {

    /** A statement and its parameters. */
    record Query(String sql, List<Object> params) {
    }

    private static final String FROM = " FROM outcome_record o"
            + " JOIN episode e ON e.id = o.episode_id"
            + " JOIN resident r ON r.id = e.resident_id";

    private static final String CURRENT_AND_CONSENTED = " WHERE NOT EXISTS (SELECT 1 FROM outcome_record c WHERE c.supersedes = o.id)"
            + " AND r.merged_into IS NULL"
            + " AND EXISTS (SELECT 1 FROM resident_consent k WHERE k.resident_id = r.id"
            + " AND k.kind = 'pseudonymised_evaluation' AND k.withdrawn_at IS NULL)";

    private static final String FACTS = "SELECT r.id AS resident_id, e.id AS episode_id, r.date_of_birth, r.sex, r.postcode,"
            + " COALESCE(e.practice_ods_code, r.gp_practice_ods_code) AS practice, e.scheme_id, e.source, e.assigned_to,"
            + " COALESCE(DATE(e.accepted_at), e.received_on) AS episode_start,"
            + " (SELECT GROUP_CONCAT(n.need_code ORDER BY n.position SEPARATOR ';') FROM episode_need n WHERE n.episode_id = e.id)"
            + " AS needs, o.id AS record_id, o.measure_id, o.timepoint, o.follow_up_weeks, o.completed_on, o.recorded_at,"
            + " s.score_key, s.value, s.band, r.record_key";

    private OutcomeQueries() {
    }

    /** Every score row the filters select, in no particular order (an export). */
    static Query facts(EvaluationFilters filters) {
        List<Object> params = new ArrayList<>();
        String where = where(filters, params, true);
        return new Query(FACTS + FROM + " JOIN outcome_score s ON s.record_id = o.id" + where, params);
    }

    /**
     * Every score row of one measure for the filtered residents, whatever its date, ordered by
     * resident and episode (a summary pairs baselines with later completions, then filters on the
     * latest completion's day).
     */
    static Query factsByPerson(EvaluationFilters filters) {
        List<Object> params = new ArrayList<>();
        String where = where(filters, params, false);
        return new Query(FACTS + FROM + " JOIN outcome_score s ON s.record_id = o.id" + where + " ORDER BY r.id, e.id, o.id",
                params);
    }

    /** Every score row the filters select (dates applied), ordered by resident: a person's rows arrive together. */
    static Query factsOfEachPerson(EvaluationFilters filters) {
        List<Object> params = new ArrayList<>();
        String where = where(filters, params, true);
        return new Query(FACTS + FROM + " JOIN outcome_score s ON s.record_id = o.id" + where + " ORDER BY r.id", params);
    }

    /** Each needs code with its parent's code (none for a top-level code). */
    static Query needParents() {
        return new Query("SELECT t.code, p.code AS parent FROM taxonomy_term t LEFT JOIN taxonomy_term p ON p.id = t.parent_id", List.of());
    }

    /** How many distinct people the filters select. */
    static Query people(EvaluationFilters filters) {
        List<Object> params = new ArrayList<>();
        String where = where(filters, params, true);
        return new Query("SELECT COUNT(DISTINCT r.id)" + FROM + where, params);
    }

    private static String where(EvaluationFilters filters, List<Object> params, boolean byDate) {
        StringBuilder sql = new StringBuilder(CURRENT_AND_CONSENTED);
        if (byDate && filters.from() != null) {
            sql.append(" AND o.completed_on >= ?");
            params.add(Date.valueOf(filters.from()));
        }
        if (byDate && filters.to() != null) {
            sql.append(" AND o.completed_on <= ?");
            params.add(Date.valueOf(filters.to()));
        }
        if (filters.schemeId() != null) {
            sql.append(" AND e.scheme_id = ?");
            params.add(filters.schemeId().toString());
        }
        filters.within().ifPresent(schemes -> {
            if (schemes.isEmpty()) {
                sql.append(" AND FALSE");
            } else {
                sql.append(" AND e.scheme_id IN (").append(org.signpost.platform.jdbc.Sql.placeholders(schemes)).append(")");
                schemes.forEach(scheme -> params.add(scheme.toString()));
            }
        });
        if (filters.practice() != null) {
            sql.append(" AND COALESCE(e.practice_ods_code, r.gp_practice_ods_code) = ?");
            params.add(filters.practice());
        }
        if (filters.measureId() != null) {
            sql.append(" AND o.measure_id = ?");
            params.add(filters.measureId());
        }
        if (filters.need() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM episode_need w WHERE w.episode_id = e.id AND w.need_code = ?)");
            params.add(filters.need());
        }
        return sql.toString();
    }
}
