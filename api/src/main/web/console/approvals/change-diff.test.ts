import { describe as suite, expect, it } from 'vitest';
import type { Schemas } from '../../common/api-client';
import { heldFieldDiff, heldFieldLabel } from './change-diff';

const now = {
  id: 's1', organisation_id: 'o1', organisation_name: 'Herringthorpe Walkers', name: 'Tuesday walk', status: 'active',
  verification: 'verified', version: 4, referral_route: 'self', created_at: '2026-01-01T00:00:00Z', updated_at: '2026-01-01T00:00:00Z',
  minimum_age: 18, eligibility_description: 'Adults',
  taxonomy_terms: [{ id: 't1', code: 'sp-walking', name: 'Walking' }],
  locations: [{ id: 'l1', name: 'Park gates', postcode: 'S65 1AA' }],
} as unknown as Schemas['ServiceDetail'];

const proposal = (over: Partial<Schemas['ServiceInput']>): Schemas['ServiceInput'] =>
  ({ organisation_id: 'o1', name: 'Tuesday walk', status: 'active', minimum_age: 18, eligibility_description: 'Adults',
    taxonomy_term_codes: ['sp-walking'], locations: [{ name: 'Park gates', postcode: 'S65 1AA' }], ...over }) as Schemas['ServiceInput'];

suite('the field-level diff of a held change', () => {
  it('shows the held name before and after', () => {
    expect(heldFieldDiff('name', proposal({ name: 'Tuesday health walk' }), now))
      .toEqual([{ key: 'name', label: 'Name', before: 'Tuesday walk', after: 'Tuesday health walk' }]);
  });

  it('shows only the eligibility parts that change, each by its own label', () => {
    const diff = heldFieldDiff('eligibility', proposal({ minimum_age: 16, maximum_age: 25 }), now);
    expect(diff.map((d) => [d.label, d.before, d.after])).toEqual([['Minimum age', '18', '16'], ['Maximum age', '(none)', '25']]);
  });

  it('compares needs by code and places without their ids', () => {
    expect(heldFieldDiff('terms', proposal({}), now)).toEqual([]);
    expect(heldFieldDiff('locations', proposal({}), now)).toEqual([]);
    const moved = heldFieldDiff('locations', proposal({ locations: [{ name: 'Library', postcode: 'S65 1AA' } as never] }), now);
    expect(moved[0]?.before).toBe('name: Park gates, postcode: S65 1AA');
    expect(moved[0]?.after).toBe('name: Library, postcode: S65 1AA');
  });

  it('names a moved listing by the organisation it leaves and an empty value as none', () => {
    const diff = heldFieldDiff('organisation', proposal({ organisation_id: 'o2' }), now);
    expect(diff[0]?.before).toBe('Herringthorpe Walkers');
    expect(heldFieldDiff('description', proposal({ description: '' }), now)).toEqual([]);
    expect(heldFieldLabel('delivery-modes')).toBe('How it is delivered');
    expect(heldFieldLabel('something-new')).toBe('something-new');
  });
});
