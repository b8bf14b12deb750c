import type { Schemas } from '../../common/api-client';

/** A bar of the MECC chart: a count, or a suppressed cell that has no length. */
export interface Bar { key: string; count?: number; suppressed: boolean; width?: number }

/** Bars for each row's total, scaled to the largest published count; suppressed rows get no width (never a zero bar). */
export function meccBars(report: Schemas['MeccReport'], maxWidth: number): Bar[] {
  const published = report.rows.filter((r) => !r.total.suppressed && r.total.count !== undefined).map((r) => r.total.count!);
  const max = Math.max(1, ...published);
  return report.rows.map((r) => (r.total.suppressed || r.total.count === undefined
    ? { key: r.key, suppressed: true }
    : { key: r.key, suppressed: false, count: r.total.count, width: (r.total.count / max) * maxWidth }));
}

export function countText(c: Schemas['MeccCount']): string {
  return c.suppressed || c.count === undefined ? 'suppressed' : String(c.count);
}
