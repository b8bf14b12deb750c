import { ApiFailure } from '../../common/api-client';
import { signIn } from '../../common/auth';
import { clear, h } from '../../common/dom';
import { busyAs, safeNext, textField, valueOf } from '../../common/forms';
import { showProblem } from '../../common/problems';
import { navigate } from '../router';

const FIELDS = { username: { id: 'username', label: 'Email address' }, password: { id: 'password', label: 'Password' } };

/** /sign-in?next=/somewhere: email and password (POST /login), then back to where the resident was going. */
export function showSignIn(app: HTMLElement, query: URLSearchParams): void {
  document.title = 'Sign in - Signpost';
  clear(app);
  const errors = h('div');
  const button = h('button', { type: 'submit', class: 'nhsuk-button', id: 'sign-in-button' }, 'Sign in');
  const form = h('form', { novalidate: true, id: 'sign-in-form' },
    textField('username', 'Email address', { type: 'email', autocomplete: 'username', maxlength: 254 }),
    textField('password', 'Password', { type: 'password', autocomplete: 'current-password', maxlength: 1024 }),
    button);
  app.append(errors, h('h1', {}, 'Sign in'),
    h('p', {}, 'Sign in to refer yourself to the social prescribing team, see your referrals and answer questionnaires.'),
    form,
    h('p', {}, 'No account yet? ', h('a', { href: '/sign-up' }, 'Create an account')));

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const username = valueOf(form, 'username');
    const password = (form.elements.namedItem('password') as HTMLInputElement).value;
    const missing = [!username && { field: 'username', detail: 'is required: enter your email address' },
      !password && { field: 'password', detail: 'is required: enter your password' }].filter(Boolean) as { field: string; detail: string }[];
    if (missing.length) {
      showProblem(errors, form, new ApiFailure({ title: 'There is a problem', status: 400, errors: missing }), FIELDS);
      return;
    }
    void busyAs(button, 'Signing in…', async () => {
      try {
        await signIn(username, password);
        navigate(safeNext(query.get('next')));
      } catch (e) {
        if (e instanceof ApiFailure && e.problem.status === 401) {
          showProblem(errors, form, new ApiFailure({ title: 'There is a problem', status: 400,
            errors: [{ field: 'username', detail: 'or password is not right: check them and try again' }] }), FIELDS);
        } else {
          showProblem(errors, form, e, FIELDS);
        }
      }
    });
  });
}
