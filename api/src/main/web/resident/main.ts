import 'nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css';
import './resident.css';
import '../common/auth';
import { byId } from '../common/dom';
import { showAccount } from './account/account-page';
import { showSignIn } from './account/sign-in-page';
import { showSignUp, showVerify } from './account/sign-up-page';
import { showClaim, showInvitation, showReset } from './account/token-pages';
import { accountLink } from './account/header';
import { showListing } from './listing/listing-page';
import { showQuestionnaire } from './questionnaire/questionnaire-page';
import { showReferral } from './refer/refer-page';
import { onRoute } from './router';
import { showSearch } from './search/search-page';
import { watchConnection } from './offline/connection';

const UUID = '([0-9a-f-]{36})';

/** The resident app's routes; the server answers each with this shell (platform.web.ResidentAppShell). */
function route(): void {
  document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
  const app = byId('app');
  const path = location.pathname.replace(/\/$/, '') || '/';
  const query = new URLSearchParams(location.search);
  let m: RegExpExecArray | null;
  accountLink();
  if ((m = new RegExp(`^/listing/${UUID}$`, 'i').exec(path)) && m[1]) void showListing(app, m[1], query);
  else if (path === '/sign-in') showSignIn(app, query);
  else if (path === '/account') void showAccount(app);
  else if (path === '/account/verify') void showVerify(app, query);
  else if (path === '/account/reset') showReset(app, query);
  else if (path === '/account/invitation') showInvitation(app, query);
  else if (path === '/account/claim') void showClaim(app, query);
  else if ((m = /^\/sign-up(?:\/(check-your-email))?$/.exec(path))) showSignUp(app, m[1] ?? '');
  else if ((m = new RegExp(`^/refer/${UUID}(/check|/sent)?$`, 'i').exec(path)) && m[1]) void showReferral(app, m[1], m[2] ?? '');
  else if ((m = new RegExp(`^/questionnaire/${UUID}(?:/(\\d+|check|done))?$`, 'i').exec(path)) && m[1]) void showQuestionnaire(app, m[1], m[2] ?? '1');
  else showSearch(app);
}

onRoute(route);
watchConnection();
route();
