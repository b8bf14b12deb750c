import { ApiFailure, call, type Schemas } from '../../../common/api-client';
import { append, h } from '../../../common/dom';
import { button, textInput, valueOf } from '../../../common/forms';
import type { RouteContext } from '../../routes';
import { staff } from '../../session';
import { date, heading, showProblem, statusTag, workingOn } from '../../ui';

export type Match = Schemas['ResidentMatch'];

/** /console/residents: find a resident of your schemes by name, date of birth or NHS number; or record a new one. */
export function render(ctx: RouteContext): void {
  ctx.title('Find a resident');
  const problems = h('div', {});
  const results = h('div', { id: 'resident-results', 'aria-live': 'polite' });
  const form = h('form', { novalidate: true, id: 'find-resident', role: 'search' },
    textInput({ id: 'name', label: 'Name', hint: 'First, preferred or last name, or the start of them', value: ctx.query.get('name') ?? '', autocomplete: 'off', spellcheck: false }),
    textInput({ id: 'date_of_birth', label: 'Date of birth', type: 'date', value: ctx.query.get('date_of_birth') ?? '', width: 10 }),
    textInput({ id: 'nhs_number', label: 'NHS number', hint: '10 digits, for example 485 777 3456', inputmode: 'numeric', width: 10, value: ctx.query.get('nhs_number') ?? '' }),
    button('Search'));
  append(ctx.main, problems, heading('Find a resident'),
    h('p', {}, 'Search the residents of your schemes. Not found? ', h('a', { href: '/console/residents/new', id: 'new-resident' }, 'Record a new resident'), '.'),
    form, results);
  const search = async (): Promise<void> => {
    const name = valueOf(form, 'name');
    const dob = valueOf(form, 'date_of_birth');
    const nhs = valueOf(form, 'nhs_number');
    problems.replaceChildren();
    if (!name && !dob && !nhs) {
      showProblem(problems, new ApiFailure({ title: 'There is a problem', status: 400, errors: [{ field: 'name', detail: 'or a date of birth or an NHS number is needed to search' }] }),
        { name: { id: 'name', label: 'A name' } });
      return;
    }
    const query = new URLSearchParams(Object.entries({ name, date_of_birth: dob, nhs_number: nhs }).filter(([, v]) => v));
    history.replaceState(null, '', `/console/residents?${query}`);
    results.replaceChildren(workingOn('Searching'));
    try {
      const found = await findResidents(ctx, { name: name || undefined, date_of_birth: dob || undefined, nhs_number: nhs || undefined });
      results.replaceChildren(h('h2', {}, found.length ? `${found.length} found` : 'No residents found'),
        found.length ? matchList(found) : h('p', {}, 'Check the spelling or search by date of birth, or ', h('a', { href: '/console/residents/new' }, 'record a new resident'), '.'));
    } catch (e) {
      results.replaceChildren();
      showProblem(problems, e, { name: { id: 'name', label: 'Name' }, date_of_birth: { id: 'date_of_birth', label: 'Date of birth' }, nhs_number: { id: 'nhs_number', label: 'NHS number' } });
    }
  };
  form.addEventListener('submit', (event) => { event.preventDefault(); void search(); });
  if (ctx.query.toString()) void search();
}

export function findResidents(ctx: RouteContext, query: { name?: string; date_of_birth?: string; nhs_number?: string; resident_id?: string }): Promise<Match[]> {
  return call(staff.GET('/caseload/residents', { params: { query, header: ctx.personal() } })).then((m) => m.items);
}

export function matchList(found: Match[]): HTMLElement {
  return h('ul', { class: 'nhsuk-list sp-matches' }, ...found.map((m) => h('li', { class: 'sp-match' },
    h('h3', { class: 'nhsuk-heading-s sp-no-margin' }, h('a', { href: `/console/residents/${m.id}` }, `${m.given_name} ${m.family_name}`),
      m.preferred_name ? ` (known as ${m.preferred_name})` : ''),
    h('p', { class: 'nhsuk-body-s sp-no-margin' }, `Born ${date(m.date_of_birth)}`, m.nhs_number ? `, NHS number ${spaced(m.nhs_number)}` : '', `, ${m.postcode}`),
    m.episodes.length ? h('ul', { class: 'nhsuk-list nhsuk-body-s' }, ...m.episodes.map((e) => h('li', {},
      h('a', { href: `/console/episodes/${e.id}` }, `Episode from ${date(e.received_on)}`), ' ', statusTag(e.status)))) : null)));
}

export function spaced(nhs: string): string {
  return nhs.replace(/^(\d{3})(\d{3})(\d{4})$/, '$1 $2 $3');
}
