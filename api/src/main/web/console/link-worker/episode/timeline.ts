import type { Schemas } from '../../../common/api-client';
import { h } from '../../../common/dom';
import { dateTime, statusTag, words } from '../../ui';

type Referral = Schemas['OnwardReferral'];

interface Event { at: string; text: string; detail?: string; status?: string }

/** A referral's story, oldest first: each change of state (who, why) and each attempt to reach the resident. */
export function referralEvents(r: Referral): Event[] {
  const events: Event[] = [{ at: r.created_at, text: 'Drafted', status: 'draft' }];
  for (const c of r.history) {
    if (c.to === 'draft') continue;
    const why = [c.decline_reason ? words(c.decline_reason) : '', c.outcome ? `Outcome: ${words(c.outcome).toLowerCase()}` : '', c.reason ?? ''].filter(Boolean).join('. ');
    events.push({ at: c.at, text: `${words(c.to)} by ${c.actor}`, detail: why || undefined, status: c.to });
  }
  for (const a of r.contact_attempts) {
    events.push({ at: a.at, text: `Contact attempt by ${a.by}: ${words(a.outcome).toLowerCase()}`, detail: a.note ?? undefined });
  }
  return events.sort((a, b) => a.at.localeCompare(b.at));
}

export function referralTimeline(r: Referral, link: boolean): HTMLElement {
  return h('section', { class: 'sp-referral', 'aria-labelledby': `referral-${r.id}` },
    h('h3', { class: 'nhsuk-heading-s', id: `referral-${r.id}` },
      link ? h('a', { href: `/console/referrals/${r.id}` }, r.service_name) : r.service_name, ' ', statusTag(r.status)),
    h('p', { class: 'nhsuk-body-s' }, `For: ${r.need.name}`, r.place_held ? '. A place is held.' : '',
      r.consent_in_force ? '' : '. Consent to share has been withdrawn.'),
    h('ol', { class: 'sp-timeline' }, ...referralEvents(r).map((e) => h('li', { class: 'sp-timeline__item' },
      h('span', { class: 'sp-timeline__when' }, dateTime(e.at)), ' ', h('span', { class: 'sp-timeline__what' }, e.text),
      e.detail ? h('span', { class: 'sp-timeline__detail' }, ` (${e.detail})`) : null))));
}
