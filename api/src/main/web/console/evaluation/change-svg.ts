import { type ChartLayout, signed } from './change-chart';

const NS = 'http://www.w3.org/2000/svg';
const ROW = 36;
const TOP = 28;

function el<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * The chart as inline SVG: a dot at each group's mean change with its 95% interval as an error bar, a line at zero
 * ("no change"), and a suppressed group written as "suppressed" where its bar would be, never drawn as zero. The table
 * beside it carries the same figures for screen readers; the chart is one image with a title and description.
 */
export function changeSvg(layout: ChartLayout, id: string, title: string, description: string): SVGSVGElement {
  const height = TOP + layout.rows.length * ROW + 24;
  const svg = el('svg', { viewBox: `0 0 ${layout.width} ${height}`, role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`, class: 'sp-change-chart', id });
  svg.append(el('title', { id: `${id}-title` }, title), el('desc', { id: `${id}-desc` }, description));
  const axisY = TOP + layout.rows.length * ROW;
  for (const t of layout.ticks) {
    svg.append(el('line', { x1: t.x, x2: t.x, y1: TOP - 6, y2: axisY, class: t.value === 0 ? 'sp-zero' : 'sp-grid' }));
    svg.append(el('text', { x: t.x, y: axisY + 16, 'text-anchor': 'middle', class: 'sp-tick' }, signed(t.value, t.value % 1 === 0 ? 0 : 1)));
  }
  // kept inside the chart when zero is at either edge
  const anchor = layout.zeroX > layout.plotRight - 40 ? 'end' : layout.zeroX < layout.plotLeft + 40 ? 'start' : 'middle';
  svg.append(el('text', { x: layout.zeroX, y: TOP - 10, 'text-anchor': anchor, class: 'sp-tick' }, 'no change'));
  layout.rows.forEach((r, i) => {
    const y = TOP + i * ROW + ROW / 2;
    svg.append(el('text', { x: layout.plotLeft - 10, y: y + 4, 'text-anchor': 'end', class: r.total ? 'sp-label sp-total' : 'sp-label' },
      r.label.length > 26 ? `${r.label.slice(0, 25)}…` : r.label));
    if (r.suppressed || !r.x) {
      svg.append(el('text', { x: layout.plotLeft + 6, y: y + 4, class: 'sp-suppressed' }, 'suppressed (too few people to show)'));
      return;
    }
    if (r.x.lower !== undefined && r.x.upper !== undefined) {
      svg.append(el('line', { x1: r.x.lower, x2: r.x.upper, y1: y, y2: y, class: 'sp-ci' }));
      svg.append(el('line', { x1: r.x.lower, x2: r.x.lower, y1: y - 7, y2: y + 7, class: 'sp-ci' }));
      svg.append(el('line', { x1: r.x.upper, x2: r.x.upper, y1: y - 7, y2: y + 7, class: 'sp-ci' }));
    }
    svg.append(el('circle', { cx: r.x.mean, cy: y, r: 5, class: r.total ? 'sp-mean sp-total' : 'sp-mean' }));
  });
  return svg;
}
