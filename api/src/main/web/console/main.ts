import 'nhsuk-frontend/dist/nhsuk/nhsuk-frontend.min.css';
import '../resident/resident.css';
import './console.css';
import { byId, clear, h } from '../common/dom';
import { loading } from '../common/progress';
import './modules';
import { choosePurpose, PURPOSES, purpose, purposeHeader, purposesFor } from './purpose';
import { match, navigationFor } from './routes';
import { onSignInEnded, session, signOut } from './session';
import { showPurposeChooser } from './shell/purpose-page';
import { showSignIn } from './shell/sign-in';

/**
 * The console's shell: sign-in, the purpose of use, the role's navigation, and the screen for the address (routes
 * registered by the role modules, console/modules.ts). Every /console/** address answers this page (ConsoleAppShell).
 */
const main = byId('app');
let endedNote: string | null = null;
let showing = 0;

function navigate(path: string): void {
  history.pushState(null, '', path);
  void route();
}

async function route(): Promise<void> {
  const ticket = ++showing;
  document.body.classList.add('js-enabled', 'nhsuk-frontend-supported');
  const who = session();
  renderChrome();
  clear(main);
  if (!who) {
    showSignIn(main, endedNote, () => { endedNote = null; void route(); });
    return;
  }
  if (location.pathname === '/console/purpose') {
    const back = new URLSearchParams(location.search).get('then');
    showPurposeChooser(main, who, () => navigate(back && back.startsWith('/console/') ? back : '/console/'));
    return;
  }
  const found = match(location.pathname, who.roles);
  if (!found) return notFound();
  if ('forbidden' in found) return forbidden();
  if (found.route.personalData && !purpose(who.roles)) {
    if (purposesFor(who.roles).length === 0) return forbidden();
    showPurposeChooser(main, who, () => { renderChrome(); void route(); });
    return;
  }
  main.append(loading('the page'));
  try {
    const screen = await found.route.load();
    if (ticket !== showing) return;
    clear(main);
    await screen.render({
      main, params: found.params, query: new URLSearchParams(location.search), session: who,
      personal: () => purposeHeader(who.roles), navigate,
      title: (text) => { document.title = `${text} - Signpost console`; },
    });
  } catch (e) {
    if (ticket !== showing) return;
    clear(main);
    main.append(h('h1', { tabindex: -1 }, 'This page did not load'),
      h('p', {}, 'Check your connection, then reload the page. If it keeps happening, tell your Signpost administrator.'));
    console.error(e);
  }
  focusHeading();
}

function notFound(): void {
  document.title = 'Page not found - Signpost console';
  main.append(h('h1', { tabindex: -1 }, 'Page not found'),
    h('p', {}, 'If you typed the address, check it is correct. Otherwise go to ', h('a', { href: '/console/' }, 'the console home page'), '.'));
}

function forbidden(): void {
  document.title = 'Not available to your role - Signpost console';
  main.append(h('h1', { tabindex: -1 }, 'This page is not available to your role'),
    h('p', {}, 'If you need it for your work, ask your Signpost administrator. Go to ', h('a', { href: '/console/' }, 'the console home page'), '.'));
}

/** The header's account area and the role's navigation. */
function renderChrome(): void {
  const who = session();
  const account = byId('account');
  const nav = byId('console-nav');
  clear(account);
  clear(nav);
  nav.hidden = !who;
  if (!who) return;
  const p = purpose(who.roles);
  const choice = purposesFor(who.roles).length > 1;
  const out = h('button', { class: 'nhsuk-header__account-button', type: 'button', id: 'sign-out' }, 'Sign out');
  out.addEventListener('click', () => void signOut());
  account.append(h('nav', { class: 'nhsuk-header__account', 'aria-label': 'Account' },
    h('ul', { class: 'nhsuk-header__account-list' },
      h('li', { class: 'nhsuk-header__account-item', id: 'signed-in-as' }, who.username),
      p || choice ? h('li', { class: 'nhsuk-header__account-item', id: 'current-purpose' },
        `Purpose: ${p ? PURPOSES[p].label : 'not chosen'}`,
        choice ? h('a', { class: 'nhsuk-header__account-link sp-change-purpose', href: `/console/purpose?then=${encodeURIComponent(location.pathname + location.search)}` },
          'Change', h('span', { class: 'nhsuk-u-visually-hidden' }, ' purpose')) : null) : null,
      h('li', { class: 'nhsuk-header__account-item' }, out))));
  const here = location.pathname.replace(/\/+$/, '');
  nav.append(h('ul', { class: 'sp-console-nav__list nhsuk-width-container' },
    h('li', {}, h('a', { href: '/console/', 'aria-current': here === '/console' ? 'page' : undefined }, 'Home')),
    ...navigationFor(who.roles).map((r) => h('li', {},
      h('a', { href: r.path, 'aria-current': here === r.path || here.startsWith(`${r.path}/`) ? 'page' : undefined }, r.nav!.label)))));
}

function focusHeading(): void {
  const heading = main.querySelector<HTMLElement>('h1');
  if (heading && document.activeElement === document.body) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
}

// links inside the console stay in the page (the sign-in lives in memory), unless opened in a new tab
document.addEventListener('click', (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element).closest?.('a');
  if (!link || link.target || link.hasAttribute('download') || link.origin !== location.origin || !link.pathname.startsWith('/console/')) return;
  event.preventDefault();
  if (link.pathname + link.search !== location.pathname + location.search) navigate(link.pathname + link.search + link.hash);
  else void route();
});
// and so do forms: every console form is sent by its screen's script, never by the browser (which would reload the page
// and lose the sign-in), even when it is submitted before its screen has finished setting it up
document.addEventListener('submit', (event) => event.preventDefault(), true);
window.addEventListener('popstate', () => void route());
// the purpose belongs to one sign-in: the next person (or the next sign-in) is asked again
onSignInEnded((reason) => { endedNote = reason; choosePurpose(null); void route(); });
void route();
