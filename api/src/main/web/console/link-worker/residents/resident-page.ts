import { call, type Schemas } from '../../../common/api-client';
import { append, h } from '../../../common/dom';
import { clearFieldErrors } from '../../../common/errors';
import { busy, button, checkedValues, choices, select, textArea, valueOf } from '../../../common/forms';
import type { RouteContext } from '../../routes';
import { staff } from '../../session';
import { backLink, date, dateTime, done, heading, loadFor, showProblem, statusTag, summaryList, words, workingOn } from '../../ui';
import { topLevelNeeds } from '../needs';
import { findResidents, spaced } from './find-page';

/** /console/residents/{id}: who they are, what they agreed to, their episodes, and referring them into the service. */
export async function render(ctx: RouteContext): Promise<void> {
  const id = ctx.params.id!;
  ctx.title('Resident');
  const problems = h('div', {});
  const wait = workingOn('Loading the record');
  append(ctx.main, backLink('/console/residents', 'Find a resident'), problems, wait);
  const loaded = await loadFor(ctx, 'Resident', problems, wait, () => Promise.all([
      call(staff.GET('/residents/{resident_id}', { params: { path: { resident_id: id }, header: ctx.personal() } })),
      findResidents(ctx, { resident_id: id }).then((m) => m[0]?.episodes ?? []),
    ]));
  if (!loaded) return;
  const [resident, episodes] = loaded;
  const name = `${resident.given_name} ${resident.family_name}`;
  ctx.title(name);
  append(ctx.main, 
    ctx.query.get('created') ? done(`${name} is recorded.`) : null,
    heading(name, 'Resident'),
    resident.merged_into ? h('div', { class: 'nhsuk-warning-callout' }, h('h2', { class: 'nhsuk-warning-callout__label' }, 'Merged'),
      h('p', {}, 'This record was merged into ', h('a', { href: `/console/residents/${resident.merged_into}` }, 'another record'), '. Work on that one.')) : null,
    resident.possible_duplicates.length ? h('div', { class: 'nhsuk-warning-callout' },
      h('h2', { class: 'nhsuk-warning-callout__label' }, 'Possibly recorded twice'),
      h('ul', {}, ...resident.possible_duplicates.map((d) => h('li', {}, h('a', { href: `/console/residents/${d.resident_id}` }, `${d.given_name} ${d.family_name}`),
        `, born ${date(d.date_of_birth)} (same ${d.matched_on === 'nhs_number' ? 'NHS number' : 'name and date of birth'})`)))) : null,
    summaryList([
      ['Preferred name', resident.preferred_name],
      ['Date of birth', date(resident.date_of_birth)],
      ['NHS number', resident.nhs_number ? spaced(resident.nhs_number) : 'Not recorded'],
      ['Postcode', resident.postcode],
      ['Contact', [resident.contact.phone, resident.contact.email, resident.contact.address].filter(Boolean).join(', ') || 'None recorded'],
      ['Prefers', words(resident.contact_preference.method)],
      ['GP practice', resident.gp_practice_ods_code],
    ], 'resident-details'),
    h('h2', {}, 'Episodes'),
    episodes.length ? h('ul', { class: 'nhsuk-list', id: 'episodes' }, ...episodes.map((e) => h('li', {},
      h('a', { href: `/console/episodes/${e.id}` }, `Referred ${date(e.received_on)}: ${e.reason}`), ' ', statusTag(e.status),
      e.assigned_to ? ` (with ${e.assigned_to})` : ''))) : h('p', {}, 'No episodes yet.'),
    consents(resident),
    referInForm(ctx, resident));
}

function consents(r: Schemas['Resident']): HTMLElement {
  return h('section', { 'aria-labelledby': 'consents-title' },
    h('h2', { id: 'consents-title' }, 'Consents'),
    r.consents.length ? h('table', { class: 'nhsuk-table', id: 'consents' },
      h('caption', { class: 'nhsuk-table__caption nhsuk-u-visually-hidden' }, 'What the resident agreed to'),
      h('thead', { class: 'nhsuk-table__head' }, h('tr', {}, ...['Agreed to', 'Recorded', 'In force'].map((t) => h('th', { scope: 'col', class: 'nhsuk-table__header' }, t)))),
      h('tbody', { class: 'nhsuk-table__body' }, ...r.consents.map((c) => h('tr', { class: 'nhsuk-table__row' },
        h('td', { class: 'nhsuk-table__cell' }, consentWords(c.kind), c.note ? ` (${c.note})` : ''),
        h('td', { class: 'nhsuk-table__cell' }, `${dateTime(c.recorded_at)} by ${c.recorded_by}`),
        h('td', { class: 'nhsuk-table__cell' }, c.in_force ? 'Yes' : `No, withdrawn ${dateTime(c.withdrawn_at)}`))))) : h('p', {}, 'None recorded.'));
}

export function consentWords(kind: Schemas['ConsentKind']): string {
  return ({ contact: 'Being contacted', share_with_provider: 'Sharing their details with a group', pseudonymised_evaluation: 'Evaluation without their name' } as const)[kind];
}

function referInForm(ctx: RouteContext, r: Schemas['Resident']): HTMLElement {
  const problems = h('div', {});
  const needs = h('div', {}, workingOn('Loading the needs'));
  const form = h('form', { novalidate: true, id: 'refer-in-form' },
    select({ id: 'source', label: 'Who referred them', options: [['gp_practice', 'GP practice'], ['other_professional', 'Another health or care professional'], ['council', 'Council'], ['vcfse', 'Voluntary or community group'], ['self_referral', 'They referred themselves']], value: 'other_professional' }),
    textArea({ id: 'reason', label: 'Reason for the referral', rows: 3 }),
    needs,
    choices({ name: 'urgency', legend: 'Urgency', small: true, items: [{ value: 'routine', label: 'Routine', checked: true }, { value: 'urgent', label: 'Urgent' }] }),
    choices({ name: 'consented', legend: 'Consent', type: 'checkbox', small: true, items: [{ value: 'yes', label: `${r.given_name} agreed to be referred to the social prescribing service` }] }),
    button('Refer into the service'));
  void topLevelNeeds().then((list) => needs.replaceChildren(choices({ name: 'needs', legend: 'Needs', hint: 'Choose all that apply', type: 'checkbox', small: true,
    items: list.map((n) => ({ value: n.code, label: n.name })) })), () => needs.replaceChildren(h('p', {}, 'The needs list did not load. Reload the page to try again.')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearFieldErrors(form);
    void busy(form, async () => {
      try {
        const episode = await call(staff.POST('/episodes', { params: { header: ctx.personal() }, body: {
          resident_id: r.id, source: valueOf(form, 'source') as Schemas['ReferralSource'], reason: valueOf(form, 'reason'),
          needs: checkedValues(form, 'needs'), urgency: (valueOf(form, 'urgency') || 'routine') as Schemas['Urgency'],
          consented_to_referral: checkedValues(form, 'consented').includes('yes'),
        } }));
        ctx.navigate(`/console/episodes/${episode.id}`);
      } catch (e) {
        showProblem(problems, e, { reason: { id: 'reason', label: 'Reason' }, source: { id: 'source', label: 'Who referred them' },
          consented_to_referral: { id: 'consented-1', label: 'Consent' }, practice_ods_code: { id: 'source', label: 'GP practice code' } });
      }
    });
  });
  return h('section', { 'aria-labelledby': 'refer-in-title' }, h('h2', { id: 'refer-in-title' }, 'Refer into the social prescribing service'),
    h('p', {}, 'Starts an episode. Accept it on the episode page to begin work: conversations, plan and onward referrals.'), problems, form);
}
