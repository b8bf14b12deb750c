import { describe, expect, it } from 'vitest';
import { check, dateOfBirth, type Draft } from './referral-draft';

const base: Draft = { serviceId: 's', serviceName: 'Walk', schemeId: 'x', schemeName: 'Team', givenName: 'Jo', familyName: 'Bloggs',
  dobDay: '15', dobMonth: '3', dobYear: '1984', postcode: 'S60 1AE', phone: '01632 960123', email: '', method: 'phone',
  reason: 'Company', needs: [{ code: 'sp-walking-groups', name: 'Walking groups' }], consentToContact: true, consentToEvaluation: false };

describe('self-referral checks', () => {
  it('accepts a complete referral', () => expect(check(base)).toEqual([]));
  it('turns a date of birth into an ISO date and refuses impossible or future ones', () => {
    expect(dateOfBirth(base)).toBe('1984-03-15');
    expect(dateOfBirth({ dobDay: '31', dobMonth: '2', dobYear: '1984' })).toBeNull();
    expect(dateOfBirth({ dobDay: '1', dobMonth: '1', dobYear: '2999' })).toBeNull();
  });
  it('needs a phone number to be phoned and agreement to be contacted', () => {
    expect(check({ ...base, phone: '', consentToContact: false }).map((e) => e.field)).toEqual(['contact.phone', 'consent_to_contact']);
  });
});
