import { api, ApiFailure, call, type Schemas } from '../../common/api-client';
import { byId, clear, h } from '../../common/dom';
import { clearFieldErrors, errorSummary } from '../../common/errors';
import { PlacesMap, type Viewport } from '../../common/map';
import { loading } from '../../common/progress';
import { FIELDS, readForm, searchForm } from './search-form';
import { distance, nextSession } from './format';
import { fromQuery, isRunnable, toQuery } from './search-state';
import { choose, fillNeeds } from './needs';
import { attachSuggestions } from './suggestions';

type Hit = Schemas['ServiceHit'];
type Point = { lat: number; lon: number };

/** The search screen: form, results list and map in step, clusters when zoomed out, "load more" with the cursor. */
export function showSearch(app: HTMLElement): void {
  let state = fromQuery(new URLSearchParams(location.search));
  let nearMe: Point | null = null;
  let hits: Hit[] = [];
  let cursor: string | undefined;
  let request: AbortController | undefined;

  document.title = "Find what's on near you - Signpost";
  clear(app);
  const form = searchForm(state);
  const errors = h('div', { id: 'search-errors' });
  const summary = h('div', { id: 'results-summary', role: 'status', class: 'sp-results-summary' });
  const list = h('ol', { id: 'results', class: 'nhsuk-list sp-results', 'aria-labelledby': 'results-heading' });
  const more = h('div', { id: 'more' });
  const mapNote = h('p', { id: 'map-note', class: 'nhsuk-body-s sp-map-note', role: 'status' });
  const mapEl = h('div', { id: 'map', class: 'sp-map', role: 'region', 'aria-label': 'Map of results (the list has the same results)' });
  app.append(
    h('h1', {}, "Find what's on near you"),
    errors, form,
    h('div', { class: 'sp-results-layout' },
      h('section', { class: 'sp-results-list', 'aria-labelledby': 'results-heading' },
        h('h2', { id: 'results-heading', class: 'nhsuk-heading-m' }, 'Results'), summary, list, more),
      h('section', { class: 'sp-results-map', 'aria-label': 'Map' }, mapNote, mapEl)));

  const map = new PlacesMap(mapEl, (v) => void onUserMove(v));
  const qInput = byId<HTMLInputElement>('q');
  const needSelect = byId<HTMLSelectElement>('need');
  void fillNeeds(needSelect);
  attachSuggestions(qInput, byId<HTMLUListElement>('q-suggestions'), byId('q-status'), (s) => {
    if (s.kind === 'need' && s.need_code) choose(needSelect, s.need_code, s.text);
  });

  const showProblem = (e: unknown) => {
    if (e instanceof DOMException && e.name === 'AbortError') return;
    const problem = e instanceof ApiFailure ? e.problem : { title: 'Something went wrong', status: 0, detail: 'Please try again.' };
    clear(errors);
    clearFieldErrors(form);
    const box = errorSummary(problem, FIELDS);
    errors.appendChild(box);
    box.focus();
  };

  const where = () => (nearMe ? { lat: nearMe.lat, lon: nearMe.lon } : state.postcode ? { postcode: state.postcode } : {});
  const filters = () => ({
    q: state.q || undefined,
    need: state.needs.length ? state.needs : undefined,
    free: state.free || undefined,
    on_now: state.onNow || undefined,
    day: (state.day || undefined) as Schemas['Weekday'] | undefined,
    accessibility: state.accessibility.length ? state.accessibility : undefined,
    delivery_mode: state.modes.length ? state.modes : undefined,
    age: state.age ?? undefined,
  });

  const renderHits = (fresh: Hit[]) => {
    for (const hit of fresh) list.appendChild(resultItem(hit));
  };
  const renderMore = () => {
    clear(more);
    if (!cursor) return;
    const button = h('button', { type: 'button', class: 'nhsuk-button nhsuk-button--secondary', id: 'load-more' }, 'Load more results');
    button.addEventListener('click', () => void loadMore(button));
    more.appendChild(button);
  };
  const pins = () => hits.filter((x) => x.location).map((x) => ({
    id: x.id, lat: x.location!.lat, lon: x.location!.lon, label: x.name, href: listingHref(x),
  }));

  async function runSearch(): Promise<void> {
    clear(errors);
    clearFieldErrors(form);
    if (!isRunnable(state, nearMe !== null)) {
      summary.textContent = 'Enter what you are looking for, a postcode, or use your location.';
      return;
    }
    request?.abort();
    request = new AbortController();
    clear(list); clear(more);
    summary.replaceChildren(loading('results'));
    try {
      const data = await call(api.GET('/search/services', {
        params: { query: { ...filters(), ...where(), radius_m: nearMe || state.postcode ? state.radiusM : undefined,
          include_remote: true, limit: 20, facets: false } },
        signal: request.signal,
      }));
      hits = data.results;
      cursor = data.next_cursor;
      summary.textContent = data.total === 0
        ? 'No results. Try other words, a bigger distance or fewer filters.'
        : `${data.total_is_exact ? '' : 'More than '}${data.total} result${data.total === 1 ? '' : 's'}`;
      renderHits(hits);
      renderMore();
      mapNote.textContent = '';
      map.showPins(pins(), !state.map);
      if (state.map) {
        map.center(state.map.lat, state.map.lon, state.map.zoom);
        if (map.wantsClusters()) void onUserMove(map.viewport(), false);
      } else if (data.origin && hits.every((x) => !x.location)) map.center(data.origin.lat, data.origin.lon, 13);
    } catch (e) {
      summary.textContent = 'The search did not finish.';
      showProblem(e);
    }
  }

  async function loadMore(button: HTMLButtonElement): Promise<void> {
    if (!cursor) return;
    button.disabled = true;
    button.textContent = 'Loading more results…';
    try {
      const data = await call(api.GET('/search/services', {
        params: { query: { ...filters(), ...where(), radius_m: nearMe || state.postcode ? state.radiusM : undefined,
          include_remote: true, limit: 20, facets: false, cursor } },
      }));
      const firstNew = list.children.length;
      hits = hits.concat(data.results);
      cursor = data.next_cursor;
      renderHits(data.results);
      renderMore();
      if (mapEl.dataset.mode !== 'clusters') map.showPins(pins(), false);
      list.children[firstNew]?.querySelector('a')?.focus();
    } catch (e) {
      button.disabled = false;
      button.textContent = 'Load more results';
      showProblem(e);
    }
  }

  /** Zoomed out: the server's clusters for the viewport; zoomed in again: the results' own places. */
  async function onUserMove(v: Viewport, remember = true): Promise<void> {
    if (remember) {
      // the area the resident is looking at goes in the URL (replaced, not a new history entry), so it can be shared
      const c = map.centre();
      state = { ...state, map: { lat: c.lat, lon: c.lon, zoom: v.zoom } };
      history.replaceState(null, '', `/?${toQuery(state).toString()}`);
    }
    if (!map.wantsClusters(v.zoom)) {
      mapNote.textContent = '';
      map.showPins(pins(), false);
      return;
    }
    mapNote.replaceChildren(loading('the map'));
    try {
      const data = await call(api.GET('/search/clusters', {
        params: { query: { ...filters(), top_left_lat: v.topLeftLat, top_left_lon: v.topLeftLon,
          bottom_right_lat: v.bottomRightLat, bottom_right_lon: v.bottomRightLon, zoom: v.zoom } },
      }));
      if (!map.wantsClusters()) return;
      map.showClusters(data.clusters.map((c) => ({ key: c.key, lat: c.centroid.lat, lon: c.centroid.lon, count: c.count })));
      mapNote.textContent = `${data.total} places in this area, grouped. Zoom in to see each place.`;
    } catch (e) {
      mapNote.textContent = 'The map could not be updated. Zoom in or search again.';
      showProblem(e);
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const next = readForm(form, state);
    if (next.postcode) nearMe = null;
    state = next;
    history.pushState(null, '', `/?${toQuery(state).toString()}`.replace(/\?$/, ''));
    void runSearch();
  });

  byId('near-me').addEventListener('click', () => {
    if (!('geolocation' in navigator)) {
      showProblem(new ApiFailure({ title: 'Your browser cannot share your location', status: 0, detail: 'Enter a postcode instead.' }));
      return;
    }
    summary.replaceChildren(loading('your location'));
    navigator.geolocation.getCurrentPosition(
      (p) => {
        nearMe = { lat: p.coords.latitude, lon: p.coords.longitude };
        byId<HTMLInputElement>('postcode').value = '';
        state = { ...readForm(form, state), postcode: '' };
        void runSearch();
      },
      () => {
        summary.textContent = '';
        showProblem(new ApiFailure({ title: 'We could not find your location', status: 0,
          detail: 'Allow this site to use your location, or enter a postcode instead.' }));
      },
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 });
  });

  void runSearch();
}

function listingHref(hit: Hit): string {
  return `/listing/${hit.service_id}${hit.service_at_location_id ? `?at=${hit.service_at_location_id}` : ''}`;
}

function resultItem(hit: Hit): HTMLElement {
  const facts: [string, string | null][] = [
    ['Run by', hit.organisation_name],
    ['Where', [hit.location_name, hit.town].filter(Boolean).join(', ') || (hit.delivery_modes.includes('online') ? 'Online' : hit.delivery_modes.includes('phone') ? 'By phone' : null)],
    ['Distance', distance(hit.distance_m)],
    ['Next session', nextSession(hit.next_session_start) ?? hit.schedule ?? null],
    ['Cost', hit.free ? 'Free' : 'There is a cost'],
  ];
  return h('li', { class: 'sp-result', 'data-id': hit.id, 'data-has-location': String(Boolean(hit.location)) },
    h('h3', { class: 'nhsuk-heading-s sp-result__title' }, h('a', { href: listingHref(hit) }, hit.name)),
    h('dl', { class: 'sp-result__facts' },
      ...facts.filter(([, v]) => v).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])));
}
