import { call, type Schemas } from '../../../common/api-client';
import { h } from '../../../common/dom';
import { clearFieldErrors, type Fields } from '../../../common/errors';
import { busy, button, select, textInput } from '../../../common/forms';
import type { RouteContext } from '../../routes';
import { staff } from '../../session';
import { date, showProblem, words } from '../../ui';

type Goal = Schemas['Goal'];
const STATUSES: Schemas['GoalStatus'][] = ['not_started', 'in_progress', 'achieved', 'dropped'];

/** The personalised plan: goals (what, by when, how it is going) and the next review date; saved as a new version. */
export function planSection(ctx: RouteContext, e: Schemas['Episode'], reload: (m: string) => void): HTMLElement {
  const plan = e.plan;
  const section = h('section', { 'aria-labelledby': 'plan-title', id: 'plan' }, h('h2', { id: 'plan-title' }, 'Personalised plan'),
    plan ? h('div', {},
      h('ul', { class: 'nhsuk-list nhsuk-list--bullet', id: 'plan-goals' }, ...plan.goals.map((g) => h('li', {}, g.description,
        g.target_date ? `, by ${date(g.target_date)}` : '', g.status ? ` (${words(g.status).toLowerCase()})` : ''))),
      plan.review_dates.length ? h('p', {}, `Review: ${plan.review_dates.map(date).join(', ')}`) : null,
      h('p', { class: 'nhsuk-body-s' }, `Version ${plan.version}, written by ${plan.updated_by}`))
      : h('p', {}, 'No plan yet.'));
  if (e.status !== 'accepted') return section;
  const problems = h('div', {});
  const goals = h('div', { id: 'goal-rows' });
  const goalsNow: Goal[] = plan?.goals.length ? plan.goals : [{ description: '' }];
  goalsNow.forEach((g) => goals.append(goalRow(goals.children.length, g)));
  const add = button('Add another goal', { type: 'button', secondary: true, id: 'add-goal' });
  add.addEventListener('click', () => { const row = goalRow(goals.children.length, { description: '' }); goals.append(row); row.querySelector('input')?.focus(); });
  const form = h('form', { novalidate: true, id: 'plan-form' }, goals, add,
    textInput({ id: 'review_date', label: 'Next review date', type: 'date', width: 10, value: plan?.review_dates.at(-1) ?? '' }),
    button(plan ? 'Save the plan' : 'Write the plan'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    clearFieldErrors(form);
    const rows = Array.from(goals.querySelectorAll<HTMLElement>('.sp-goal'));
    const body: Schemas['PlanRequest'] = {
      version: plan?.version ?? 0,
      goals: rows.map((row) => ({
        description: (row.querySelector('[data-field=description]') as HTMLInputElement).value.trim(),
        target_date: (row.querySelector('[data-field=target_date]') as HTMLInputElement).value || undefined,
        status: (row.querySelector('[data-field=status]') as HTMLSelectElement).value as Schemas['GoalStatus'],
      })).filter((g, i) => g.description || i === 0),
      review_dates: [(form.querySelector('#review_date') as HTMLInputElement).value].filter(Boolean),
    };
    const fields: Fields = { review_dates: { id: 'review_date', label: 'Next review date' }, 'review_dates[0]': { id: 'review_date', label: 'Next review date' } };
    rows.forEach((_, i) => {
      fields[`goals[${i}].description`] = { id: `goal-${i}-description`, label: `Goal ${i + 1}` };
      fields[`goals[${i}].target_date`] = { id: `goal-${i}-target_date`, label: `Goal ${i + 1} target date` };
    });
    void busy(form, () => call(staff.PUT('/episodes/{episode_id}/plan', { params: { path: { episode_id: e.id }, header: ctx.personal() }, body }))
      .then(() => reload('Plan saved.')).catch((x) => showProblem(problems, x, fields)));
  });
  section.append(h('h3', {}, plan ? 'Change the plan' : 'Write the plan'), problems, form);
  return section;
}

function goalRow(i: number, g: Goal): HTMLElement {
  const row = h('fieldset', { class: 'nhsuk-fieldset sp-goal' }, h('legend', { class: 'nhsuk-fieldset__legend nhsuk-fieldset__legend--s' }, `Goal ${i + 1}`),
    textInput({ id: `goal-${i}-description`, label: 'What they want to achieve', value: g.description }),
    textInput({ id: `goal-${i}-target_date`, label: 'By when (optional)', type: 'date', width: 10, value: g.target_date ?? '' }),
    select({ id: `goal-${i}-status`, label: 'How it is going', options: STATUSES.map((s) => [s, words(s)]), value: g.status ?? 'not_started' }));
  row.querySelector(`#goal-${i}-description`)!.setAttribute('data-field', 'description');
  row.querySelector(`#goal-${i}-target_date`)!.setAttribute('data-field', 'target_date');
  row.querySelector(`#goal-${i}-status`)!.setAttribute('data-field', 'status');
  return row;
}
