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
 * Counts of MECC conversations by one or two dimensions, with the same small-number suppression
 * as evaluation exports (org.signpost.evaluation.model.SmallNumberSuppression, configured by
 * {@code signpost.evaluation.suppression-threshold} and {@code publish-zeros}).
 */
@Singleton
public class MeccReports {

    /** The released table: keys, and per cell a count or null when withheld (last row and column are totals). */
    public record Report(MeccDimension rows, MeccDimension columns, int threshold, LocalDate from, LocalDate to, List<String> rowKeys,
            List<String> columnKeys, Long[][] cells) {
    }

    private static final int MAX_MONTHS = 36;

    private final MeccRepository repository;
    private final MeccVocabulary vocabulary;
    private final SmallNumberSuppression suppression;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final ReportScopes scopes;

    MeccReports(MeccRepository repository, MeccSettings settings, SmallNumberSuppression suppression,
            TransactionOperations<Connection> transactions, Clock clock, ReportScopes scopes) {
        this.scopes = scopes;
        this.repository = repository;
        this.vocabulary = new MeccVocabulary(settings.topics(), settings.settings());
        this.suppression = suppression;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The table of what the caller may report on ({@link ReportScope}): every conversation for an evaluator or an
     * administrator; for a coordinator, those recorded by the staff of the coordinator's own schemes.
     */
    public Report report(Actor actor, MeccDimension rows, MeccDimension columns, LocalDate fromDay, LocalDate toDay) {
        LocalDate to = toDay == null ? LocalDate.now(clock) : toDay;
        LocalDate from = fromDay == null ? to.withDayOfMonth(1).minusMonths(11) : fromDay;
        Violations violations = new Violations();
        if (columns == rows) {
            violations.add("columns", "must differ from rows");
        }
        if (from.isAfter(to)) {
            violations.add("from", "is after to");
        } else if (YearMonth.from(from).plusMonths(MAX_MONTHS).isBefore(YearMonth.from(to).plusMonths(1))) {
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
        long[][] cells = new long[columns == null ? 1 : rowKeys.size()][columns == null ? rowKeys.size() : columnKeys.size()];
        if (columns == null) {
            counts.forEach(c -> cells[0][rowIndex.get(c.row())] += c.count());
        } else {
            counts.forEach(c -> cells[rowIndex.get(c.row())][columnIndex.get(c.column())] += c.count());
        }
        SuppressedTable result = suppression.apply(cells);
        return new Report(rows, columns, suppression.threshold(), from, to, rowKeys, columnKeys,
                columns == null ? oneWay(result) : twoWay(result));
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

    /** The row of cells then its total. */
    private static Long[][] oneWay(SuppressedTable t) {
        Long[][] out = new Long[1][t.columns() + 1];
        for (int c = 0; c < t.columns(); c++) {
            out[0][c] = value(t.cell(0, c));
        }
        out[0][t.columns()] = value(t.rowTotal(0));
        return out;
    }

    /** Cells with row totals in the last column, column totals in the last row, the grand total in the corner. */
    private static Long[][] twoWay(SuppressedTable t) {
        Long[][] out = new Long[t.rows() + 1][t.columns() + 1];
        for (int r = 0; r < t.rows(); r++) {
            for (int c = 0; c < t.columns(); c++) {
                out[r][c] = value(t.cell(r, c));
            }
            out[r][t.columns()] = value(t.rowTotal(r));
        }
        for (int c = 0; c < t.columns(); c++) {
            out[t.rows()][c] = value(t.columnTotal(c));
        }
        out[t.rows()][t.columns()] = value(t.grandTotal());
        return out;
    }

    private static Long value(org.signpost.evaluation.model.PublishedCount count) {
        return count.suppressed() ? null : count.value().getAsLong();
    }
}
