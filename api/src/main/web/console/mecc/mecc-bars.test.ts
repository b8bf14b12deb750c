import { describe, expect, it } from 'vitest';
import { countText, meccBars } from './mecc-bars';

describe('the MECC report chart', () => {
  const report = {
    rows_dimension: 'topic', threshold: 5, from: '2026-01-01', to: '2026-03-31', column_keys: [], column_totals: [],
    grand_total: { suppressed: false, count: 40 },
    rows: [
      { key: 'smoking', cells: [], total: { suppressed: false, count: 30 } },
      { key: 'alcohol', cells: [], total: { suppressed: true } },
      { key: 'diet', cells: [], total: { suppressed: false, count: 10 } },
    ],
  } as const;

  it('scales published counts to the largest and gives a suppressed row no bar at all', () => {
    const bars = meccBars(report as never, 300);
    expect(bars[0]).toEqual({ key: 'smoking', suppressed: false, count: 30, width: 300 });
    expect(bars[1]).toEqual({ key: 'alcohol', suppressed: true });
    expect(bars[2]?.width).toBe(100);
    expect(countText({ suppressed: true })).toBe('suppressed');
    expect(countText({ suppressed: false, count: 0 })).toBe('0');
  });
});
