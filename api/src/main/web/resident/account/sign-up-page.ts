import { api, ApiFailure, call } from '../../common/api-client';
import { clear, h } from '../../common/dom';
import { busyAs, textField, valueOf } from '../../common/forms';
import { showProblem } from '../../common/problems';
import { navigate } from '../router';

const FIELDS = { email: { id: 'email', label: 'Email address' }, password: { id: 'password', label: 'Password' } };
/** The address the link went to, for the "check your email" page (memory only: it is not put in the URL). */
let sentTo: string | null = null;

/** /sign-up: email and password (POST /account/registrations), then /sign-up/check-your-email. */
export function showSignUp(app: HTMLElement, step: string): void {
  if (step === 'check-your-email') { checkYourEmail(app); return; }
  document.title = 'Create an account - Signpost';
  clear(app);
  const errors = h('div');
  const button = h('button', { type: 'submit', class: 'nhsuk-button', id: 'sign-up-button' }, 'Create account');
  const form = h('form', { novalidate: true, id: 'sign-up-form' },
    textField('email', 'Email address', { type: 'email', autocomplete: 'email', maxlength: 254, hint: 'We will send you a link to confirm it' }),
    textField('password', 'Create a password', { type: 'password', autocomplete: 'new-password', maxlength: 1024,
      hint: 'At least 12 characters. A few words you will remember, like "grey kettle garden step", work well' }),
    button);
  app.append(errors, h('h1', {}, 'Create an account'),
    h('p', {}, 'With an account you can refer yourself to the social prescribing team, see your referrals and answer questionnaires.'),
    form, h('p', {}, 'Already have an account? ', h('a', { href: '/sign-in' }, 'Sign in')));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const email = valueOf(form, 'email');
    const password = (form.elements.namedItem('password') as HTMLInputElement).value;
    const found = [
      !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email) && { field: 'email', detail: 'must be an email address, like name@example.com' },
      password.length < 12 && { field: 'password', detail: 'must be at least 12 characters' },
    ].filter(Boolean) as { field: string; detail: string }[];
    if (found.length) {
      showProblem(errors, form, new ApiFailure({ title: 'There is a problem', status: 400, errors: found }), FIELDS);
      return;
    }
    void busyAs(button, 'Creating your account…', async () => {
      try {
        await call(api.POST('/account/registrations', { body: { email, password, language: 'en' } }).then((a) => ({ ...a, data: a.data ?? {} })));
        sentTo = email;
        navigate('/sign-up/check-your-email');
      } catch (e) {
        showProblem(errors, form, e, FIELDS);
      }
    });
  });
}

function checkYourEmail(app: HTMLElement): void {
  document.title = 'Check your email - Signpost';
  clear(app);
  app.append(h('h1', {}, 'Check your email'),
    sentTo ? h('p', { id: 'sent-to' }, 'We have sent a link to ', h('strong', {}, sentTo), '.') : h('p', {}, 'We have sent you a link.'),
    h('p', {}, 'Open the link in the email to confirm your address. Then you can sign in.'),
    h('div', { class: 'nhsuk-inset-text' }, h('span', { class: 'nhsuk-u-visually-hidden' }, 'Information: '),
      h('p', {}, 'The link works once and for a limited time. If you cannot find the email, check your spam folder, or ',
        h('a', { href: '/sign-up' }, 'create your account again'), '.')));
}

/** /account/verify?token=...: the emailed link. The token leaves the address bar at once, then is sent (POST /account/email-verifications). */
export async function showVerify(app: HTMLElement, query: URLSearchParams): Promise<void> {
  const token = query.get('token');
  if (token) history.replaceState(null, '', '/account/verify');
  document.title = 'Confirming your email address - Signpost';
  clear(app);
  const status = h('p', { class: 'sp-loading', role: 'status' }, h('span', { class: 'sp-spinner', 'aria-hidden': 'true' }), 'Confirming your email address…');
  app.append(status);
  try {
    if (!token) throw new ApiFailure({ title: 'This link is not complete', status: 400 });
    await call(api.POST('/account/email-verifications', { body: { token } }).then((a) => ({ ...a, data: a.data ?? {} })));
    document.title = 'Email address confirmed - Signpost';
    clear(app);
    app.append(h('div', { class: 'nhsuk-panel', id: 'email-confirmed' },
      h('h1', { class: 'nhsuk-panel__title' }, 'Email address confirmed'),
      h('div', { class: 'nhsuk-panel__body' }, 'Your account is ready')),
    h('p', {}, h('a', { class: 'nhsuk-button', href: '/sign-in?next=/account' }, 'Sign in')));
  } catch (e) {
    const offline = e instanceof ApiFailure && e.problem.status === 0;
    document.title = 'This link does not work - Signpost';
    clear(app);
    app.append(h('h1', {}, offline ? 'We could not reach Signpost' : 'This link does not work'),
      h('p', {}, offline ? 'Check you are connected to the internet, then open the link in the email again.'
        : 'It may have been used already, or it has expired. If you have already confirmed your address, sign in.'),
      h('p', {}, h('a', { href: '/sign-in' }, 'Sign in'), ' or ', h('a', { href: '/sign-up' }, 'create your account again')));
  }
}
