import './oversight.css';
import { registerRoute } from '../routes';

/**
 * The coordinator's, evaluator's and admin's screens. Each is offered only to the roles the API lets do its work; the
 * API still decides every request.
 */
registerRoute({
  path: '/console/approvals', roles: ['COORDINATOR', 'ADMIN'], nav: { label: 'Approvals', order: 50 }, personalData: false,
  load: () => import('../approvals/approvals-page'),
});
registerRoute({
  path: '/console/review-due', roles: ['COORDINATOR', 'ADMIN'], nav: { label: 'Due for review', order: 51 }, personalData: false,
  load: () => import('../approvals/review-due-page'),
});
registerRoute({
  path: '/console/schemes', roles: ['COORDINATOR', 'ADMIN'], nav: { label: 'Schemes', order: 52 }, personalData: false,
  load: () => import('../schemes/schemes-page'),
});
registerRoute({
  path: '/console/invite', roles: ['COORDINATOR'], nav: { label: 'Invite a link worker', order: 53 }, personalData: false,
  load: () => import('../admin/invite-page'),
});
registerRoute({
  path: '/console/outcomes', roles: ['EVALUATOR', 'COORDINATOR', 'ADMIN'], nav: { label: 'Outcomes', order: 60 }, personalData: false,
  load: () => import('../evaluation/evaluation-page'),
});
registerRoute({
  path: '/console/mecc-report', roles: ['EVALUATOR', 'COORDINATOR', 'ADMIN'], nav: { label: 'MECC report', order: 61 }, personalData: false,
  load: () => import('../mecc/mecc-page'),
});
registerRoute({
  path: '/console/admin/users', roles: ['ADMIN'], nav: { label: 'Users', order: 70 }, personalData: false,
  load: () => import('../admin/users-page'),
});
registerRoute({
  path: '/console/admin/imports', roles: ['ADMIN'], nav: { label: 'Import a feed', order: 71 }, personalData: false,
  load: () => import('../admin/imports-page'),
});
registerRoute({
  path: '/console/admin/search', roles: ['ADMIN'], nav: { label: 'Search index', order: 72 }, personalData: false,
  load: () => import('../admin/search-page'),
});
registerRoute({
  path: '/console/admin/audit-log', roles: ['ADMIN'], nav: { label: 'Audit log', order: 73 }, personalData: false,
  load: () => import('../admin/audit-page'),
});
