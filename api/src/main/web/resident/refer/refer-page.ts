import { api, ApiFailure, call, type Schemas } from '../../common/api-client';
import { maybeSignedIn, OWN } from '../../common/auth';
import { clear, h } from '../../common/dom';
import { busyAs, checkbox, radios, textArea, textField, valueOf } from '../../common/forms';
import { loading } from '../../common/progress';
import { problemOf, showProblem } from '../../common/problems';
import { errorSummary } from '../../common/errors';
import { navigate } from '../router';
import { check, CONTACT_METHODS, dateOfBirth, type Draft, toRequest } from './referral-draft';
import { longDate } from '../account/words';
import { fillNeeds } from '../search/needs';

const FIELDS = {
  scheme_id: { id: 'scheme_id', label: 'Who to refer yourself to' },
  given_name: { id: 'given_name', label: 'First name' },
  family_name: { id: 'family_name', label: 'Last name' },
  date_of_birth: { id: 'dob-day', label: 'Date of birth' },
  postcode: { id: 'postcode', label: 'Postcode' },
  contact_preference: { id: 'method', label: 'How to contact you' },
  'contact_preference.method': { id: 'method', label: 'How to contact you' },
  'contact.phone': { id: 'phone', label: 'Phone number' },
  'contact.email': { id: 'email', label: 'Email address' },
  reason: { id: 'reason', label: 'What would help' },
  needs: { id: 'needs', label: 'What you would like help with' },
  consent_to_contact: { id: 'consent_to_contact', label: 'Agreement to be contacted' },
};

let draft: Draft | null = null;
let pendingErrors: unknown = null;
let sent: { episode: Schemas['Episode']; serviceName: string } | null = null;

/**
 * Refer yourself from a listing that takes self-referrals: /refer/{id} (the form), /refer/{id}/check (check your answers,
 * then send: POST /me/referrals), /refer/{id}/sent (confirmation). The social prescribing team receives the referral; a
 * link worker then talks with the resident about this group and anything else that would help.
 */
export async function showReferral(app: HTMLElement, serviceId: string, step: string): Promise<void> {
  if (!maybeSignedIn()) { navigate(`/sign-in?next=/refer/${serviceId}`, true); return; }
  if (step === '/sent' && sent) { confirmation(app, sent.episode, sent.serviceName); return; }
  if (step === '/check' && draft?.serviceId === serviceId) { checkAnswers(app, draft); return; }
  if (step) { navigate(`/refer/${serviceId}`, true); return; }
  await form(app, serviceId);
}

