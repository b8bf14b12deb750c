package org.signpost.mecc.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.signpost.evaluation.application.ReportScopes;
import org.signpost.evaluation.model.ReportScope;
import java.util.UUID;
import org.signpost.audit.application.AuditLog;
import org.signpost.audit.model.AuditAction;
import org.signpost.audit.model.AuditRecord;
import org.signpost.audit.model.Resource;
import org.signpost.evaluation.application.ReleasePeriod;
import org.signpost.evaluation.model.CellKey;
import org.signpost.evaluation.model.CellKeyPerturbation;
import org.signpost.evaluation.model.PublishedCount;
import org.signpost.evaluation.model.ReportingPeriods;
import org.signpost.evaluation.model.SmallNumberSuppression;
import org.signpost.evaluation.model.SuppressedTable;
import org.signpost.mecc.infrastructure.MeccRepository;
import org.signpost.mecc.model.MeccAction;
import org.signpost.mecc.model.MeccDimension;
import org.signpost.mecc.model.MeccLevel;
import org.signpost.mecc.model.MeccVocabulary;
import org.signpost.platform.errors.Violations;
import org.signpost.security.model.Actor;

/**
 * Counts of MECC conversations by one or two dimensions over whole months or quarters that have
 * ended ({@link ReportingPeriods}), with the same disclosure control as evaluation releases:
 * small-number suppression on the true counts (org.signpost.evaluation.model.SmallNumberSuppression,
 * {@code signpost.evaluation.suppression-threshold} and {@code publish-zeros}), then every published
 * count, totals included, perturbed by its cell key ({@link CellKeyPerturbation}). Every report is
 * audited.
 */
@Singleton
public class MeccReports {

    /** The released table: keys, and per cell a count or null when withheld (last row and column are totals). */
    public record Report(MeccDimension rows, MeccDimension columns, int threshold, LocalDate from, LocalDate to, List<String> rowKeys,
            List<String> columnKeys, Long[][] cells) {
    }

    static final String RESOURCE = "mecc_report";
    private static final int MAX_MONTHS = 36;

    private final MeccRepository repository;
    private final MeccVocabulary vocabulary;
    private final SmallNumberSuppression suppression;
    private final CellKeyPerturbation perturbation;
    private final ReleasePeriod periods;
    private final TransactionOperations<Connection> transactions;
    private final AuditLog audit;
    private final Clock clock;
    private final ReportScopes scopes;

