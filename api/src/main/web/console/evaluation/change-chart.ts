import type { Schemas } from '../../common/api-client';

type Group = Schemas['ChangeSummaryGroup'];

/** A group as the chart and the table show it: figures only when not suppressed. */
export interface ChartRow {
  label: string;
  total: boolean;
  suppressed: boolean;
  n?: number;
  mean?: number;
  ciLower?: number;
  ciUpper?: number;
  percentImproved?: number;
  /** x of the mean and the interval's ends, in chart units (undefined when suppressed or not given) */
  x?: { mean: number; lower?: number; upper?: number };
}

export interface ChartLayout {
  rows: ChartRow[];
  min: number;
  max: number;
  zeroX: number;
  ticks: { value: number; x: number }[];
  width: number;
  plotLeft: number;
  plotRight: number;
}

const WIDTH = 640;
const PLOT_LEFT = 200;
const PLOT_RIGHT = WIDTH - 20;

function niceStep(span: number): number {
  const raw = span / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const scaled = raw / magnitude;
  return (scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10) * magnitude;
}

/**
 * Lays out one score's groups (then its total) on a shared axis that always includes zero ("no change"). A suppressed
 * group gets no position at all: it is shown as suppressed, never as a zero.
 */
export function layoutChart(groups: Group[], total: Group | undefined, groupName: (g: string) => string = (g) => g): ChartLayout {
  const rows: ChartRow[] = [...groups.map((g) => row(g, false, groupName)), ...(total ? [row(total, true, () => 'All people')] : [])];
  const values = rows.flatMap((r) => (r.suppressed ? [] : [r.mean, r.ciLower, r.ciUpper].filter((v): v is number => v !== undefined)));
  let min = Math.min(0, ...values);
  let max = Math.max(0, ...values);
  if (min === max) { min -= 1; max += 1; }
  const step = niceStep(max - min);
  min = Math.floor(min / step) * step;
  max = Math.ceil(max / step) * step;
  const x = (v: number) => PLOT_LEFT + ((v - min) / (max - min)) * (PLOT_RIGHT - PLOT_LEFT);
  for (const r of rows) {
    if (!r.suppressed && r.mean !== undefined) {
      r.x = { mean: x(r.mean), lower: r.ciLower === undefined ? undefined : x(r.ciLower), upper: r.ciUpper === undefined ? undefined : x(r.ciUpper) };
    }
  }
  const ticks: { value: number; x: number }[] = [];
  for (let v = min; v <= max + step / 2; v += step) {
    const value = Math.round(v / step) * step;
    ticks.push({ value: Object.is(value, -0) ? 0 : Number(value.toPrecision(6)), x: x(value) });
  }
  return { rows, min, max, zeroX: x(0), ticks, width: WIDTH, plotLeft: PLOT_LEFT, plotRight: PLOT_RIGHT };
}

function row(g: Group, total: boolean, groupName: (g: string) => string): ChartRow {
  if (g.suppressed) return { label: groupName(g.group), total, suppressed: true };
  return {
    label: groupName(g.group), total, suppressed: false, n: g.n, mean: g.mean_change,
    ciLower: g.ci_lower, ciUpper: g.ci_upper, percentImproved: g.percent_improved,
  };
}

/** A number as the table shows it: one decimal place, a minus sign for a fall, a plus for a rise. */
export function signed(value: number | undefined, digits = 1): string {
  if (value === undefined) return 'not given';
  const text = Math.abs(value).toFixed(digits);
  if (Number(text) === 0) return text;
  return value > 0 ? `+${text}` : `−${text}`;
}

/** The 95% interval in words, or why there is none. */
export function interval(r: ChartRow): string {
  if (r.ciLower === undefined || r.ciUpper === undefined) return 'not given (fewer than two people)';
  return `${signed(r.ciLower, 2)} to ${signed(r.ciUpper, 2)}`;
}