async function form(app: HTMLElement, serviceId: string): Promise<void> {
  document.title = 'Refer yourself - Signpost';
  clear(app);
  app.append(loading('the form'));
  let service: Schemas['OrukService'];
  let schemes: Schemas['Scheme'][];
  try {
    [service, schemes] = await Promise.all([
      call(api.GET('/oruk/services/{id}', { params: { path: { id: serviceId } } })),
      call(api.GET('/schemes')),
    ]);
  } catch (e) {
    clear(app);
    app.append(h('h1', {}, 'Refer yourself'), errorSummary(problemOf(e)));
    return;
  }
  if (!maybeSignedIn()) { navigate(`/sign-in?next=/refer/${serviceId}`, true); return; }
  const needs = (service.attributes ?? []).map((a) => a.taxonomy_term).filter((t): t is Schemas['OrukTaxonomyTerm'] => Boolean(t?.code))
    .map((t) => ({ code: t.code!, name: t.name }));
  const d: Draft = draft?.serviceId === serviceId ? draft : {
    serviceId, serviceName: service.name, schemeId: schemes.length === 1 ? schemes[0]!.id : '', schemeName: schemes.length === 1 ? schemes[0]!.name : '',
    givenName: '', familyName: '', dobDay: '', dobMonth: '', dobYear: '', postcode: '', phone: '', email: '', method: '',
    reason: `I would like to join ${service.name}.`, needs: [], consentToContact: false, consentToEvaluation: false,
  };

  clear(app);
  const errors = h('div');
  const button = h('button', { type: 'submit', class: 'nhsuk-button', id: 'continue' }, 'Continue');
  const dob = h('div', { class: 'nhsuk-form-group' },
    h('fieldset', { class: 'nhsuk-fieldset', role: 'group', 'aria-describedby': 'dob-hint' },
      h('legend', { class: 'nhsuk-fieldset__legend nhsuk-fieldset__legend--s' }, 'Date of birth'),
      h('div', { class: 'nhsuk-hint', id: 'dob-hint' }, 'For example, 15 3 1984'),
      h('div', { class: 'nhsuk-date-input' },
        ...([['dob-day', 'Day', d.dobDay, '2', 'bday-day'], ['dob-month', 'Month', d.dobMonth, '2', 'bday-month'], ['dob-year', 'Year', d.dobYear, '4', 'bday-year']] as const)
          .map(([id, label, v, w, ac]) => h('div', { class: 'nhsuk-date-input__item' },
            h('div', { class: 'nhsuk-form-group' },
              h('label', { class: 'nhsuk-label nhsuk-date-input__label', for: id }, label),
              h('input', { class: `nhsuk-input nhsuk-date-input__input nhsuk-input--width-${w}`, id, name: id, type: 'text', inputmode: 'numeric', value: v, autocomplete: ac, maxlength: Number(w) })))))));
  const schemeField = schemes.length === 1
    ? h('p', { id: 'scheme_id' }, 'Your referral goes to ', h('strong', {}, schemes[0]!.name), ', the social prescribing team.')
    : radios('scheme_id', 'Who do you want to refer yourself to?', schemes.map((s) => [s.id, s.name]), d.schemeId,
      { hint: 'The social prescribing team for where you live or your GP practice' });
  // the listing's own needs; a listing that names none asks the resident to choose one from the needs taxonomy
  const needSelect = needs.length ? null : h('select', { class: 'nhsuk-select', id: 'needs', name: 'needs' },
    h('option', { value: d.needs[0]?.code ?? '', selected: true }, d.needs[0]?.name ?? 'Choose one'));
  if (needSelect) void fillNeeds(needSelect);
  const needsField = needSelect
    ? h('div', { class: 'nhsuk-form-group' }, h('label', { class: 'nhsuk-label', for: 'needs' }, 'What would you like help with?'), needSelect)
    : h('div', { class: 'nhsuk-form-group', id: 'needs' },
      h('h2', { class: 'nhsuk-heading-s' }, 'What you would like help with'),
      h('ul', { class: 'nhsuk-list nhsuk-list--bullet' }, ...needs.map((n) => h('li', {}, n.name))));
  const formEl = h('form', { novalidate: true, id: 'refer-form' },
    schemeField,
    h('h2', { class: 'nhsuk-heading-m' }, 'About you'),
    textField('given_name', 'First name', { value: d.givenName, autocomplete: 'given-name', maxlength: 100 }),
    textField('family_name', 'Last name', { value: d.familyName, autocomplete: 'family-name', maxlength: 100 }),
    dob,
    textField('postcode', 'Postcode', { value: d.postcode, autocomplete: 'postal-code', width: '10', maxlength: 10 }),
    h('h2', { class: 'nhsuk-heading-m' }, 'How to contact you'),
    radios('method', 'How would you like the team to contact you?', CONTACT_METHODS, d.method || undefined),
    textField('phone', 'Phone number (optional unless you choose phone or text)', { value: d.phone, type: 'tel', autocomplete: 'tel', width: '20', maxlength: 20 }),
    textField('email', 'Email address (optional unless you choose email)', { value: d.email, type: 'email', autocomplete: 'email', maxlength: 254 }),
    h('h2', { class: 'nhsuk-heading-m' }, 'What would help'),
    textArea({ id: 'reason', label: 'Tell the team a little about what would help you', value: d.reason, hint: 'You can change these words', maxlength: 4000 }),
    needsField,
    checkbox('consent_to_contact', 'I agree to the social prescribing team contacting me about this referral', d.consentToContact),
    checkbox('consent_to_evaluation', 'I agree to my answers being used, without my name, to find out how well the service works (optional)', d.consentToEvaluation),
    button);
  app.append(backTo(`/listing/${serviceId}`, 'Back to the listing'), errors,
    h('h1', {}, h('span', { class: 'nhsuk-caption-l' }, service.name), ' Refer yourself'),
    h('p', {}, 'A link worker from the social prescribing team will get in touch to talk about this group and anything else that would help. It is free.'),
    formEl);
  if (pendingErrors) { showProblem(errors, formEl, pendingErrors, FIELDS); pendingErrors = null; }

  formEl.addEventListener('submit', (event) => {
    event.preventDefault();
    const scheme = schemes.find((s) => s.id === (schemes.length === 1 ? schemes[0]!.id : valueOf(formEl, 'scheme_id')));
    const next: Draft = {
      ...d, schemeId: scheme?.id ?? '', schemeName: scheme?.name ?? '',
      givenName: valueOf(formEl, 'given_name'), familyName: valueOf(formEl, 'family_name'),
      dobDay: valueOf(formEl, 'dob-day'), dobMonth: valueOf(formEl, 'dob-month'), dobYear: valueOf(formEl, 'dob-year'),
      postcode: valueOf(formEl, 'postcode').toUpperCase(), phone: valueOf(formEl, 'phone'), email: valueOf(formEl, 'email'),
      method: valueOf(formEl, 'method') as Draft['method'], reason: valueOf(formEl, 'reason'),
      needs: needSelect ? (needSelect.value ? [{ code: needSelect.value, name: needSelect.selectedOptions[0]?.textContent ?? needSelect.value }] : []) : needs,
      consentToContact: valueOf(formEl, 'consent_to_contact') === 'yes', consentToEvaluation: valueOf(formEl, 'consent_to_evaluation') === 'yes',
    };
    draft = next;
    const found = check(next);
    if (found.length) {
      showProblem(errors, formEl, new ApiFailure({ title: 'There is a problem', status: 400, errors: found }), FIELDS);
      return;
    }
    navigate(`/refer/${serviceId}/check`);
  });
}

