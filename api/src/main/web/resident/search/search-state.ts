import type { components } from '../../generated/signpost';

/** The contract's accessibility features: the labels below must name every one (the compiler checks). */
export type AccessibilityFeature = components['schemas']['AccessibilityFeature'];

/** What a resident searched for, kept in the URL so a search can be shared or reloaded (nothing personal: "near me" is not kept). */
export interface SearchState {
  q: string;
  postcode: string;
  radiusM: number;
  needs: string[];
  free: boolean;
  onNow: boolean;
  day: string;
  accessibility: AccessibilityFeature[];
  modes: string[];
  age: number | null;
  /** The map's view (centre and zoom) once the resident has moved it, so a shared link shows the same area. */
  map: MapView | null;
}

export interface MapView { lat: number; lon: number; zoom: number }

export const RADII_M = [1000, 2000, 5000, 10000, 20000] as const;
export const DEFAULT_RADIUS_M = 5000;
export const ACCESSIBILITY: Record<AccessibilityFeature, string> = {
  step_free: 'Step-free access', accessible_toilet: 'Accessible toilet', hearing_loop: 'Hearing loop', lift: 'Lift',
  parking: 'Parking', public_transport: 'Near public transport', quiet_room: 'Quiet room', baby_changing: 'Baby changing',
};
export function isAccessibilityFeature(value: string): value is AccessibilityFeature {
  return Object.hasOwn(ACCESSIBILITY, value);
}

export const MODES: Record<string, string> = { in_person: 'In person', online: 'Online', phone: 'By phone' };
export const DAYS: Record<string, string> = {
  MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday', SU: 'Sunday',
};

export function emptyState(): SearchState {
  return { q: '', postcode: '', radiusM: DEFAULT_RADIUS_M, needs: [], free: false, onNow: false, day: '', accessibility: [], modes: [], age: null, map: null };
}

export function fromQuery(query: URLSearchParams): SearchState {
  const s = emptyState();
  s.q = (query.get('q') ?? '').slice(0, 200);
  s.postcode = (query.get('postcode') ?? '').slice(0, 10);
  const radius = Number(query.get('radius'));
  s.radiusM = (RADII_M as readonly number[]).includes(radius) ? radius : DEFAULT_RADIUS_M;
  s.needs = query.getAll('need').slice(0, 10);
  s.free = query.get('free') === 'true';
  s.onNow = query.get('on_now') === 'true';
  const day = query.get('day') ?? '';
  s.day = day in DAYS ? day : '';
  s.accessibility = query.getAll('access').filter(isAccessibilityFeature);
  s.modes = query.getAll('mode').filter((m) => m in MODES);
  const age = query.get('age');
  s.age = age !== null && /^\d{1,3}$/.test(age) ? Number(age) : null;
  s.map = parseMapView(query.get('map'));
  return s;
}

export function toQuery(s: SearchState): URLSearchParams {
  const query = new URLSearchParams();
  if (s.q) query.set('q', s.q);
  if (s.postcode) query.set('postcode', s.postcode);
  if (s.radiusM !== DEFAULT_RADIUS_M) query.set('radius', String(s.radiusM));
  s.needs.forEach((n) => query.append('need', n));
  if (s.free) query.set('free', 'true');
  if (s.onNow) query.set('on_now', 'true');
  if (s.day) query.set('day', s.day);
  s.accessibility.forEach((a) => query.append('access', a));
  s.modes.forEach((m) => query.append('mode', m));
  if (s.age !== null) query.set('age', String(s.age));
  if (s.map) query.set('map', `${s.map.lat.toFixed(5)},${s.map.lon.toFixed(5)},${s.map.zoom}`);
  return query;
}

/** "lat,lon,zoom" (as written by toQuery), or null when it is not a place on Earth at a zoom Leaflet knows. */
export function parseMapView(value: string | null): MapView | null {
  const m = /^(-?\d{1,2}(?:\.\d{1,7})?),(-?\d{1,3}(?:\.\d{1,7})?),(\d{1,2})$/.exec(value ?? '');
  if (!m) return null;
  const [lat, lon, zoom] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return Math.abs(lat) <= 85 && Math.abs(lon) <= 180 && zoom >= 1 && zoom <= 19 ? { lat, lon, zoom } : null;
}

/** A search needs words or a place (or both); filters alone are too broad to list. */
export function isRunnable(s: SearchState, nearMe: boolean): boolean {
  return s.q.trim() !== '' || s.postcode.trim() !== '' || nearMe;
}
