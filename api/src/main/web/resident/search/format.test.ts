import { describe, expect, it } from 'vitest';
import { distance, nextSession } from './format';

describe('how results read', () => {
  it('gives distances in miles', () => {
    expect(distance(1609)).toBe('1.0 miles away');
    expect(distance(50)).toBe('less than 0.1 miles away');
    expect(distance(undefined)).toBeNull();
  });

  it('says today or tomorrow in UK time, else the date', () => {
    const now = new Date('2026-07-06T09:00:00Z');
    expect(nextSession('2026-07-06T10:30:00+01:00', now)).toBe('Today, 10:30am');
    expect(nextSession('2026-07-07T14:00:00+01:00', now)).toBe('Tomorrow, 2:00pm');
    expect(nextSession('2026-07-10T18:00:00+01:00', now)).toBe('Friday 10 July, 6:00pm');
    expect(nextSession(undefined, now)).toBeNull();
  });
});
