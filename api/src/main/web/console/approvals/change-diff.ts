import type { Schemas } from '../../common/api-client';

type Input = Schemas['ServiceInput'];
type Detail = Schemas['ServiceDetail'];

/** One line of a field-level diff: what the listing says now and what the held change would publish. */
export interface FieldDiff {
  key: string;
  label: string;
  before: string;
  after: string;
}

/**
 * The review policy's fields (ListingField on the server) and the ServiceInput properties each covers; approving a held
 * change publishes exactly these properties of its proposal onto the listing as it is now.
 */
export const HELD_FIELDS: Record<string, { label: string; keys: (keyof Input)[] }> = {
  organisation: { label: 'Organisation', keys: ['organisation_id'] },
  name: { label: 'Name', keys: ['name'] },
  description: { label: 'Description', keys: ['description'] },
  url: { label: 'Website', keys: ['url'] },
  email: { label: 'Email', keys: ['email'] },
  status: { label: 'Status', keys: ['status'] },
  alert: { label: 'Alert', keys: ['alert'] },
  eligibility: { label: 'Eligibility', keys: ['minimum_age', 'maximum_age', 'eligibility_description'] },
  'delivery-modes': { label: 'How it is delivered', keys: ['delivery_modes'] },
  'referral-route': { label: 'How people are referred', keys: ['referral_route'] },
  capacity: { label: 'Capacity', keys: ['capacity'] },
  locations: { label: 'Places', keys: ['locations'] },
  schedules: { label: 'When it runs', keys: ['schedules'] },
  cost: { label: 'Cost', keys: ['fees_description', 'cost_options'] },
  contacts: { label: 'Contacts', keys: ['contacts'] },
  languages: { label: 'Languages', keys: ['languages'] },
  terms: { label: 'Needs it meets', keys: ['taxonomy_term_codes'] },
};

const KEY_LABELS: Partial<Record<keyof Input, string>> = {
  organisation_id: 'Organisation',
  minimum_age: 'Minimum age',
  maximum_age: 'Maximum age',
  eligibility_description: 'Who it is for',
  fees_description: 'Fees',
  cost_options: 'Cost options',
  taxonomy_term_codes: 'Needs (taxonomy codes)',
};

/** The current value of an input property, read from the listing as it is now. */
function current(detail: Detail, key: keyof Input): unknown {
  if (key === 'taxonomy_term_codes') return (detail.taxonomy_terms ?? []).map((t) => t.code);
  return (detail as unknown as Record<string, unknown>)[key];
}

/** Values as a person reads them; ids are left out (they differ between a proposal and the stored listing). */
export function describe(value: unknown, organisationName?: (id: string) => string | undefined): string {
  if (value === undefined || value === null || value === '') return '(none)';
  if (Array.isArray(value)) return value.length ? value.map((v) => describe(v, organisationName)).join('; ') : '(none)';
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([k, v]) => k !== 'id' && v !== undefined && v !== null && !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => `${k.replace(/_/g, ' ')}: ${describe(v, organisationName)}`)
      .join(', ');
  }
  if (typeof value === 'string' && organisationName) return organisationName(value) ?? value;
  return String(value);
}

/** Stable comparison: ids dropped, object keys sorted. */
function canonical(value: unknown): string {
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v as Record<string, unknown>)
        .filter(([k, x]) => k !== 'id' && x !== undefined && x !== null)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, x]) => [k, strip(x)]));
    }
    return v === '' ? null : v;
  };
  const s = strip(value);
  return JSON.stringify(Array.isArray(s) && s.length === 0 ? null : s ?? null);
}

/**
 * What approving the held change would change: for each property the held field covers, the value now and the value
 * proposed, only where they differ. An empty list means the listing already says what the change proposes.
 */
export function heldFieldDiff(field: string, proposed: Input, now: Detail): FieldDiff[] {
  const held = HELD_FIELDS[field];
  const keys = held ? held.keys : ([field] as (keyof Input)[]);
  return keys
    .filter((key) => canonical(proposed[key]) !== canonical(current(now, key)))
    .map((key) => ({
      key: String(key),
      label: keys.length === 1 && held ? held.label : KEY_LABELS[key] ?? String(key).replace(/_/g, ' '),
      before: key === 'organisation_id' ? now.organisation_name : describe(current(now, key)),
      after: describe(proposed[key]),
    }));
}

/** The label of a held field for headings ("Name", "Eligibility"); an unknown key as it came. */
export function heldFieldLabel(field: string): string {
  return HELD_FIELDS[field]?.label ?? field;
}
