import { describe, expect, it } from 'vitest';
import { emptyState, fromQuery, type SearchState, toQuery } from './search-state';

describe('a search kept in the URL', () => {
  it('comes back the same after a reload', () => {
    const s: SearchState = { ...emptyState(), q: 'walking', postcode: 'S60 1AE', radiusM: 2000, needs: ['sp-physical-activity'], free: true,
      onNow: true, day: 'TU', accessibility: ['step_free', 'hearing_loop'], modes: ['in_person'], age: 70,
      map: { lat: 53.43012, lon: -1.35634, zoom: 11 } };
    expect(fromQuery(new URLSearchParams(toQuery(s).toString()))).toEqual(s);
  });

  it('leaves defaults out so a shared link stays short', () => {
    expect(toQuery({ ...emptyState(), q: 'walking' }).toString()).toBe('q=walking');
  });

  it('drops values the API would refuse instead of sending them', () => {
    const s = fromQuery(new URLSearchParams('radius=123&day=XX&access=teleporter&mode=carrier_pigeon&age=old&map=99,0,12'));
    expect(s).toEqual(emptyState());
  });
});
