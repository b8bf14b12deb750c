import { call, type Schemas } from '../../../common/api-client';
import { append, h } from '../../../common/dom';
import { clearFieldErrors, type Fields } from '../../../common/errors';
import { busy, button, checkedValues, choices, select, textArea, textInput, valueOf } from '../../../common/forms';
import type { RouteContext } from '../../routes';
import { staff } from '../../session';
import { backLink, heading, showProblem, workingOn } from '../../ui';
import { findResidents, matchList, type Match } from './find-page';

const FIELDS: Fields = {
  given_name: { id: 'given_name', label: 'First name' },
  family_name: { id: 'family_name', label: 'Last name' },
  preferred_name: { id: 'preferred_name', label: 'Preferred name' },
  date_of_birth: { id: 'date_of_birth', label: 'Date of birth' },
  postcode: { id: 'postcode', label: 'Postcode' },
  nhs_number: { id: 'nhs_number', label: 'NHS number' },
  'contact.phone': { id: 'phone', label: 'Phone' },
  'contact.email': { id: 'email', label: 'Email' },
  'contact.address': { id: 'address', label: 'Address' },
  'contact_preference.method': { id: 'contact_method-1', label: 'How they like to be contacted' },
  gp_practice_ods_code: { id: 'gp_practice_ods_code', label: 'GP practice code' },
  scheme_id: { id: 'given_name', label: 'Scheme' },
};

/**
 * /console/residents/new: record a resident. Before saving, the residents of your schemes with the same NHS number, or
 * the same name and date of birth, are shown: open that record instead, or save a new one anyway.
 */
export function render(ctx: RouteContext): void {
  ctx.title('Record a new resident');
  const problems = h('div', {});
  const duplicates = h('div', { id: 'duplicates' });
  const form = h('form', { novalidate: true, id: 'new-resident-form' },
    textInput({ id: 'given_name', label: 'First name', autocomplete: 'off' }),
    textInput({ id: 'family_name', label: 'Last name', autocomplete: 'off' }),
    textInput({ id: 'preferred_name', label: 'Preferred name (optional)', autocomplete: 'off' }),
    textInput({ id: 'date_of_birth', label: 'Date of birth', type: 'date', width: 10 }),
    select({ id: 'sex', label: 'Sex (optional)', options: [['', 'Not given'], ['female', 'Female'], ['male', 'Male'], ['indeterminate', 'Indeterminate'], ['not_known', 'Not known']] }),
    textInput({ id: 'postcode', label: 'Postcode', width: 10, autocomplete: 'off' }),
    textInput({ id: 'nhs_number', label: 'NHS number (optional)', hint: '10 digits', inputmode: 'numeric', width: 10 }),
    textInput({ id: 'gp_practice_ods_code', label: 'GP practice code (optional)', hint: 'A letter and five digits, for example C88001', width: 10 }),
    textInput({ id: 'phone', label: 'Phone', hint: 'Needed when they like to be contacted by phone or text', type: 'tel', width: 20, autocomplete: 'off' }),
    textInput({ id: 'email', label: 'Email (optional)', type: 'email', autocomplete: 'off', spellcheck: false }),
    textArea({ id: 'address', label: 'Address (optional)', rows: 3 }),
    choices({ name: 'contact_method', legend: 'How they like to be contacted', small: true, items: [
      { value: 'phone', label: 'Phone', checked: true }, { value: 'text', label: 'Text message' }, { value: 'email', label: 'Email' },
      { value: 'letter', label: 'Letter' }, { value: 'in_person', label: 'In person' }] }),
    choices({ name: 'consents', legend: 'What they agreed to', type: 'checkbox', small: true, items: [
      { value: 'contact', label: 'To be contacted by the social prescribing service', checked: true },
      { value: 'pseudonymised_evaluation', label: 'Their wellbeing scores used, without their name, to evaluate the service' }] }),
    button('Continue', { id: 'continue' }));
  append(ctx.main, backLink('/console/residents', 'Find a resident'), problems, heading('Record a new resident'), duplicates, form);

  let checkedFor = '';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    problems.replaceChildren();
    clearFieldErrors(form);
    const body = input(form);
    const key = JSON.stringify(body);
    void busy(form, async () => {
      // first "Continue": look for the same person; a second one (nothing changed) saves anyway
      if (key !== checkedFor && body.date_of_birth && body.given_name && body.family_name) {
        duplicates.replaceChildren(workingOn('Checking for the same person'));
        try {
          const same = await possibleDuplicates(ctx, body);
          checkedFor = key;
          if (same.length) {
            duplicates.replaceChildren(h('div', { class: 'nhsuk-warning-callout', id: 'duplicate-warning', tabindex: -1 },
              h('h2', { class: 'nhsuk-warning-callout__label' }, h('span', { role: 'text' }, h('span', { class: 'nhsuk-u-visually-hidden' }, 'Important: '), 'This may be someone already recorded')),
              h('p', {}, 'These residents have the same NHS number, or the same name and date of birth. Open their record instead, or choose "Save as a new resident" if this is someone else.'),
              matchList(same)));
            duplicates.querySelector<HTMLElement>('#duplicate-warning')?.focus();
            form.querySelector('#continue')!.textContent = 'Save as a new resident';
            return;
          }
          duplicates.replaceChildren();
        } catch (e) {
          duplicates.replaceChildren();
          showProblem(problems, e, FIELDS);
          return;
        }
      }
      try {
        const made = await call(staff.POST('/residents', { params: { header: ctx.personal() }, body }));
        ctx.navigate(`/console/residents/${made.id}?created=1`);
      } catch (e) {
        showProblem(problems, e, FIELDS);
      }
    });
  });
}

function input(form: HTMLFormElement): Schemas['NewResident'] {
  const v = (name: string): string | undefined => valueOf(form, name) || undefined;
  return {
    given_name: valueOf(form, 'given_name'), family_name: valueOf(form, 'family_name'), preferred_name: v('preferred_name'),
    date_of_birth: valueOf(form, 'date_of_birth'), sex: v('sex') as Schemas['Sex'] | undefined, postcode: valueOf(form, 'postcode'),
    nhs_number: v('nhs_number'), gp_practice_ods_code: v('gp_practice_ods_code'),
    contact: { phone: v('phone'), email: v('email'), address: v('address') },
    contact_preference: { method: (valueOf(form, 'contact_method') || 'phone') as Schemas['ContactMethod'] },
    consents: checkedValues(form, 'consents').map((kind) => ({ kind: kind as Schemas['ConsentKind'] })),
  };
}

async function possibleDuplicates(ctx: RouteContext, r: Schemas['NewResident']): Promise<Match[]> {
  const same = (a: string, b: string): boolean => a.trim().toLowerCase().replace(/\s+/g, '') === b.trim().toLowerCase().replace(/\s+/g, '');
  const byName = (await findResidents(ctx, { name: `${r.given_name} ${r.family_name}`, date_of_birth: r.date_of_birth }))
    .filter((m) => same(m.given_name, r.given_name) && same(m.family_name, r.family_name));
  const byNhs = r.nhs_number && /^[\d ]{10,13}$/.test(r.nhs_number) ? await findResidents(ctx, { nhs_number: r.nhs_number }) : [];
  const all = new Map<string, Match>();
  [...byNhs, ...byName].forEach((m) => all.set(m.id, m));
  return [...all.values()];
}
