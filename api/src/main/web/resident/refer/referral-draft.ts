import type { Schemas } from '../../common/api-client';

/**
 * What the resident has entered so far, for one listing. Held in memory only (never in the URL or storage): it is
 * personal data, and a reload simply starts the form again.
 */
export interface Draft {
  serviceId: string;
  serviceName: string;
  schemeId: string;
  schemeName: string;
  givenName: string;
  familyName: string;
  dobDay: string;
  dobMonth: string;
  dobYear: string;
  postcode: string;
  phone: string;
  email: string;
  method: Schemas['ContactMethod'] | '';
  reason: string;
  needs: { code: string; name: string }[];
  consentToContact: boolean;
  consentToEvaluation: boolean;
}

export type FieldError = { field: string; detail: string };

export const CONTACT_METHODS: [Schemas['ContactMethod'], string][] = [
  ['phone', 'Phone call'], ['text', 'Text message'], ['email', 'Email'], ['letter', 'Letter'],
];

/** The date of birth as YYYY-MM-DD, or null when it is not a real date in the past. */
export function dateOfBirth(d: Pick<Draft, 'dobDay' | 'dobMonth' | 'dobYear'>, today = new Date()): string | null {
  if (!/^\d{1,2}$/.test(d.dobDay) || !/^\d{1,2}$/.test(d.dobMonth) || !/^\d{4}$/.test(d.dobYear)) return null;
  const iso = `${d.dobYear}-${d.dobMonth.padStart(2, '0')}-${d.dobDay.padStart(2, '0')}`;
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== iso || date > today || Number(d.dobYear) < 1900) return null;
  return iso;
}

/** The checks the form makes before the check-your-answers page (the API checks everything again). */
export function check(d: Draft): FieldError[] {
  const errors: FieldError[] = [];
  if (!d.schemeId) errors.push({ field: 'scheme_id', detail: 'is required: choose who you want to refer yourself to' });
  if (!d.givenName) errors.push({ field: 'given_name', detail: 'is required' });
  if (!d.familyName) errors.push({ field: 'family_name', detail: 'is required' });
  if (!dateOfBirth(d)) errors.push({ field: 'date_of_birth', detail: 'must be a real date in the past, for example 15 3 1984' });
  if (!d.postcode) errors.push({ field: 'postcode', detail: 'is required' });
  if (!d.method) errors.push({ field: 'contact_preference', detail: 'is required: choose how you would like to be contacted' });
  if ((d.method === 'phone' || d.method === 'text') && !d.phone) errors.push({ field: 'contact.phone', detail: 'is required to contact you by phone or text' });
  if (d.method === 'email' && !d.email) errors.push({ field: 'contact.email', detail: 'is required to contact you by email' });
  if (!d.reason) errors.push({ field: 'reason', detail: 'is required: tell us a little about what would help' });
  if (!d.needs.length) errors.push({ field: 'needs', detail: 'is required: choose what you would like help with' });
  if (!d.consentToContact) errors.push({ field: 'consent_to_contact', detail: 'is needed so the team can get in touch' });
  return errors;
}

export function toRequest(d: Draft): Schemas['SelfReferral'] {
  const contact: Schemas['ContactDetails'] = {};
  if (d.phone) contact.phone = d.phone;
  if (d.email) contact.email = d.email;
  return {
    scheme_id: d.schemeId,
    given_name: d.givenName,
    family_name: d.familyName,
    date_of_birth: dateOfBirth(d) ?? '',
    postcode: d.postcode,
    contact,
    contact_preference: { method: d.method as Schemas['ContactMethod'] },
    reason: d.reason,
    needs: d.needs.map((n) => n.code),
    consent_to_contact: d.consentToContact,
    consent_to_evaluation: d.consentToEvaluation,
  };
}
