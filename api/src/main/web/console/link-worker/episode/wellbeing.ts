import { call, type Schemas } from '../../../common/api-client';
import { h } from '../../../common/dom';
import type { RouteContext } from '../../routes';
import { staff } from '../../session';
import { problemOf, workingOn } from '../../ui';
import { scoreChart, type Point } from './wellbeing-chart';

/** Wellbeing scores recorded in the episode, each score over time with its change from baseline. */
export function wellbeingSection(ctx: RouteContext, e: Schemas['Episode']): HTMLElement {
  const body = h('div', { id: 'wellbeing' }, workingOn('Loading wellbeing scores'));
  const section = h('section', { 'aria-labelledby': 'wellbeing-title' }, h('h2', { id: 'wellbeing-title' }, 'Wellbeing'), body);
  void Promise.all([
    call(staff.GET('/episodes/{episode_id}/outcome-changes', { params: { path: { episode_id: e.id }, header: ctx.personal() } })),
    call(staff.GET('/episodes/{episode_id}/outcomes', { params: { path: { episode_id: e.id }, header: ctx.personal() } })),
  ]).then(([changes, records]) => {
    if (!changes.measures.length) {
      body.replaceChildren(h('p', {}, 'No wellbeing scores recorded yet.'));
      return;
    }
    const current = (records.items ?? []).filter((r) => r.current);
    body.replaceChildren(...changes.measures.map((m) => h('div', { class: 'sp-measure' },
      h('h3', { class: 'nhsuk-heading-s' }, `${m.measure_name} (${m.completions} completed)`),
      h('div', { class: 'sp-charts' }, ...m.scores.map((s) => {
        const points: Point[] = current.filter((r) => r.measure_id === m.measure_id)
          .map((r) => ({ on: r.completed_on, value: r.scores?.find((x) => x.score_key === s.score_key)?.value }))
          .filter((p): p is Point => typeof p.value === 'number');
        return scoreChart(s.name, points.length ? points : [{ on: m.baseline?.completed_on ?? '', value: s.baseline }, { on: m.latest?.completed_on ?? '', value: s.latest }], s);
      })))));
  }).catch((x) => {
    const p = problemOf(x);
    body.replaceChildren(h('p', {}, `Wellbeing scores did not load: ${p.title}. ${p.detail ?? 'Reload the page to try again.'}`));
  });
  return section;
}
