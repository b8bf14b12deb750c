import { registerRoute } from '../routes';

/** The link worker's screens (a coordinator works the same records, so most are open to both). */
const STAFF = ['LINK_WORKER', 'COORDINATOR'] as const;

registerRoute({ path: '/console/caseload', roles: ['LINK_WORKER'], nav: { label: 'My caseload', order: 10 }, personalData: true,
  load: () => import('./caseload/caseload-page') });
registerRoute({ path: '/console/residents', roles: [...STAFF], nav: { label: 'Find a resident', order: 11 }, personalData: true,
  load: () => import('./residents/find-page') });
registerRoute({ path: '/console/residents/new', roles: [...STAFF], personalData: true,
  load: () => import('./residents/new-resident-page') });
registerRoute({ path: '/console/residents/:id', roles: [...STAFF], personalData: true,
  load: () => import('./residents/resident-page') });
registerRoute({ path: '/console/episodes/:id', roles: [...STAFF], personalData: true,
  load: () => import('./episode/episode-page') });
registerRoute({ path: '/console/episodes/:id/refer', roles: [...STAFF], personalData: true,
  load: () => import('./refer/refer-page') });
registerRoute({ path: '/console/referrals/:id', roles: [...STAFF], personalData: true,
  load: () => import('./referral/referral-page') });
