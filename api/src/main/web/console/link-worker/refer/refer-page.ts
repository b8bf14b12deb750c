import { ApiFailure, call, type Schemas } from '../../../common/api-client';
import { append, h } from '../../../common/dom';
import { busy, button, choices, textArea, textInput, valueOf } from '../../../common/forms';
import type { RouteContext } from '../../routes';
import { staff } from '../../session';
import { backLink, date, heading, loadFor, showProblem, workingOn } from '../../ui';
import { topLevelNeeds } from '../needs';

type Hit = Schemas['ServiceHit'];

/**
 * /console/episodes/{id}/refer: the link-worker search (places free, listings not confirmed lately), list and map, and a
 * referral in two clicks: "Refer" on a result, then "Send referral" once the need, the consent to share and (when the
 * group has no places) the reason to refer anyway are there.
 */
export async function render(ctx: RouteContext): Promise<void> {
  const id = ctx.params.id!;
  ctx.title('Find a service and refer');
  const problems = h('div', {});
  const wait = workingOn('Loading the episode');
  append(ctx.main, backLink(`/console/episodes/${id}`, 'Back to the episode'), problems, wait);
  const loaded = await loadFor(ctx, 'Find a service and refer', problems, wait, async () => {
    const episode = await call(staff.GET('/episodes/{episode_id}', { params: { path: { episode_id: id }, header: ctx.personal() } }));
    return { episode, resident: await call(staff.GET('/residents/{resident_id}', { params: { path: { resident_id: episode.resident_id }, header: ctx.personal() } })) };
  });
  if (!loaded) return;
  const { episode, resident } = loaded;
  const name = `${resident.given_name} ${resident.family_name}`;
  const form = h('form', { novalidate: true, id: 'service-search', role: 'search' },
    textInput({ id: 'q', label: 'What are you looking for?', value: ctx.query.get('q') ?? '', hint: 'For example walking, befriending, debt advice' }),
    textInput({ id: 'postcode', label: 'Near postcode', value: ctx.query.get('postcode') ?? resident.postcode, width: 10 }),
    choices({ name: 'only', legend: 'Show', type: 'checkbox', small: true, items: [{ value: 'capacity', label: 'Only groups with places free now', checked: ctx.query.get('capacity') === 'true' }] }),
    button('Search'));
  const results = h('div', { id: 'service-results', 'aria-live': 'polite' });
  const mapEl = h('div', { class: 'sp-map', id: 'refer-map', role: 'region', 'aria-label': 'Map of the results' });
  append(ctx.main, heading(`Refer ${name}`, 'Find a service'),
    h('p', {}, `Needs: ${episode.needs.map((n) => n.name).join(', ') || 'none recorded'}.`),
    form, h('div', { class: 'sp-results-layout' }, results, h('div', { class: 'sp-results-map' }, mapEl)));
  // the map's code loads alongside; the form works before it is there (a search made sooner must not submit the page)
  const map = import('../../../common/map').then(({ PlacesMap }) => new PlacesMap(mapEl, () => undefined));

  const search = async (): Promise<void> => {
    problems.replaceChildren();
    const q = valueOf(form, 'q');
    const postcode = valueOf(form, 'postcode');
    const capacity = (form.querySelector('#only-1') as HTMLInputElement).checked;
    history.replaceState(null, '', `/console/episodes/${id}/refer?${new URLSearchParams({ q, postcode, capacity: String(capacity) })}`);
    results.replaceChildren(workingOn('Searching'));
    try {
      const found = await call(staff.GET('/search/services/link-worker', { params: { query: {
        q: q || undefined, postcode: postcode || undefined, has_capacity: capacity || undefined, limit: 20 } } }));
      results.replaceChildren(h('h2', {}, `${found.total}${found.total_is_exact ? '' : '+'} services`),
        found.results.length ? h('ol', { class: 'sp-results' }, ...found.results.map((hit) => result(ctx, hit, episode, resident))) : h('p', {}, 'Nothing found. Try other words or a wider area.'));
      const pins = found.results.filter((r) => r.location).map((r) => ({ id: r.id, lat: r.location!.lat, lon: r.location!.lon, label: r.name, href: `#hit-${key(r)}` }));
      void map.then((m) => m.showPins(pins, true));
    } catch (e) {
      results.replaceChildren();
      showProblem(problems, e, { q: { id: 'q', label: 'What are you looking for?' }, postcode: { id: 'postcode', label: 'Postcode' } });
    }
  };
  form.addEventListener('submit', (ev) => { ev.preventDefault(); void search(); });
  if (ctx.query.get('q') !== null || ctx.query.get('postcode') !== null) void search();
}

/** A result's id made safe for an element id and a CSS selector (a result id may join two ids with a colon). */
function key(hit: Hit): string {
  return hit.id.replace(/[^A-Za-z0-9_-]/g, '-');
}

function places(hit: Hit): HTMLElement {
  if (hit.capacity_available === undefined || hit.capacity_available === null) return h('span', {}, 'Places not tracked');
  if (hit.capacity_available <= 0) return h('strong', { class: 'nhsuk-tag nhsuk-tag--red' }, 'No places free');
  return h('strong', { class: 'nhsuk-tag nhsuk-tag--green' }, `${hit.capacity_available}${hit.capacity_maximum ? ` of ${hit.capacity_maximum}` : ''} places free`);
}

