import { ApiFailure, asProblem, networkProblem, type Schemas } from '../../../common/api-client';
import { staff } from '../../session';

export type Service = Schemas['ServiceDetail'];
export interface Versioned { service: Service; etag: string }

/** A listing with its ETag (sent back as If-Match by every change). */
export async function loadService(id: string): Promise<Versioned> {
  let answer;
  try {
    answer = await staff.GET('/directory/services/{service_id}', { params: { path: { service_id: id } } });
  } catch {
    throw new ApiFailure(networkProblem());
  }
  if (!answer.data || !answer.response.ok) throw new ApiFailure(asProblem(answer.error, answer.response.status));
  return { service: answer.data, etag: answer.response.headers.get('ETag') ?? `"${answer.data.version}"` };
}

/** Unwraps a write that answers the listing and its new ETag. */
export async function versioned(request: Promise<{ data?: Service; error?: unknown; response: Response }>): Promise<Versioned> {
  let answer;
  try {
    answer = await request;
  } catch {
    throw new ApiFailure(networkProblem());
  }
  if (!answer.data || !answer.response.ok) throw new ApiFailure(asProblem(answer.error, answer.response.status));
  return { service: answer.data, etag: answer.response.headers.get('ETag') ?? `"${answer.data.version}"` };
}

/** The whole listing as a PUT body, with these fields changed (a PUT replaces the listing). */
export function asInput(s: Service, changes: Partial<Schemas['ServiceInput']> = {}): Schemas['ServiceInput'] {
  return {
    organisation_id: s.organisation_id, name: s.name, description: s.description, url: s.url, email: s.email, status: s.status,
    alert: s.alert, fees_description: s.fees_description, minimum_age: s.minimum_age, maximum_age: s.maximum_age,
    eligibility_description: s.eligibility_description, delivery_modes: s.delivery_modes, referral_route: s.referral_route,
    capacity: s.capacity ? { available: s.capacity.available, maximum: s.capacity.maximum, track: s.capacity.track } : undefined,
    locations: s.locations, schedules: s.schedules, cost_options: s.cost_options, contacts: s.contacts, languages: s.languages,
    taxonomy_term_codes: (s.taxonomy_terms ?? []).map((t) => t.code).filter((c): c is string => Boolean(c)),
    ...changes,
  };
}

/** The fields a group edits on the console, in words, and whether the review policy holds them (application.yml defaults). */
export const EDITABLE: { key: keyof Schemas['ServiceInput'] & keyof Service; label: string; held: boolean; long?: boolean }[] = [
  { key: 'name', label: 'Name', held: true },
  { key: 'description', label: 'Description', held: true, long: true },
  { key: 'url', label: 'Website', held: true },
  { key: 'email', label: 'Email', held: true },
  { key: 'eligibility_description', label: 'Who it is for', held: true, long: true },
  { key: 'status', label: 'Status', held: false },
  { key: 'alert', label: 'Notice to residents', held: false, long: true },
  { key: 'fees_description', label: 'Cost', held: false },
];

export function show(value: unknown): string {
  if (value === undefined || value === null || value === '') return '(empty)';
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
