import type { Schemas } from '../../common/api-client';

/** Every whole number in the item's range, worded with the measure's own labels where it has them ("0 Not at all"). */
export function answerChoices(item: Schemas['MeasureItem']): [string, string][] {
  const labels = new Map((item.answer_labels ?? []).map((l) => [l.value, l.label]));
  const out: [string, string][] = [];
  for (let v = item.min; v <= item.max; v++) {
    const label = labels.get(v);
    out.push([String(v), label ? (item.max - item.min >= 4 ? `${v}: ${label}` : label) : String(v)]);
  }
  return out;
}
