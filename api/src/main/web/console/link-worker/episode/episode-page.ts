import { call, type Schemas } from '../../../common/api-client';
import { append, h } from '../../../common/dom';
import { clearFieldErrors } from '../../../common/errors';
import { busy, button, select, textArea, textInput, valueOf } from '../../../common/forms';
import type { RouteContext } from '../../routes';
import { staff } from '../../session';
import { backLink, date, dateTime, done, heading, loadFor, showProblem, statusTag, summaryList, today, words, workingOn } from '../../ui';
import { consentWords } from '../residents/resident-page';
import { planSection } from './plan-form';
import { referralTimeline } from './timeline';
import { wellbeingSection } from './wellbeing';

type Episode = Schemas['Episode'];

/**
 * /console/episodes/{id}: one resident's time with the service: accept it, "what matters to me" conversations, the
 * personalised plan, wellbeing scores against baseline, consents, every onward referral as a timeline, and the SNOMED CT
 * coded events a GP system reads.
 */
export async function render(ctx: RouteContext, note?: string): Promise<void> {
  const id = ctx.params.id!;
  ctx.title('Episode');
  const problems = h('div', {});
  const wait = workingOn('Loading the episode');
  ctx.main.replaceChildren(problems, wait);
  const loaded = await loadFor(ctx, 'Episode', problems, wait, async () => {
    const episode = await call(staff.GET('/episodes/{episode_id}', { params: { path: { episode_id: id }, header: ctx.personal() } }));
    return { episode, resident: await call(staff.GET('/residents/{resident_id}', { params: { path: { resident_id: episode.resident_id }, header: ctx.personal() } })) };
  });
  if (!loaded) return;
  const { episode, resident } = loaded;
  const name = `${resident.given_name} ${resident.family_name}`;
  ctx.title(`${name}: episode`);
  const reload = (message: string): void => void render(ctx, message);
  const accepted = episode.status === 'accepted';
  append(ctx.main, 
    backLink(`/console/residents/${resident.id}`, `${name}'s record`),
    note ? done(note) : null,
    heading(name, `Episode from ${date(episode.received_on)}`),
    h('p', {}, statusTag(episode.status), episode.urgency === 'urgent' ? h('strong', { class: 'nhsuk-tag nhsuk-tag--red sp-tag-gap' }, 'Urgent') : null),
    summaryList([
      ['Reason', episode.reason],
      ['Needs', episode.needs.map((n) => n.name).join(', ') || 'None given'],
      ['Referred by', [words(episode.source), episode.referrer?.name, episode.referrer?.organisation].filter(Boolean).join(', ')],
      ['With', episode.assigned_to ?? 'Nobody yet'],
      ['Next contact due', date(episode.next_contact_due)],
    ], 'episode-details'),
    actions(ctx, episode, reload),
    accepted ? h('p', {}, h('a', { class: 'nhsuk-action-link__link', href: `/console/episodes/${episode.id}/refer`, id: 'find-and-refer' }, 'Find a service and refer')) : null,
    conversations(ctx, episode, reload),
    planSection(ctx, episode, reload),
    wellbeingSection(ctx, episode),
    h('section', { 'aria-labelledby': 'consents-title' }, h('h2', { id: 'consents-title' }, 'Consents'),
      resident.consents.length ? h('ul', { class: 'nhsuk-list', id: 'episode-consents' }, ...resident.consents.map((c) => h('li', {},
        `${consentWords(c.kind)}${c.organisation_id ? ' (one group)' : ''}: ${c.in_force ? 'in force' : 'withdrawn'}, recorded ${dateTime(c.recorded_at)}`)))
        : h('p', {}, 'None recorded.')),
    h('section', { 'aria-labelledby': 'referrals-title', id: 'referrals' }, h('h2', { id: 'referrals-title' }, 'Onward referrals'),
      episode.referrals.length ? h('div', {}, ...episode.referrals.map((r) => referralTimeline(r, true))) : h('p', {}, 'None yet.')),
    codedEvents(episode));
}

