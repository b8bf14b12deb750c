import { call, type Schemas } from '../../common/api-client';
import { h } from '../../common/dom';
import type { RouteContext } from '../routes';
import { staff } from '../session';
import { heading, table, withLoading } from '../oversight/ui';
import { countText, meccBars } from './mecc-bars';

type Dimension = Schemas['MeccDimension'];
const DIMENSIONS: Record<Dimension, string> = { topic: 'Topic', level: 'Level', action: 'Action', setting: 'Setting', month: 'Month' };
const NS = 'http://www.w3.org/2000/svg';

/** MECC conversations counted by one dimension or two, small numbers withheld: a table, and a bar chart of the row totals. */
export async function render(ctx: RouteContext): Promise<void> {
  ctx.title('MECC report');
  heading(ctx.main, 'Making Every Contact Count', 'How many MECC conversations were recorded, by what they covered.');
  const rows = (ctx.query.get('rows') as Dimension | null) ?? 'topic';
  const columns = (ctx.query.get('columns') as Dimension | null) ?? '';
  const form = h('form', { novalidate: true, class: 'sp-filters' },
    pick('mecc-rows', 'rows', 'Count by', rows, false),
    pick('mecc-columns', 'columns', 'And by (optional)', columns, true),
    field('mecc-from', 'from', 'From (optional)', ctx.query.get('from') ?? '', 'A month (2026-01) or quarter (2026-Q1). Default: eleven months before To.'),
    field('mecc-to', 'to', 'To (optional)', ctx.query.get('to') ?? '', 'A month or quarter that has ended. Default: last month.'),
    h('button', { type: 'submit', class: 'nhsuk-button' }, 'Show report'));
  const out = h('div', { id: 'mecc-report', 'aria-live': 'polite' });
  ctx.main.append(form, out);
  const show = () => {
    const v = (n: string) => (form.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${n}"]`)?.value ?? '').trim();
    const q = new URLSearchParams({ rows: v('rows') });
    for (const n of ['columns', 'from', 'to']) if (v(n)) q.set(n, v(n));
    history.replaceState(null, '', `${location.pathname}?${q}`);
    void report(out, Object.fromEntries(q) as never);
  };
  form.addEventListener('submit', (ev) => { ev.preventDefault(); show(); });
  show();
}

function pick(id: string, name: string, label: string, value: string, optional: boolean): HTMLElement {
  return h('div', { class: 'nhsuk-form-group' }, h('label', { class: 'nhsuk-label', for: id }, label),
    h('select', { class: 'nhsuk-select', id, name },
      optional ? h('option', { value: '', selected: value === '' }, 'Nothing else') : null,
      ...Object.entries(DIMENSIONS).map(([k, l]) => h('option', { value: k, selected: k === value }, l))));
}

function field(id: string, name: string, label: string, value: string, hint: string): HTMLElement {
  return h('div', { class: 'nhsuk-form-group' }, h('label', { class: 'nhsuk-label', for: id }, label),
    h('div', { class: 'nhsuk-hint', id: `${id}-hint` }, hint),
    h('input', { class: 'nhsuk-input nhsuk-input--width-10', id, name, type: 'text', value, 'aria-describedby': `${id}-hint` }));
}

async function report(where: HTMLElement, query: { rows: Dimension; columns?: Dimension; from?: string; to?: string }): Promise<void> {
  const r = await withLoading(where, 'the report', () => call(staff.GET('/mecc/report', { params: { query } })), {
    from: { id: 'mecc-from', label: 'From' }, to: { id: 'mecc-to', label: 'To' },
  });
  if (!r) return;
  const rowName = DIMENSIONS[r.rows_dimension];
  where.append(h('h2', {}, `Conversations by ${rowName.toLowerCase()}${r.columns_dimension ? ` and ${DIMENSIONS[r.columns_dimension].toLowerCase()}` : ''}`),
    h('p', {}, `${r.from} to ${r.to}. Counts under ${r.threshold} are withheld and shown as “suppressed”; published counts carry a small random adjustment, so they need not add up to the totals.`));
  if (r.rows.length === 0) {
    where.append(h('p', {}, 'No conversations were recorded in this period. Try a longer period.'));
    return;
  }
  where.append(chart(r, rowName));
  const head = [rowName, ...r.column_keys, 'Total'];
  const body = r.rows.map((row) => [row.key, ...row.cells.map(cell), cell(row.total)]);
  body.push(['Total', ...r.column_totals.map(cell), cell(r.grand_total)]);
  where.append(table(`MECC conversations by ${rowName.toLowerCase()}`, head, body, head.map((_, i) => i).slice(1)));
}

function cell(c: Schemas['MeccCount']): string | HTMLElement {
  return c.suppressed ? h('span', { class: 'sp-suppressed-cell' }, countText(c)) : countText(c);
}

function chart(r: Schemas['MeccReport'], rowName: string): SVGSVGElement {
  const bars = meccBars(r, 360);
  const row = 28;
  const svg = document.createElementNS(NS, 'svg');
  const set = (e: Element, a: Record<string, string | number>) => { for (const [k, v] of Object.entries(a)) e.setAttribute(k, String(v)); return e; };
  const add = (tag: string, a: Record<string, string | number>, text?: string) => {
    const e = set(document.createElementNS(NS, tag), a);
    if (text !== undefined) e.textContent = text;
    svg.append(e);
  };
  set(svg, { viewBox: `0 0 640 ${bars.length * row + 10}`, role: 'img', 'aria-labelledby': 'mecc-chart-title mecc-chart-desc', class: 'sp-mecc-chart' });
  add('title', { id: 'mecc-chart-title' }, `Conversations by ${rowName.toLowerCase()} (totals)`);
  add('desc', { id: 'mecc-chart-desc' }, `${bars.length} bars, ${bars.filter((b) => b.suppressed).length} suppressed. The table that follows gives every count.`);
  bars.forEach((b, i) => {
    const y = i * row + 5;
    add('text', { x: 190, y: y + 17, 'text-anchor': 'end', class: 'sp-label' }, b.key.length > 26 ? `${b.key.slice(0, 25)}…` : b.key);
    if (b.suppressed) {
      add('text', { x: 200, y: y + 17, class: 'sp-suppressed' }, 'suppressed (too few to show)');
    } else {
      add('rect', { x: 200, y: y + 4, width: Math.max(1, b.width ?? 0), height: row - 10, class: 'sp-bar' });
      add('text', { x: 206 + (b.width ?? 0), y: y + 17, class: 'sp-tick' }, String(b.count));
    }
  });
  return svg as SVGSVGElement;
}