    MeccReports(MeccRepository repository, MeccSettings settings, SmallNumberSuppression suppression, CellKeyPerturbation perturbation,
            ReleasePeriod periods, TransactionOperations<Connection> transactions, AuditLog audit, Clock clock, ReportScopes scopes) {
        this.scopes = scopes;
        this.repository = repository;
        this.vocabulary = new MeccVocabulary(settings.topics(), settings.settings());
        this.suppression = suppression;
        this.perturbation = perturbation;
        this.periods = periods;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The table of what the caller may report on ({@link ReportScope}): every conversation for an evaluator or an
     * administrator; for a coordinator, those recorded by the staff of the coordinator's own schemes.
     * {@code fromPeriod} and {@code toPeriod}: months (yyyy-MM) or quarters (yyyy-Qn), or null for the defaults.
     */
    public Report report(Actor actor, MeccDimension rows, MeccDimension columns, String fromPeriod, String toPeriod) {
        ReportingPeriods.Range range = periods.range(fromPeriod, toPeriod);
        LocalDate to = range.to();
        LocalDate from = range.from().orElse(to.withDayOfMonth(1).minusMonths(11));
        Violations violations = new Violations();
        if (columns == rows) {
            violations.add("columns", "must differ from rows");
        }
        if (YearMonth.from(from).plusMonths(MAX_MONTHS).isBefore(YearMonth.from(to).plusMonths(1))) {
            violations.add("from", "a report covers at most " + MAX_MONTHS + " months");
        }
        violations.throwIfAny();
        ReportScope scope = scopes.of(actor);
        List<MeccRepository.Count> counts = transactions.executeRead(status -> repository.counts(rows, columns, from, to,
                scope.schemes()));
        List<String> rowKeys = keys(rows, from, to, counts, true);
        List<String> columnKeys = columns == null ? List.of() : keys(columns, from, to, counts, false);
        Map<String, Integer> rowIndex = index(rowKeys);
        Map<String, Integer> columnIndex = index(columnKeys);
        int height = columns == null ? 1 : rowKeys.size();
        int width = columns == null ? rowKeys.size() : columnKeys.size();
        long[][] cells = new long[height][width];
        long[][] recordKeys = new long[height][width];
        for (MeccRepository.Count c : counts) {
            int r = columns == null ? 0 : rowIndex.get(c.row());
            int k = columns == null ? rowIndex.get(c.row()) : columnIndex.get(c.column());
            cells[r][k] += c.count();
            recordKeys[r][k] += c.recordKeys();
        }
        SuppressedTable result = suppression.apply(cells);
        Long[][] released = released(result, cells, recordKeys);
        record(actor, rows, columns, from, to);
        return new Report(rows, columns, suppression.threshold(), from, to, rowKeys, columnKeys,
                columns == null ? new Long[][] {released[0]} : released);
    }

    private void record(Actor actor, MeccDimension rows, MeccDimension columns, LocalDate from, LocalDate to) {
        String what = "mecc report by " + rows.wire() + (columns == null ? "" : " and " + columns.wire()) + ", " + from + " to " + to;
        audit.append(List.of(new AuditRecord(0, clock.instant(), actor.userId(), actor.username(), actor.roles(), AuditAction.EXPORT,
                Resource.of(RESOURCE, UUID.randomUUID(), null), List.of(), null, true, what)));
    }

    /**
     * Cells with row totals in the last column, column totals in the last row, the grand total in
     * the corner (a one-way report uses the first row and its total); each published count
     * perturbed by the cell key of what it counts, each withheld one null.
     */
    private Long[][] released(SuppressedTable t, long[][] cells, long[][] recordKeys) {
        int rows = t.rows();
        int columns = t.columns();
        long[][] counts = new long[rows + 1][columns + 1];
        long[][] keys = new long[rows + 1][columns + 1];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                for (int[] at : new int[][] {{r, c}, {r, columns}, {rows, c}, {rows, columns}}) {
                    counts[at[0]][at[1]] += cells[r][c];
                    keys[at[0]][at[1]] += recordKeys[r][c];
                }
            }
        }
        Long[][] out = new Long[rows + 1][columns + 1];
        for (int r = 0; r <= rows; r++) {
            for (int c = 0; c <= columns; c++) {
                PublishedCount p = r < rows && c < columns ? t.cell(r, c) : r < rows ? t.rowTotal(r) : c < columns ? t.columnTotal(c)
                        : t.grandTotal();
                out[r][c] = p.suppressed() ? null : perturbation.count(counts[r][c], CellKey.ofSum(keys[r][c]));
            }
        }
        return out;
    }

    private List<String> keys(MeccDimension dimension, LocalDate from, LocalDate to, List<MeccRepository.Count> counts, boolean row) {
        LinkedHashSet<String> keys = new LinkedHashSet<>(switch (dimension) {
            case TOPIC -> vocabulary.topics();
            case SETTING -> vocabulary.settings();
            case LEVEL -> Arrays.stream(MeccLevel.values()).map(MeccLevel::wire).toList();
            case ACTION -> Arrays.stream(MeccAction.values()).map(MeccAction::wire).toList();
            case MONTH -> months(from, to);
        });
        // a topic or setting no longer configured still counts where it was recorded
        counts.forEach(c -> keys.add(row ? c.row() : c.column()));
        return List.copyOf(keys);
    }

    private static List<String> months(LocalDate from, LocalDate to) {
        List<String> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.isAfter(YearMonth.from(to)); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        return months;
    }

    private static Map<String, Integer> index(List<String> keys) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            index.put(keys.get(i), i);
        }
        return index;
    }
}