function actions(ctx: RouteContext, e: Episode, reload: (m: string) => void): HTMLElement | null {
  const problems = h('div', {});
  const buttons: HTMLElement[] = [];
  const transition = (to: 'accepted' | 'declined' | 'closed', extra: Partial<Schemas['EpisodeTransitionRequest']>, message: string): Promise<void> =>
    call(staff.POST('/episodes/{episode_id}/transitions', { params: { path: { episode_id: e.id }, header: ctx.personal() }, body: { to, version: e.version, ...extra } }))
      .then(() => reload(message));
  if (e.status === 'referred') {
    const accept = button('Accept into the service', { type: 'button', id: 'accept-episode' });
    accept.addEventListener('click', () => void busy(wrap, () => transition('accepted', {}, 'Episode accepted: the GP system is sent code 871731000000106.').catch((x) => showProblem(problems, x))));
    buttons.push(accept);
  }
  if (e.status === 'accepted' && e.assigned_to !== ctx.session.username && ctx.session.roles.includes('LINK_WORKER')) {
    const take = button('Assign to me', { type: 'button', secondary: true, id: 'assign-me' });
    take.addEventListener('click', () => void busy(wrap, () => call(staff.PUT('/episodes/{episode_id}/assignment', {
      params: { path: { episode_id: e.id }, header: ctx.personal() }, body: { link_worker: ctx.session.username, version: e.version } }))
      .then(() => reload('The episode is assigned to you.')).catch((x) => showProblem(problems, x))));
    buttons.push(take);
  }
  const wrap = h('div', { class: 'sp-actions' }, problems, ...buttons);
  if (e.status === 'referred' || e.status === 'accepted') {
    const form = h('form', { novalidate: true, id: 'end-episode' },
      e.status === 'referred'
        ? select({ id: 'decline_reason', label: 'Reason', options: [['resident_declined', 'They decided not to take part'], ['not_eligible', 'Not eligible'], ['could_not_contact', 'Could not contact them'], ['duplicate_referral', 'Already referred'], ['other', 'Other']] })
        : null,
      textInput({ id: 'end_reason', label: 'Note (optional)' }),
      button(e.status === 'referred' ? 'Decline the referral' : 'Close the episode', { secondary: true }));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void busy(form, () => transition(e.status === 'referred' ? 'declined' : 'closed', {
        decline_reason: e.status === 'referred' ? valueOf(form, 'decline_reason') as Schemas['EpisodeDeclineReason'] : undefined,
        reason: valueOf(form, 'end_reason') || undefined,
      }, e.status === 'referred' ? 'Referral declined.' : 'Episode closed.').catch((x) => showProblem(problems, x, { reason: { id: 'end_reason', label: 'Note' } })));
    });
    wrap.append(h('details', { class: 'nhsuk-details' }, h('summary', { class: 'nhsuk-details__summary' },
      h('span', { class: 'nhsuk-details__summary-text' }, e.status === 'referred' ? 'Decline this referral' : 'Close this episode')),
    h('div', { class: 'nhsuk-details__text' }, form)));
  }
  return buttons.length || wrap.querySelector('form') ? wrap : null;
}

function conversations(ctx: RouteContext, e: Episode, reload: (m: string) => void): HTMLElement {
  const problems = h('div', {});
  const list = e.conversations.length
    ? h('ol', { class: 'nhsuk-list', id: 'conversation-list' }, ...[...e.conversations].reverse().map((c) => h('li', { class: 'sp-note' },
      h('h3', { class: 'nhsuk-heading-xs sp-no-margin' }, `${date(c.held_on)}, ${c.recorded_by}`),
      h('p', { class: 'sp-no-margin' }, h('strong', {}, 'What matters: '), c.what_matters),
      c.notes ? h('p', { class: 'nhsuk-body-s' }, c.notes) : null)))
    : h('p', {}, 'None recorded yet.');
  const section = h('section', { 'aria-labelledby': 'conversations-title' }, h('h2', { id: 'conversations-title' }, '"What matters to me" conversations'), list);
  if (e.status !== 'accepted') return section;
  const form = h('form', { novalidate: true, id: 'conversation-form' },
    textInput({ id: 'held_on', label: 'When', type: 'date', value: today(), width: 10 }),
    textArea({ id: 'what_matters', label: 'What matters to them', rows: 3 }),
    textArea({ id: 'notes', label: 'Notes (optional)', rows: 3 }),
    button('Record the conversation'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    clearFieldErrors(form);
    void busy(form, () => call(staff.POST('/episodes/{episode_id}/conversations', { params: { path: { episode_id: e.id }, header: ctx.personal() },
      body: { held_on: valueOf(form, 'held_on'), what_matters: valueOf(form, 'what_matters'), notes: valueOf(form, 'notes') || undefined } }))
      .then(() => reload('Conversation recorded.'))
      .catch((x) => showProblem(problems, x, { held_on: { id: 'held_on', label: 'When' }, what_matters: { id: 'what_matters', label: 'What matters to them' }, notes: { id: 'notes', label: 'Notes' } })));
  });
  section.append(h('h3', {}, 'Record a conversation'), problems, form);
  return section;
}

function codedEvents(e: Episode): HTMLElement {
  return h('section', { 'aria-labelledby': 'coded-title' }, h('h2', { id: 'coded-title' }, 'Coded for the GP record'),
    h('p', { class: 'nhsuk-body-s' }, 'SNOMED CT events the GP practice\'s system reads (GET /coded-events).'),
    e.coded_events.length ? h('table', { class: 'nhsuk-table', id: 'coded-events' },
      h('caption', { class: 'nhsuk-table__caption nhsuk-u-visually-hidden' }, 'Coded events'),
      h('thead', {}, h('tr', {}, ...['Code', 'Meaning', 'Recorded'].map((t) => h('th', { scope: 'col', class: 'nhsuk-table__header' }, t)))),
      h('tbody', {}, ...e.coded_events.map((c) => h('tr', {}, h('td', { class: 'nhsuk-table__cell' }, c.code), h('td', { class: 'nhsuk-table__cell' }, c.display),
        h('td', { class: 'nhsuk-table__cell' }, dateTime(c.recorded_at)))))) : h('p', {}, 'Nothing coded yet: accepting the episode codes it.'));
}
