import { api, ApiFailure, call, type Schemas } from '../../common/api-client';
import { append, clear, h } from '../../common/dom';
import { errorSummary } from '../../common/errors';
import { PlacesMap } from '../../common/map';
import { loading } from '../../common/progress';
import { nextSession } from '../search/format';
import { cost, howToJoin, lastChecked, scheduleInWords } from './listing-view';

type Service = Schemas['OrukService'];

/** A listing at /listing/{service_id}?at={service_at_location_id}: a shareable page with everything a resident needs to go. */
export async function showListing(app: HTMLElement, serviceId: string, query: URLSearchParams): Promise<void> {
  clear(app);
  app.append(backLink(), loading('the listing'));
  let service: Service;
  try {
    service = await call(api.GET('/oruk/services/{id}', { params: { path: { id: serviceId } } }));
  } catch (e) {
    clear(app);
    const problem = e instanceof ApiFailure ? e.problem : { title: 'Something went wrong', status: 0, detail: 'Please try again.' };
    document.title = `${problem.title} - Signpost`;
    app.append(backLink(), h('h1', {}, problem.title), errorSummary(problem));
    return;
  }
  const sal = (service.service_at_locations ?? []).find((s) => s.id === query.get('at')) ?? service.service_at_locations?.[0];
  const place = sal?.location;
  document.title = `${service.name} - Signpost`;

  const address = place?.addresses?.[0];
  const where = place
    ? [place.name, address?.address_1, address?.address_2, address?.city, address?.postal_code].filter(Boolean).join(', ')
    : (service.x_delivery_modes ?? []).map((m) => ({ online: 'Online', phone: 'By phone', in_person: 'In person' })[m] ?? m).join(', ');
  const schedules = (service.schedules ?? []).filter((s) => !s.service_at_location_id || s.service_at_location_id === sal?.id);
  const next = h('span', { id: 'next-session' });
  const contacts = contactLinks(service);
  const accessibility = (place?.accessibility ?? []).map((a) => a.description ?? a.details).filter((x): x is string => Boolean(x));
  const languages = (service.languages ?? []).map((l) => l.name ?? l.code).filter((x): x is string => Boolean(x));
  const checked = lastChecked(service.assured_date);

  const rows: [string, Node | string | null][] = [
    ['Who runs it', service.organization?.name ?? null],
    ['Where', where || null],
    ['When', schedules.length ? h('ul', { class: 'nhsuk-list' }, ...schedules.map((s) => h('li', {}, scheduleInWords(s)))) : null],
    ['Next session', next],
    ['Cost', cost(service)],
    ['Who it is for', service.eligibility_description ?? ages(service)],
    ['How to join', howToJoin(service)],
    ['Contact', contacts.length ? h('ul', { class: 'nhsuk-list' }, ...contacts.map((c) => h('li', {}, c))) : null],
    ['Accessibility', accessibility.length ? h('ul', { class: 'nhsuk-list' }, ...accessibility.map((a) => h('li', {}, a))) : null],
    ['Languages', languages.length ? languages.join(', ') : null],
    ['Last checked by the group', checked],
  ];

  clear(app);
  append(app, backLink(),
    h('h1', { class: 'sp-listing-title' }, h('span', { class: 'nhsuk-caption-l' }, service.organization?.name ?? ''), ' ', service.name),
    service.alert ? h('div', { class: 'nhsuk-warning-callout' }, h('h2', { class: 'nhsuk-warning-callout__label' }, 'Important'), h('p', {}, service.alert)) : null,
    service.description ? h('p', { class: 'nhsuk-body-l' }, service.description) : null,
    h('dl', { class: 'nhsuk-summary-list', id: 'listing-facts' },
      ...rows.filter(([, v]) => v !== null && v !== '').map(([k, v]) =>
        h('div', { class: 'nhsuk-summary-list__row' }, h('dt', { class: 'nhsuk-summary-list__key' }, k), h('dd', { class: 'nhsuk-summary-list__value' }, v)))));

  if (service.x_referral_route !== 'link_worker_referral') {
    app.append(h('h2', { class: 'nhsuk-heading-m' }, 'Get help to join'),
      h('p', {}, 'The social prescribing team can help you get started with this group and anything else that would help.'),
      h('a', { class: 'nhsuk-button', id: 'refer-yourself', href: `/refer/${service.id}` }, 'Refer yourself'));
  }

  if (place?.latitude !== undefined && place.longitude !== undefined) {
    const mapEl = h('div', { id: 'listing-map', class: 'sp-map sp-map--small', role: 'region', 'aria-label': `Map showing ${place.name ?? 'where it is'}` });
    app.append(h('h2', { class: 'nhsuk-heading-m' }, 'Map'), mapEl);
    new PlacesMap(mapEl, () => undefined).showPins([{ id: sal?.id ?? service.id, lat: place.latitude, lon: place.longitude, label: service.name, href: location.pathname + location.search }], true);
  }
  void fillNextSession(service, sal?.id, next);
}

/** The next session is worked out by the search service (the deployment's time zone and schedule rules): ask it. */
async function fillNextSession(service: Service, salId: string | undefined, into: HTMLElement): Promise<void> {
  into.textContent = 'Checking…';
  try {
    const data = await call(api.GET('/search/services', { params: { query: { q: service.name.slice(0, 200), include_remote: true, limit: 50, facets: false } } }));
    const hit = data.results.find((x) => x.service_id === service.id && (!salId || !x.service_at_location_id || x.service_at_location_id === salId));
    into.textContent = nextSession(hit?.next_session_start) ?? 'No session in the next five weeks. Contact the group to check.';
  } catch {
    into.textContent = 'Contact the group to check.';
  }
}

function contactLinks(service: Service): HTMLElement[] {
  const links: HTMLElement[] = [];
  for (const c of service.contacts ?? []) {
    for (const p of c.phones ?? []) links.push(h('a', { href: `tel:${p.number.replace(/[^\d+]/g, '')}` }, `Call ${p.number}${c.name ? ` (${c.name})` : ''}`));
    if (c.email) links.push(h('a', { href: `mailto:${c.email}` }, `Email ${c.email}`));
  }
  if (service.email && !links.some((l) => l.getAttribute('href') === `mailto:${service.email}`)) {
    links.push(h('a', { href: `mailto:${service.email}` }, `Email ${service.email}`));
  }
  if (service.url && /^https?:\/\//.test(service.url)) links.push(h('a', { href: service.url, rel: 'noopener' }, 'Website (opens the group’s site)'));
  return links;
}

function ages(service: Service): string | null {
  const { minimum_age: min, maximum_age: max } = service;
  if (min !== undefined && max !== undefined) return `Ages ${min} to ${max}`;
  if (min !== undefined) return `Ages ${min} and over`;
  if (max !== undefined) return `Ages up to ${max}`;
  return null;
}

function backLink(): HTMLElement {
  const sameSite = document.referrer.startsWith(location.origin + '/') && !document.referrer.includes('/listing/');
  const link = h('a', { class: 'nhsuk-back-link', href: sameSite ? document.referrer : '/' }, 'Back to search');
  return h('div', { class: 'nhsuk-back-link-container' }, link);
}
