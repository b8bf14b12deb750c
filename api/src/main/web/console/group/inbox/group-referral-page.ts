import { call, type Schemas } from '../../../common/api-client';
import { append, h } from '../../../common/dom';
import { busy, button, select, textInput, valueOf } from '../../../common/forms';
import type { RouteContext } from '../../routes';
import { staff } from '../../session';
import { backLink, done, heading, loadFor, showProblem, summaryList, words, workingOn } from '../../ui';
import { referralTimeline } from '../../link-worker/episode/timeline';
import { contactAttemptForm } from '../../link-worker/referral/referral-page';

/**
 * /console/referrals/{id} for the group it was sent to: what the resident agreed to share, and the answers the group
 * gives: accept, decline with a reason, did not attend, attended, completed with an outcome, attempts to make contact.
 */
export async function render(ctx: RouteContext, note?: string): Promise<void> {
  const id = ctx.params.id!;
  ctx.title('Referral');
  const problems = h('div', {});
  const wait = workingOn('Loading the referral');
  ctx.main.replaceChildren(backLink('/console/inbox', 'Referrals to us'), problems, wait);
  const r = await loadFor(ctx, 'Referral', problems, wait, () => call(staff.GET('/referrals/{referral_id}', { params: { path: { referral_id: id }, header: ctx.personal() } })));
  if (!r) return;
  const who = r.shared?.name ?? 'The resident';
  ctx.title(`Referral: ${who}`);
  const reload = (m: string): void => { void render(ctx, m); };
  const legal = r.legal_transitions ?? [];
  const go = (body: Omit<Schemas['OnwardTransitionRequest'], 'version'>, m: string, where: HTMLElement): Promise<void> =>
    busy(where, () => call(staff.POST('/referrals/{referral_id}/transitions', { params: { path: { referral_id: r.id }, header: ctx.personal() }, body: { ...body, version: r.version } }))
      .then(() => reload(m)).catch((x) => { showProblem(problems, x, { reason: { id: 'decline_note', label: 'Note' } }); }));
  const actions = h('div', { class: 'sp-actions', id: 'referral-actions' });
  const quick: [Schemas['OnwardStatus'], string, string][] = [
    ['accepted', 'Accept', `Accepted. ${who} is expecting to hear from you.`],
    ['attended', 'They came', 'Recorded that they came.'],
    ['did_not_attend', 'They did not come', 'Recorded that they did not come.'],
  ];
  for (const [to, text, message] of quick) {
    if (!legal.includes(to)) continue;
    const b = button(text, { type: 'button', secondary: to !== 'accepted' && to !== 'attended', id: `to-${to}` });
    b.addEventListener('click', () => void go({ to }, message, actions));
    actions.append(b);
  }
  if (legal.includes('completed')) {
    const form = h('form', { novalidate: true, id: 'complete-form' },
      select({ id: 'outcome', label: 'How did it go?', options: [['need_met', 'It met their need'], ['need_partly_met', 'It partly met their need'], ['need_not_met', 'It did not meet their need'], ['other', 'Other']] }),
      button('Mark as completed'));
    form.addEventListener('submit', (ev) => { ev.preventDefault(); void go({ to: 'completed', outcome: valueOf(form, 'outcome') as Schemas['CompletionOutcome'] }, 'Completed. Thank you.', form); });
    actions.append(form);
  }
  if (legal.includes('declined')) {
    const form = h('form', { novalidate: true, id: 'decline-form' },
      select({ id: 'decline_reason', label: 'Why', options: [['no_capacity', 'We have no places'], ['not_eligible', 'Our group is not right for them'], ['could_not_contact', 'We could not contact them'], ['no_longer_interested', 'They are no longer interested'], ['other', 'Other']] }),
      textInput({ id: 'decline_note', label: 'Note for the link worker (optional)' }),
      button('Decline the referral', { secondary: true }));
    form.addEventListener('submit', (ev) => { ev.preventDefault(); void go({ to: 'declined', decline_reason: valueOf(form, 'decline_reason') as Schemas['OnwardDeclineReason'], reason: valueOf(form, 'decline_note') || undefined }, 'Declined. The link worker is told why.', form); });
    actions.append(h('details', { class: 'nhsuk-details' }, h('summary', { class: 'nhsuk-details__summary' }, h('span', { class: 'nhsuk-details__summary-text' }, 'Decline this referral')),
      h('div', { class: 'nhsuk-details__text' }, form)));
  }
  if (r.status === 'sent' || r.status === 'accepted') actions.append(contactAttemptForm(ctx, r, problems, reload));
  append(ctx.main,
    note ? done(note) : null,
    heading(who, `Referral to ${r.service_name}`),
    summaryList([
      ['Status', words(r.status)],
      ['Looking for help with', r.need.name],
      ['Contact them by', r.shared ? words(r.shared.contact_preference.method) : null],
      ['Contact', r.shared?.contact],
      ['Contact notes', r.shared?.contact_preference.notes],
      ['From the link worker', r.shared?.shared_information],
      ['Referred although you had no places', r.capacity_override_reason],
    ], 'shared-details'),
    r.consent_in_force ? null : h('div', { class: 'nhsuk-warning-callout' }, h('h2', { class: 'nhsuk-warning-callout__label' }, 'Consent withdrawn'),
      h('p', {}, 'They no longer agree to share their details with your group. Do not contact them about this referral.')),
    actions.childElementCount ? actions : null,
    h('h2', {}, 'Timeline'),
    referralTimeline(r, false));
}
