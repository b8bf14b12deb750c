import { describe, expect, it } from 'vitest';
import { interval, layoutChart, signed } from './change-chart';

describe('the change-from-baseline chart', () => {
  const groups = [
    { group: 'scheme-a', suppressed: false, n: 12, mean_change: 3.2, ci_lower: 1.1, ci_upper: 5.3, percent_improved: 58.3 },
    { group: 'scheme-b', suppressed: true },
    { group: 'scheme-c', suppressed: false, n: 7, mean_change: -1.5, ci_lower: -4, ci_upper: 1 },
  ];
  const total = { group: 'total', suppressed: false, n: 24, mean_change: 1.4, ci_lower: 0.2, ci_upper: 2.6, percent_improved: 45 };

  it('puts every interval and zero on one axis, with the total last', () => {
    const chart = layoutChart(groups, total, (g) => g.toUpperCase());
    expect(chart.min).toBeLessThanOrEqual(-4);
    expect(chart.max).toBeGreaterThanOrEqual(5.3);
    expect(chart.rows.map((r) => r.label)).toEqual(['SCHEME-A', 'SCHEME-B', 'SCHEME-C', 'All people']);
    expect(chart.rows[3]?.total).toBe(true);
    const a = chart.rows[0]!.x!;
    expect(a.lower!).toBeLessThan(a.mean);
    expect(a.mean).toBeLessThan(a.upper!);
    expect(chart.rows[2]!.x!.mean).toBeLessThan(chart.zeroX);
    expect(chart.ticks.some((t) => t.value === 0 && t.x === chart.zeroX)).toBe(true);
  });

  it('never places a suppressed group, so it cannot be drawn as a zero', () => {
    const chart = layoutChart(groups, total);
    const suppressed = chart.rows[1]!;
    expect(suppressed.suppressed).toBe(true);
    expect(suppressed.x).toBeUndefined();
    expect(suppressed.n).toBeUndefined();
    expect(suppressed.mean).toBeUndefined();
  });

  it('copes with nothing to draw but suppressed groups', () => {
    const chart = layoutChart([{ group: 'x', suppressed: true }], { group: 'total', suppressed: true });
    expect(chart.min).toBeLessThan(0);
    expect(chart.max).toBeGreaterThan(0);
    expect(chart.rows.every((r) => r.x === undefined)).toBe(true);
  });

  it('writes changes with their sign and says when there is no interval', () => {
    expect(signed(3.21)).toBe('+3.2');
    expect(signed(-1.5)).toBe('−1.5');
    expect(signed(0.01)).toBe('0.0');
    expect(interval({ label: 'a', total: false, suppressed: false, n: 1, mean: 2 })).toBe('not given (fewer than two people)');
    expect(interval({ label: 'a', total: false, suppressed: false, ciLower: -0.5, ciUpper: 1.25 })).toBe('−0.50 to +1.25');
  });
});
