import { api, ApiFailure, call } from '../../common/api-client';
import { clear, h } from '../../common/dom';
import { busyAs, textField } from '../../common/forms';
import { showProblem } from '../../common/problems';

/**
 * The landing pages of the emailed links other than /account/verify (sign-up-page.ts):
 * /account/reset, /account/invitation and /account/claim, each `?token=`. As on /account/verify the token leaves the
 * address bar at once (history.replaceState) and is kept only in memory until it is sent.
 */
const PASSWORD = { password: { id: 'password', label: 'Password' } };

function takeToken(query: URLSearchParams, path: string): string | null {
  const token = query.get('token');
  if (token) history.replaceState(null, '', path);
  return token;
}

function linkFailed(app: HTMLElement, e: unknown, again: HTMLElement): void {
  const offline = e instanceof ApiFailure && e.problem.status === 0;
  document.title = 'This link does not work - Signpost';
  clear(app);
  app.append(h('h1', {}, offline ? 'We could not reach Signpost' : 'This link does not work'),
    h('p', {}, offline ? 'Check you are connected to the internet, then open the link in the email again.'
      : 'It may have been used already, or it has expired.'), again);
}

function done(app: HTMLElement, id: string, title: string, body: string): void {
  document.title = `${title} - Signpost`;
  clear(app);
  app.append(h('div', { class: 'nhsuk-panel', id },
    h('h1', { class: 'nhsuk-panel__title' }, title),
    h('div', { class: 'nhsuk-panel__body' }, body)),
  h('p', {}, h('a', { class: 'nhsuk-button', href: '/sign-in' }, 'Sign in')));
}

/** A password form that posts { token, password } to `send`; a 400/409 naming the token means the link is spent. */
function passwordPage(app: HTMLElement, token: string | null, o: {
  title: string; intro: string; button: string; busyText: string; formId: string;
  send: (body: { token: string; password: string }) => Promise<unknown>;
  ok: () => void; again: () => HTMLElement;
}): void {
  document.title = `${o.title} - Signpost`;
  clear(app);
  if (!token) { linkFailed(app, new ApiFailure({ title: 'This link is not complete', status: 400 }), o.again()); return; }
  const errors = h('div');
  const button = h('button', { type: 'submit', class: 'nhsuk-button', id: `${o.formId}-button` }, o.button);
  const form = h('form', { novalidate: true, id: o.formId },
    textField('password', 'Create a password', { type: 'password', autocomplete: 'new-password', maxlength: 1024,
      hint: 'At least 12 characters. A few words you will remember, like "grey kettle garden step", work well' }),
    button);
  app.append(errors, h('h1', {}, o.title), h('p', {}, o.intro), form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const password = (form.elements.namedItem('password') as HTMLInputElement).value;
    if (password.length < 12) {
      showProblem(errors, form, new ApiFailure({ title: 'There is a problem', status: 400,
        errors: [{ field: 'password', detail: 'must be at least 12 characters' }] }), PASSWORD);
      return;
    }
    void busyAs(button, o.busyText, async () => {
      try {
        await o.send({ token, password });
        o.ok();
      } catch (e) {
        const p = e instanceof ApiFailure ? e.problem : null;
        const aboutPassword = p?.status === 400 && (p.errors ?? []).some((x) => x.field === 'password');
        if (aboutPassword || !(p && (p.status === 400 || p.status === 409))) showProblem(errors, form, e, PASSWORD);
        else linkFailed(app, e, o.again());
      }
    });
  });
}

/** /account/reset?token=...: choose a new password (POST /account/password-resets/confirm). */
export function showReset(app: HTMLElement, query: URLSearchParams): void {
  const token = takeToken(query, '/account/reset');
  passwordPage(app, token, {
    title: 'Choose a new password', intro: 'You will be signed out everywhere, then you can sign in with the new password.',
    button: 'Change password', busyText: 'Changing your password…', formId: 'reset-form',
    send: (body) => call(api.POST('/account/password-resets/confirm', { body }).then((a) => ({ ...a, data: a.data ?? {} }))),
    ok: () => done(app, 'password-changed', 'Password changed', 'Sign in with your new password'),
    again: () => h('p', {}, h('a', { href: '/sign-in' }, 'Sign in'), ' or ask for a new link from the sign-in page'),
  });
}

/** /account/invitation?token=...: accept a staff or group-editor invitation by choosing a password (POST /account/invitations/accept). */
export function showInvitation(app: HTMLElement, query: URLSearchParams): void {
  const token = takeToken(query, '/account/invitation');
  passwordPage(app, token, {
    title: 'Accept your invitation', intro: 'Choose a password for your Signpost account. You will sign in with the email address the invitation was sent to.',
    button: 'Create account', busyText: 'Creating your account…', formId: 'invitation-form',
    send: (body) => call(api.POST('/account/invitations/accept', { body }).then((a) => ({ ...a, data: a.data ?? {} }))),
    ok: () => done(app, 'invitation-accepted', 'Your account is ready', 'Sign in with your email address and the password you chose'),
    again: () => h('p', {}, 'Ask the person who invited you to send a new invitation, or ', h('a', { href: '/sign-in' }, 'sign in'), '.'),
  });
}

/** /account/claim?token=...: confirm a listing claim from the listing's own email domain (POST /group/claims/confirm). */
export async function showClaim(app: HTMLElement, query: URLSearchParams): Promise<void> {
  const token = takeToken(query, '/account/claim');
  document.title = 'Confirming your claim - Signpost';
  clear(app);
  app.append(h('p', { class: 'sp-loading', role: 'status' }, h('span', { class: 'sp-spinner', 'aria-hidden': 'true' }), 'Confirming your claim…'));
  try {
    if (!token) throw new ApiFailure({ title: 'This link is not complete', status: 400 });
    await call(api.POST('/group/claims/confirm', { body: { token } }));
    done(app, 'claim-confirmed', 'Claim confirmed', 'You can now edit this listing');
  } catch (e) {
    linkFailed(app, e, h('p', {}, h('a', { href: '/sign-in' }, 'Sign in')));
  }
}
