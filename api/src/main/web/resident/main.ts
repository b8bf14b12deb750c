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
import { pageAt, type Page } from './pages';
import { onRoute } from './router';
import { showSearch } from './search/search-page';
import { watchConnection } from './offline/connection';

type Screen = (app: HTMLElement, params: Record<string, string>, query: URLSearchParams) => void;

/** The screen of each page (pages.ts); an address that is no page shows the search. */
const SCREENS: Record<Page, Screen> = {
  '/': (app) => showSearch(app),
  '/listing/{id}': (app, p, query) => void showListing(app, p.id!, query),
  '/sign-in': (app, _, query) => showSignIn(app, query),
  '/sign-up': (app) => showSignUp(app, ''),
  '/sign-up/check-your-email': (app) => showSignUp(app, 'check-your-email'),
  '/account': (app) => void showAccount(app),
  '/account/verify': (app, _, query) => void showVerify(app, query),
  '/account/reset': (app, _, query) => showReset(app, query),
  '/account/invitation': (app, _, query) => showInvitation(app, query),
  '/account/claim': (app, _, query) => void showClaim(app, query),
  '/refer/{id}': (app, p) => void showReferral(app, p.id!, ''),
  '/refer/{id}/check': (app, p) => void showReferral(app, p.id!, '/check'),
  '/refer/{id}/sent': (app, p) => void showReferral(app, p.id!, '/sent'),
  '/questionnaire/{id}': (app, p) => void showQuestionnaire(app, p.id!, '1'),
  '/questionnaire/{id}/{step}': (app, p) => void showQuestionnaire(app, p.id!, p.step!),
};

function route(): void {
  document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
  const app = byId('app');
  const path = location.pathname.replace(/\/$/, '') || '/';
  accountLink();
  const at = pageAt(path);
  (at ? SCREENS[at.page] : SCREENS['/'])(app, at?.params ?? {}, new URLSearchParams(location.search));
}

onRoute(route);
watchConnection();
route();
