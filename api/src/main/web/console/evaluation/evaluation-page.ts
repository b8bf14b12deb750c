import { call, type Schemas } from '../../common/api-client';
import { h } from '../../common/dom';
import type { RouteContext } from '../routes';
import { hasRole, staff } from '../session';
import { heading, table, withLoading } from '../oversight/ui';
import { interval, layoutChart, signed } from './change-chart';
import { changeSvg } from './change-svg';
import { exportsSection } from './exports';

type Grouping = Schemas['EvaluationGrouping'];

export const GROUPINGS: Record<Grouping, string> = {
  scheme: 'Scheme', link_worker: 'Link worker (pseudonymous)', referral_source: 'Referral source', need: 'Need',
  practice: 'GP practice', age_band: 'Age band', sex: 'Sex', time_in_service: 'Time in service',
};

/** The filters, as the URL holds them (no personal data: measures, groupings, periods, scheme ids). */
export interface Filters { measure: string; groupBy: Grouping; from: string; to: string; scheme: string }

export function filtersFrom(query: URLSearchParams): Filters {
  const groupBy = query.get('group_by') as Grouping | null;
  return {
    measure: query.get('measure_id') ?? '', groupBy: groupBy && groupBy in GROUPINGS ? groupBy : 'scheme',
    from: query.get('from') ?? '', to: query.get('to') ?? '', scheme: query.get('scheme_id') ?? '',
  };
}

/**
 * Change from baseline by measure and grouping: per group n, mean change with its 95% interval as an error bar, and %
 * improved; suppressed groups say so (never a zero). Evaluators (and admins) also download the figures and the
 * person-level pseudonymised rows.
 */
export async function render(ctx: RouteContext): Promise<void> {
  ctx.title('Outcomes: change from baseline');
  heading(ctx.main, 'Change from baseline', 'How wellbeing scores changed between people’s first and latest completion, by group.');
  const filters = filtersFrom(ctx.query);
  const formArea = h('div', {});
  const results = h('div', { id: 'summary', 'aria-live': 'polite' });
  ctx.main.append(formArea, results);
  const choices = await withLoading(formArea, 'measures and schemes', () => Promise.all([
    call(staff.GET('/measures')),
    // a coordinator reports on their own schemes only: naming another is refused (and audited), so it is not offered
    call(hasRole('EVALUATOR', 'ADMIN') ? staff.GET('/schemes') : staff.GET('/me/schemes')),
  ]));
  if (!choices) return;
  const [measures, schemes] = choices;
  const enabled = measures.measures.filter((m) => m.enabled);
  if (!filters.measure && enabled[0]) filters.measure = enabled[0].id;
  const schemeName = new Map(schemes.map((s) => [s.id, s.name]));
  formArea.append(filterForm(filters, enabled, schemes, (f) => {
    const q = new URLSearchParams({ measure_id: f.measure, group_by: f.groupBy });
    if (f.from) q.set('from', f.from);
    if (f.to) q.set('to', f.to);
    if (f.scheme) q.set('scheme_id', f.scheme);
    history.replaceState(null, '', `${location.pathname}?${q}`);
    void showSummary(results, f, enabled.find((m) => m.id === f.measure), schemeName);
  }));
  if (ctx.query.has('measure_id')) await showSummary(results, filters, enabled.find((m) => m.id === filters.measure), schemeName);
  if (hasRole('EVALUATOR', 'ADMIN', 'COORDINATOR')) ctx.main.append(exportsSection(() => currentFilters(formArea)));
}

function currentFilters(formArea: HTMLElement): Filters {
  const value = (name: string) => (formArea.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)?.value ?? '').trim();
  return { measure: value('measure_id'), groupBy: value('group_by') as Grouping, from: value('from'), to: value('to'), scheme: value('scheme_id') };
}

function select(id: string, name: string, label: string, options: [string, string][], selected: string, hint?: string): HTMLElement {
  const s = h('select', { class: 'nhsuk-select', id, name, ...(hint ? { 'aria-describedby': `${id}-hint` } : {}) },
    ...options.map(([v, l]) => h('option', { value: v, selected: v === selected }, l)));
  return h('div', { class: 'nhsuk-form-group' }, h('label', { class: 'nhsuk-label', for: id }, label),
    hint ? h('div', { class: 'nhsuk-hint', id: `${id}-hint` }, hint) : null, s);
}

function text(id: string, name: string, label: string, value: string, hint: string): HTMLElement {
  return h('div', { class: 'nhsuk-form-group' }, h('label', { class: 'nhsuk-label', for: id }, label),
    h('div', { class: 'nhsuk-hint', id: `${id}-hint` }, hint),
    h('input', { class: 'nhsuk-input nhsuk-input--width-10', id, name, type: 'text', value, spellcheck: 'false', 'aria-describedby': `${id}-hint` }));
}

