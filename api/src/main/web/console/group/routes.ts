import { registerRoute } from '../routes';

/** A voluntary group's screens (GROUP_EDITOR): its listings, the referrals sent to it, and inviting fellow editors. */
registerRoute({ path: '/console/listings', roles: ['GROUP_EDITOR'], nav: { label: 'My listings', order: 30 }, personalData: false,
  load: () => import('./listings/listings-page') });
registerRoute({ path: '/console/listings/:id', roles: ['GROUP_EDITOR'], personalData: false,
  load: () => import('./listings/listing-edit-page') });
registerRoute({ path: '/console/listings/:id/history', roles: ['GROUP_EDITOR'], personalData: false,
  load: () => import('./listings/history-page') });
registerRoute({ path: '/console/inbox', roles: ['GROUP_EDITOR'], nav: { label: 'Referrals to us', order: 31 }, personalData: true,
  load: () => import('./inbox/inbox-page') });
registerRoute({ path: '/console/referrals/:id', roles: ['GROUP_EDITOR'], personalData: true,
  load: () => import('./inbox/group-referral-page') });
registerRoute({ path: '/console/editors', roles: ['GROUP_EDITOR'], nav: { label: 'Invite an editor', order: 32 }, personalData: false,
  load: () => import('./editors/editors-page') });
