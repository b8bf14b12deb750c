import { call, type Schemas } from '../../../common/api-client';
import { append, h } from '../../../common/dom';
import type { RouteContext } from '../../routes';
import { staff } from '../../session';
import { date, dateTime, heading, showProblem, statusTag, words, workingOn } from '../../ui';

type Caseload = Schemas['Caseload'];
const COLUMNS: Schemas['EpisodeStatus'][] = ['referred', 'accepted'];

/** /console/caseload: the link worker's open episodes as a board by state, overdue contacts first, and reminders due. */
export async function render(ctx: RouteContext): Promise<void> {
  ctx.title('My caseload');
  const problems = h('div', {});
  const wait = workingOn('Loading your caseload');
  append(ctx.main, problems, heading('My caseload'), wait);
  let caseload: Caseload;
  try {
    caseload = await call(staff.GET('/caseload', { params: { header: ctx.personal() } }));
  } catch (e) {
    wait.remove();
    showProblem(problems, e);
    return;
  }
  wait.remove();
  const overdue = new Set(caseload.overdue_contacts.map((e) => e.episode_id));
  append(ctx.main, 
    h('p', {}, 'Open episodes assigned to you. ', h('a', { href: '/console/residents' }, 'Find a resident'), ' to start a new one.'),
    reminders(caseload),
    h('h2', {}, 'Episodes by state'),
    h('div', { class: 'sp-board', id: 'caseload-board' }, ...COLUMNS.map((status) => {
      const items = caseload.open_episodes.filter((e) => e.status === status)
        .sort((a, b) => Number(overdue.has(b.episode_id)) - Number(overdue.has(a.episode_id)) || (a.next_contact_due ?? '').localeCompare(b.next_contact_due ?? ''));
      return h('section', { class: 'sp-board__column', 'aria-labelledby': `col-${status}` },
        h('h3', { id: `col-${status}`, class: 'nhsuk-heading-s' }, `${words(status)} (${caseload.episodes_by_status[status] ?? items.length})`),
        items.length ? h('ul', { class: 'nhsuk-list sp-board__list' }, ...items.map((e) => h('li', { class: 'sp-board__card' },
          h('a', { href: `/console/episodes/${e.episode_id}` }, e.resident_name), ' ', statusTag(e.status),
          e.urgency === 'urgent' ? h('strong', { class: 'nhsuk-tag nhsuk-tag--red sp-tag-gap' }, 'Urgent') : null,
          e.next_contact_due ? h('p', { class: 'nhsuk-body-s sp-no-margin' },
            overdue.has(e.episode_id) ? h('strong', {}, `Contact overdue since ${date(e.next_contact_due)}`) : `Next contact due ${date(e.next_contact_due)}`) : null)))
          : h('p', { class: 'nhsuk-body-s' }, 'None'));
    })),
    h('h2', {}, 'Onward referrals by state'),
    h('ul', { class: 'nhsuk-list', id: 'referral-counts' }, ...Object.entries(caseload.referrals_by_status).map(([k, n]) => h('li', {}, `${words(k)}: ${n}`))));
}

function reminders(caseload: Caseload): HTMLElement {
  if (!caseload.reminders.length) return h('div', { class: 'nhsuk-inset-text' }, h('p', {}, 'No reminders due.'));
  return h('div', { class: 'nhsuk-warning-callout', id: 'reminders' },
    h('h2', { class: 'nhsuk-warning-callout__label' }, h('span', { role: 'text' }, h('span', { class: 'nhsuk-u-visually-hidden' }, 'Important: '), `Reminders due (${caseload.reminders.length})`)),
    h('ul', {}, ...caseload.reminders.map((r) => h('li', {},
      h('a', { href: `/console/referrals/${r.referral_id}` }, r.service_name), `: ${r.detail} (since ${dateTime(r.since)})`))));
}