function result(ctx: RouteContext, hit: Hit, episode: Schemas['Episode'], resident: Schemas['Resident']): HTMLElement {
  const panel = h('div', { class: 'sp-refer-panel' });
  // a listing that takes self-referrals only refuses a link worker's referral: not offered
  const selfReferralOnly = hit.referral_route === 'self_referral';
  const refer = button('Refer', { type: 'button', secondary: true, 'aria-expanded': 'false', 'aria-controls': `refer-${key(hit)}` });
  const item = h('li', { class: 'sp-result', id: `hit-${key(hit)}` },
    h('h3', { class: 'sp-result__title nhsuk-heading-s' }, h('a', { href: `/listing/${hit.service_id}`, target: '_blank', rel: 'noopener' }, hit.name,
      h('span', { class: 'nhsuk-u-visually-hidden' }, ' (opens in a new tab)'))),
    h('p', { class: 'nhsuk-body-s sp-no-margin' }, hit.organisation_name, hit.distance_m !== undefined ? `, ${(hit.distance_m / 1609.344).toFixed(1)} miles` : '',
      hit.town ? `, ${hit.town}` : ''),
    h('p', { class: 'sp-flags' }, places(hit), ' ',
      hit.stale ? h('strong', { class: 'nhsuk-tag nhsuk-tag--orange' }, `Not confirmed since ${date(hit.assured_date) || 'a long time'}: check it still runs`) : null),
    selfReferralOnly ? h('p', { class: 'nhsuk-body-s' }, 'Takes self-referrals only: the resident can get in touch with the group directly.') : refer,
    panel);
  panel.id = `refer-${key(hit)}`;
  refer.addEventListener('click', () => {
    const open = refer.getAttribute('aria-expanded') === 'true';
    refer.setAttribute('aria-expanded', String(!open));
    if (open) { panel.replaceChildren(); return; }
    void referForm(ctx, hit, episode, resident).then((f) => { panel.replaceChildren(f); f.querySelector<HTMLElement>('input, textarea, button')?.focus(); });
  });
  return item;
}

async function referForm(ctx: RouteContext, hit: Hit, episode: Schemas['Episode'], resident: Schemas['Resident']): Promise<HTMLElement> {
  const problems = h('div', {});
  const needs = episode.needs.length ? episode.needs : await topLevelNeeds().catch(() => []);
  const consented = resident.consents.some((c) => c.kind === 'share_with_provider' && c.in_force && c.organisation_id === hit.organisation_id);
  const full = hit.capacity_available !== undefined && hit.capacity_available !== null && hit.capacity_available <= 0;
  const who = resident.preferred_name ?? resident.given_name;
  const form = h('form', { novalidate: true, class: 'sp-refer-form', 'aria-label': `Refer to ${hit.name}` },
    choices({ name: `need-${key(hit)}`, legend: 'For which need', small: true, items: needs.map((n, i) => ({ value: n.code, label: n.name, checked: i === 0 })) }),
    textArea({ id: `shared-${key(hit)}`, label: 'What to tell the group (optional)', hint: 'Only what they agreed to share', rows: 2 }),
    consented
      ? h('p', {}, `${who} agreed to share their details with ${hit.organisation_name}.`)
      : choices({ name: `consent-${key(hit)}`, legend: 'Consent to share', type: 'checkbox', small: true,
        items: [{ value: 'yes', label: `${who} agreed to share their name and contact details with ${hit.organisation_name}` }] }),
    full ? textArea({ id: `override-${key(hit)}`, label: 'Why refer although there are no places free?', hint: 'The group sees this', rows: 2 }) : null,
    button('Send referral'));
  form.prepend(problems);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const need = valueOf(form, `need-${key(hit)}`);
    const agreed = consented || (form.querySelector(`#consent-${key(hit)}-1`) as HTMLInputElement | null)?.checked;
    const override = full ? valueOf(form, `override-${key(hit)}`) : undefined;
    const fields = { consent: { id: `consent-${key(hit)}-1`, label: 'Consent to share' }, need: { id: `need-${key(hit)}-1`, label: 'Need' },
      capacity_override_reason: { id: `override-${key(hit)}`, label: 'Why refer although there are no places' }, shared_information: { id: `shared-${key(hit)}`, label: 'What to tell the group' } };
    if (!agreed || (full && !override)) {
      showProblem(problems, new ApiFailure({ title: 'There is a problem', status: 400, errors: [
        ...(!agreed ? [{ field: 'consent', detail: `is needed: ask ${who} before referring` }] : []),
        ...(full && !override ? [{ field: 'capacity_override_reason', detail: 'is needed when the group has no places' }] : []),
      ] }), fields);
      return;
    }
    let draft: Schemas['OnwardReferral'] | undefined;
    void busy(form, async () => {
      try {
        if (!consented) {
          await call(staff.POST('/residents/{resident_id}/consents', { params: { path: { resident_id: resident.id }, header: ctx.personal() },
            body: { kind: 'share_with_provider', organisation_id: hit.organisation_id, note: `Agreed when referred to ${hit.name}` } }));
        }
        draft = await call(staff.POST('/episodes/{episode_id}/referrals', { params: { path: { episode_id: episode.id }, header: ctx.personal() },
          body: { service_id: hit.service_id, need, shared_information: valueOf(form, `shared-${key(hit)}`) || undefined } }));
        await call(staff.POST('/referrals/{referral_id}/transitions', { params: { path: { referral_id: draft.id }, header: ctx.personal() },
          body: { to: 'sent', version: draft.version, capacity_override_reason: override || undefined } }));
        ctx.navigate(`/console/referrals/${draft.id}?sent=1`);
      } catch (e) {
        showProblem(problems, e, fields);
        // drafted but not sent: the draft waits on its own page
        if (draft) problems.append(h('p', {}, 'The referral is saved as a draft. ', h('a', { href: `/console/referrals/${draft.id}` }, 'Open the draft'), ' to send it.'));
      }
    });
  });
  return form;
}
