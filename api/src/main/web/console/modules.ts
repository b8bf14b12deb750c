/**
 * Each role's screens register themselves here (see console/README.md). A role's routes file is small and eager (paths,
 * roles, navigation labels); its screens are loaded when first shown.
 */
import { registerRoute } from './routes';
import './link-worker/routes';
import './group/routes';
import './oversight/routes';

registerRoute({
  path: '/console', roles: ['LINK_WORKER', 'COORDINATOR', 'GROUP_EDITOR', 'EVALUATOR', 'ADMIN'], personalData: false,
  load: () => import('./shell/home'),
});
