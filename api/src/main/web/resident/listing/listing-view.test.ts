import { describe, expect, it } from 'vitest';
import { cost, howToJoin, lastChecked, scheduleInWords } from './listing-view';

describe('a listing read aloud', () => {
  it('says when it runs in words', () => {
    expect(scheduleInWords({ id: 'a', freq: 'WEEKLY', byday: 'TU', opens_at: '10:00', closes_at: '11:30' }))
      .toBe('Tuesdays, 10am to 11:30am');
    expect(scheduleInWords({ id: 'a', freq: 'MONTHLY', byday: '1WE', opens_at: '13:00', closes_at: '15:00' }))
      .toBe('first Wednesday of the month, 1pm to 3pm');
    expect(scheduleInWords({ id: 'a', freq: 'WEEKLY', interval: 2, byday: 'MO,TH' }))
      .toBe('Every other week on Mondays and Thursdays');
    expect(scheduleInWords({ id: 'a', description: 'Term time only' })).toBe('Term time only');
  });

  it('says what it costs, and free when nothing is charged', () => {
    expect(cost({ id: 's', name: 'n', status: 'active' })).toBe('Free');
    expect(cost({ id: 's', name: 'n', status: 'active', cost_options: [{ id: 'c', option: 'Per session', amount: 2.5, currency: 'GBP' }] }))
      .toBe('Per session £2.50');
  });

  it('tells a resident how to join', () => {
    expect(howToJoin({ id: 's', name: 'n', status: 'active', x_referral_route: 'link_worker_referral' })).toMatch(/link worker/);
    expect(howToJoin({ id: 's', name: 'n', status: 'active', x_referral_route: 'self_referral' })).toMatch(/just turn up/);
  });

  it('gives the date the group last checked it', () => {
    expect(lastChecked('2026-03-01')).toBe('1 March 2026');
    expect(lastChecked(undefined)).toBeNull();
  });
});