function filterForm(f: Filters, measures: Schemas['Measure'][], schemes: Schemas['Scheme'][], go: (f: Filters) => void): HTMLElement {
  const form = h('form', { novalidate: true, class: 'sp-filters' },
    select('measure', 'measure_id', 'Measure', measures.map((m) => [m.id, m.name]), f.measure),
    select('group-by', 'group_by', 'Group by', Object.entries(GROUPINGS) as [string, string][], f.groupBy),
    text('from', 'from', 'From (optional)', f.from, 'A month (2026-03) or quarter (2026-Q1). Leave empty for the first record.'),
    text('to', 'to', 'To (optional)', f.to, 'A month or quarter that has ended. Leave empty for last month.'),
    select('scheme', 'scheme_id', 'Scheme', [['', 'All schemes you may see'], ...schemes.map((s) => [s.id, s.name] as [string, string])], f.scheme),
    h('button', { type: 'submit', class: 'nhsuk-button' }, 'Show summary'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const value = (name: string) => (form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`)?.value ?? '').trim();
    go({ measure: value('measure_id'), groupBy: value('group_by') as Grouping, from: value('from'), to: value('to'), scheme: value('scheme_id') });
  });
  return form;
}

async function showSummary(where: HTMLElement, f: Filters, measure: Schemas['Measure'] | undefined, schemeName: Map<string, string>): Promise<void> {
  const query = {
    measure_id: f.measure, group_by: f.groupBy,
    ...(f.from ? { from: f.from } : {}), ...(f.to ? { to: f.to } : {}), ...(f.scheme ? { scheme_id: f.scheme } : {}),
  };
  const report = await withLoading(where, 'the summary', () => call(staff.GET('/evaluation/change-summaries', { params: { query } })), {
    from: { id: 'from', label: 'From' }, to: { id: 'to', label: 'To' }, measure_id: { id: 'measure', label: 'Measure' },
    scheme_id: { id: 'scheme', label: 'Scheme' },
  });
  if (!report) return;
  const name = (g: string) => (f.groupBy === 'scheme' ? schemeName.get(g) ?? g : g);
  const better = measure?.direction === 'LOWER_IS_BETTER' ? 'Lower scores are better: a fall is an improvement.' : 'Higher scores are better: a rise is an improvement.';
  where.append(h('h2', {}, `${measure?.name ?? report.measure_id} by ${groupingWords(report.group_by)}`),
    h('p', {}, `${report.from ? `From ${report.from}` : 'From the first record'} to ${report.to ?? 'last month'}. ${better} `
      + `Groups of fewer than ${report.threshold} people are suppressed, and so are any others that would let one be worked out.`),
    report.note ? h("p", { class: "nhsuk-body-s" }, report.note) : "");
  if (report.scores.length === 0) {
    where.append(h('p', {}, 'No one has a baseline and a later completion of this measure in this period. Try a longer period or another measure.'));
    return;
  }
  report.scores.forEach((score, i) => {
    const layout = layoutChart(score.groups, score.total, name);
    const suppressed = layout.rows.filter((r) => r.suppressed).length;
    const id = `chart-${i}`;
    where.append(h('h3', {}, `Score: ${score.score_key}`),
      h('figure', { class: 'sp-figure' },
        changeSvg(layout, id, `Mean change in ${score.score_key} by ${groupingWords(report.group_by)}, with 95% confidence intervals`,
          `${layout.rows.length} groups, ${suppressed} suppressed. The table that follows gives every figure.`),
        h('figcaption', { class: 'nhsuk-body-s' }, 'Dot: mean change. Bar: 95% confidence interval. Vertical line: no change.')),
      table(`${score.score_key}: change from baseline by ${groupingWords(report.group_by)}`,
        ['Group', 'People (n)', 'Mean change', '95% confidence interval', 'Improved'],
        layout.rows.map((r) => (r.suppressed
          ? [r.label, suppressedCell(), suppressedCell(), suppressedCell(), suppressedCell()]
          : [r.total ? h('strong', {}, r.label) : r.label, String(r.n ?? ''), signed(r.mean, 2), interval(r),
            r.percentImproved === undefined ? 'not given' : `${r.percentImproved.toFixed(0)}%`])),
        [1, 2, 4]));
  });
}

/** "GP practice", "age band": the grouping as it reads inside a sentence. */
function groupingWords(g: Grouping): string {
  const label = GROUPINGS[g];
  return label.startsWith('GP') ? label : label.toLowerCase();
}

function suppressedCell(): HTMLElement {
  return h('span', { class: 'sp-suppressed-cell' }, 'suppressed');
}

