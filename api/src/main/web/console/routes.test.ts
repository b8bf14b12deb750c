import { describe, expect, it } from 'vitest';
import { match, matchPath, navigationFor, registerRoute } from './routes';

const screen = () => Promise.resolve({ render: () => undefined });

describe('the console route registry', () => {
  registerRoute({ path: '/console/referrals/:id', roles: ['LINK_WORKER'], personalData: true, load: screen });
  registerRoute({ path: '/console/referrals/:id', roles: ['GROUP_EDITOR'], personalData: true, load: screen });
  registerRoute({ path: '/console/inbox', roles: ['GROUP_EDITOR'], nav: { label: 'Inbox', order: 2 }, personalData: true, load: screen });
  registerRoute({ path: '/console/listings', roles: ['GROUP_EDITOR', 'COORDINATOR'], nav: { label: 'Listings', order: 1 }, personalData: false, load: screen });

  it('matches path parameters one segment at a time', () => {
    expect(matchPath('/console/referrals/:id', '/console/referrals/abc')).toEqual({ id: 'abc' });
    expect(matchPath('/console/referrals/:id', '/console/referrals/abc/more')).toBeNull();
    expect(matchPath('/console/referrals/:id', '/console/referrals/')).toBeNull();
  });

  it('picks the registration for the user\'s role and refuses other roles', () => {
    const group = match('/console/referrals/x', ['GROUP_EDITOR']);
    expect(group && 'route' in group && group.route.roles).toEqual(['GROUP_EDITOR']);
    expect(match('/console/inbox', ['LINK_WORKER'])).toEqual({ forbidden: true });
    expect(match('/console/nowhere', ['LINK_WORKER'])).toBeNull();
  });

  it('lists only the role\'s navigation, in order', () => {
    expect(navigationFor(['GROUP_EDITOR']).map((r) => r.nav?.label)).toEqual(['Listings', 'Inbox']);
    expect(navigationFor(['EVALUATOR'])).toEqual([]);
  });
});
