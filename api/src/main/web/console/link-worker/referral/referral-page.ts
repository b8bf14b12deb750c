import { call, type Schemas } from '../../../common/api-client';
import { append, h } from '../../../common/dom';
import { busy, button, select, textArea, textInput, valueOf } from '../../../common/forms';
import type { RouteContext } from '../../routes';
import { staff } from '../../session';
import { backLink, done, heading, loadFor, showProblem, summaryList, words, workingOn } from '../../ui';
import { referralTimeline } from '../episode/timeline';

/** /console/referrals/{id} for the referrer: the referral's timeline; send a draft, cancel, or record a contact attempt. */
export async function render(ctx: RouteContext, note?: string): Promise<void> {
  const id = ctx.params.id!;
  ctx.title('Referral');
  const problems = h('div', {});
  const wait = workingOn('Loading the referral');
  ctx.main.replaceChildren(problems, wait);
  const r = await loadFor(ctx, 'Referral', problems, wait, () => call(staff.GET('/referrals/{referral_id}', { params: { path: { referral_id: id }, header: ctx.personal() } })));
  if (!r) return;
  ctx.title(`Referral to ${r.service_name}`);
  const message = note ?? (ctx.query.get('sent') ? `Referral sent to ${r.service_name}. The group is told and answers here.` : undefined);
  const reload = (m: string): void => { void render({ ...ctx, query: new URLSearchParams() }, m); };
  const legal = r.legal_transitions ?? [];
  const transition = (body: Omit<Schemas['OnwardTransitionRequest'], 'version'>, m: string): Promise<void> =>
    call(staff.POST('/referrals/{referral_id}/transitions', { params: { path: { referral_id: r.id }, header: ctx.personal() }, body: { ...body, version: r.version } }))
      .then(() => reload(m));
  const actions = h('div', { class: 'sp-actions' });
  if (legal.includes('sent')) {
    const form = h('form', { novalidate: true, id: 'send-form' },
      textArea({ id: 'capacity_override_reason', label: 'If the group has no places free: why refer anyway', rows: 2 }), button('Send referral'));
    form.addEventListener('submit', (ev) => { ev.preventDefault(); void busy(form, () => transition({ to: 'sent', capacity_override_reason: valueOf(form, 'capacity_override_reason') || undefined }, 'Referral sent.')
      .catch((x) => showProblem(problems, x, { capacity_override_reason: { id: 'capacity_override_reason', label: 'Why refer anyway' } }))); });
    actions.append(form);
  }
  if (r.status === 'sent' || r.status === 'accepted') actions.append(contactAttemptForm(ctx, r, problems, reload));
  if (legal.includes('cancelled')) {
    const form = h('form', { novalidate: true, id: 'cancel-form' }, textInput({ id: 'cancel_reason', label: 'Why cancel (optional)' }), button('Cancel the referral', { secondary: true }));
    form.addEventListener('submit', (ev) => { ev.preventDefault(); void busy(form, () => transition({ to: 'cancelled', reason: valueOf(form, 'cancel_reason') || undefined }, 'Referral cancelled.').catch((x) => showProblem(problems, x))); });
    actions.append(h('details', { class: 'nhsuk-details' }, h('summary', { class: 'nhsuk-details__summary' }, h('span', { class: 'nhsuk-details__summary-text' }, 'Cancel this referral')),
      h('div', { class: 'nhsuk-details__text' }, form)));
  }
  append(ctx.main,
    r.episode_id ? backLink(`/console/episodes/${r.episode_id}`, 'Back to the episode') : null,
    message ? done(message) : null,
    heading(r.service_name, 'Onward referral'),
    summaryList([
      ['Need', r.need.name],
      ['Status', words(r.status)],
      ['Place held', r.place_held ? 'Yes' : 'No'],
      ['Reason to refer with no places', r.capacity_override_reason],
      ['Shared with the group', r.shared?.shared_information],
    ], 'referral-details'),
    actions,
    h('h2', {}, 'Timeline'),
    referralTimeline(r, false));
}

export function contactAttemptForm(ctx: RouteContext, r: Schemas['OnwardReferral'], problems: HTMLElement, reload: (m: string) => void): HTMLElement {
  const form = h('form', { novalidate: true, id: 'contact-attempt-form' },
    select({ id: 'attempt_outcome', label: 'Tried to contact them: what happened', options: [['reached', 'Reached them'], ['no_answer', 'No answer'], ['left_message', 'Left a message'], ['wrong_number', 'Wrong number']] }),
    textInput({ id: 'attempt_note', label: 'Note (optional)' }),
    button('Record the attempt', { secondary: true }));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void busy(form, () => call(staff.POST('/referrals/{referral_id}/contact-attempts', { params: { path: { referral_id: r.id }, header: ctx.personal() },
      body: { outcome: valueOf(form, 'attempt_outcome') as Schemas['ContactAttemptOutcome'], note: valueOf(form, 'attempt_note') || undefined } }))
      .then(() => reload('Contact attempt recorded.')).catch((x) => showProblem(problems, x, { note: { id: 'attempt_note', label: 'Note' } })));
  });
  return h('details', { class: 'nhsuk-details' }, h('summary', { class: 'nhsuk-details__summary' }, h('span', { class: 'nhsuk-details__summary-text' }, 'Record a contact attempt')),
    h('div', { class: 'nhsuk-details__text' }, form));
}
