import type { Schemas } from '../../../common/api-client';
import { h } from '../../../common/dom';
import { date } from '../../ui';

const SVG = 'http://www.w3.org/2000/svg';

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, ...children: (Node | string)[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  children.forEach((c) => el.append(c));
  return el;
}

export interface Point { on: string; value: number }

/**
 * One score over time as an inline SVG line chart (no script or style inside, so the CSP holds), baseline marked, with a
 * text alternative: the chart is role="img" with a label saying the change, and the same numbers are in a table beside it.
 */
export function scoreChart(name: string, points: Point[], change: Schemas['ScoreChange'] | undefined): HTMLElement {
  const width = 320;
  const height = 140;
  const pad = 28;
  const values = points.map((p) => p.value);
  const min = Math.min(...values, change?.baseline ?? Infinity);
  const max = Math.max(...values, change?.baseline ?? -Infinity);
  const span = max - min || 1;
  const x = (i: number): number => pad + (points.length === 1 ? (width - 2 * pad) / 2 : (i * (width - 2 * pad)) / (points.length - 1));
  const y = (v: number): number => height - pad - ((v - min) / span) * (height - 2 * pad);
  const summary = change
    ? `${name}: ${change.baseline} at baseline, ${change.latest} now, change ${change.change > 0 ? '+' : ''}${round(change.change)} (${change.outcome.replace('_', ' ')}; ${change.direction === 'HIGHER_IS_BETTER' ? 'higher' : 'lower'} is better)`
    : `${name}: ${points.map((p) => p.value).join(', ')}`;
  const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': summary, class: 'sp-chart', focusable: 'false' },
    svg('line', { x1: pad, y1: height - pad, x2: width - pad, y2: height - pad, stroke: '#4c6272', 'stroke-width': 1 }),
    change ? svg('line', { x1: pad, y1: y(change.baseline), x2: width - pad, y2: y(change.baseline), stroke: '#768692', 'stroke-dasharray': '4 4', 'stroke-width': 1 }) : '',
    svg('polyline', { points: points.map((p, i) => `${x(i)},${y(p.value)}`).join(' '), fill: 'none', stroke: '#005eb8', 'stroke-width': 3 }),
    ...points.map((p, i) => svg('circle', { cx: x(i), cy: y(p.value), r: 5, fill: '#005eb8' })),
    ...points.map((p, i) => svg('text', { x: x(i), y: y(p.value) - 9, 'text-anchor': 'middle', 'font-size': 12, fill: '#212b32' }, String(round(p.value)))));
  return h('figure', { class: 'sp-chart-figure' }, chart,
    h('figcaption', { class: 'nhsuk-body-s' }, summary),
    h('table', { class: 'nhsuk-table sp-chart-table' },
      h('caption', { class: 'nhsuk-table__caption nhsuk-u-visually-hidden' }, `${name} over time`),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Completed'), h('th', { scope: 'col' }, name))),
      h('tbody', {}, ...points.map((p) => h('tr', {}, h('td', {}, date(p.on)), h('td', {}, String(round(p.value))))))));
}

function round(n: number): number { return Math.round(n * 100) / 100; }