function checkAnswers(app: HTMLElement, d: Draft): void {
  document.title = 'Check your answers before sending your referral - Signpost';
  clear(app);
  const change = `/refer/${d.serviceId}`;
  const method = Object.fromEntries(CONTACT_METHODS)[d.method as string] ?? d.method;
  const rows: [string, string, string][] = [
    ['Referral to', d.schemeName, 'scheme_id'],
    ['Name', `${d.givenName} ${d.familyName}`, 'given_name'],
    ['Date of birth', longDate(dateOfBirth(d) ?? ''), 'dob-day'],
    ['Postcode', d.postcode, 'postcode'],
    ['How to contact you', method, 'method'],
    ['Phone number', d.phone || 'Not given', 'phone'],
    ['Email address', d.email || 'Not given', 'email'],
    ['What would help', d.reason, 'reason'],
    ['Help with', d.needs.map((n) => n.name).join(', ') || 'To talk about', 'reason'],
    ['Agree to be contacted', d.consentToContact ? 'Yes' : 'No', 'consent_to_contact'],
    ['Answers used without your name to improve the service', d.consentToEvaluation ? 'Yes' : 'No', 'consent_to_evaluation'],
  ];
  const errors = h('div');
  const send = h('button', { type: 'submit', class: 'nhsuk-button', id: 'send' }, 'Send referral');
  const formEl = h('form', { novalidate: true }, send);
  app.append(backTo(change, 'Back'), errors,
    h('h1', {}, 'Check your answers before sending your referral'),
    h('dl', { class: 'nhsuk-summary-list', id: 'answers' }, ...rows.map(([key, v, field]) => {
      const link = h('a', { href: change }, 'Change', h('span', { class: 'nhsuk-u-visually-hidden' }, ` ${key.toLowerCase()}`));
      link.addEventListener('click', (event) => { event.preventDefault(); navigate(change); document.getElementById(field)?.focus(); });
      return h('div', { class: 'nhsuk-summary-list__row' },
        h('dt', { class: 'nhsuk-summary-list__key' }, key),
        h('dd', { class: 'nhsuk-summary-list__value' }, v),
        h('dd', { class: 'nhsuk-summary-list__actions' }, link));
    })),
    h('h2', { class: 'nhsuk-heading-m' }, 'Now send your referral'),
    h('p', {}, `By sending it you confirm the details are right. ${d.schemeName} will hold them to arrange your support.`),
    formEl);
  formEl.addEventListener('submit', (event) => {
    event.preventDefault();
    void busyAs(send, 'Sending…', async () => {
      try {
        const episode = await call(api.POST('/me/referrals', { params: { header: OWN }, body: toRequest(d) }));
        sent = { episode, serviceName: d.serviceName };
        draft = null;
        navigate(`/refer/${d.serviceId}/sent`, true);
      } catch (e) {
        if (e instanceof ApiFailure && e.problem.status === 400 && e.problem.errors?.length) {
          pendingErrors = e;
          navigate(change);
          return;
        }
        showProblem(errors, app, e);
      }
    });
  });
}

function confirmation(app: HTMLElement, episode: Schemas['Episode'], serviceName: string): void {
  document.title = 'Referral sent - Signpost';
  clear(app);
  app.append(
    h('div', { class: 'nhsuk-panel', id: 'referral-sent' },
      h('h1', { class: 'nhsuk-panel__title' }, 'Referral sent'),
      h('div', { class: 'nhsuk-panel__body' }, `Received on ${longDate(episode.received_on)}`)),
    h('h2', { class: 'nhsuk-heading-m' }, 'What happens next'),
    h('p', {}, `A link worker will contact you, usually within 2 weeks, to talk about ${serviceName} and anything else that would help.`),
    h('p', {}, h('a', { href: '/account', id: 'see-referrals' }, 'See your referrals')));
}

function backTo(href: string, text: string): HTMLElement {
  return h('div', { class: 'nhsuk-back-link-container' }, h('a', { class: 'nhsuk-back-link', href }, text));
}
