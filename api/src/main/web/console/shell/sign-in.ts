import { ApiFailure, networkProblem } from '../../common/api-client';
import { append, clear, h } from '../../common/dom';
import { clearFieldErrors, errorSummary } from '../../common/errors';
import { busy, button, textInput, valueOf } from '../../common/forms';
import { signIn } from '../session';

/** The sign-in page, shown for any console address while nobody is signed in; after it, the address asked for. */
export function showSignIn(main: HTMLElement, note: string | null, then: () => void): void {
  clear(main);
  document.title = 'Sign in - Signpost console';
  const problems = h('div', {});
  const form = h('form', { novalidate: true, id: 'sign-in' },
    textInput({ id: 'username', label: 'Email address', type: 'email', autocomplete: 'username', spellcheck: false }),
    textInput({ id: 'password', label: 'Password', type: 'password', autocomplete: 'current-password' }),
    button('Sign in'));
  append(main,
    problems,
    h('h1', { tabindex: -1 }, 'Sign in to the Signpost console'),
    note ? h('div', { class: 'nhsuk-inset-text', role: 'status' }, h('p', {}, note)) : null,
    h('p', {}, 'For link workers, coordinators, community groups, evaluators and administrators. Residents use ',
      h('a', { href: '/' }, 'the Signpost search'), '.'),
    form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clear(problems);
    clearFieldErrors(form);
    const username = valueOf(form, 'username');
    const password = (form.querySelector('#password') as HTMLInputElement).value;
    if (!username || !password) {
      problems.append(errorSummary({ title: 'There is a problem', status: 400, errors: [
        ...(!username ? [{ field: 'username', detail: 'is needed: enter the email address you sign in with' }] : []),
        ...(!password ? [{ field: 'password', detail: 'is needed: enter your password' }] : []),
      ] }, { username: { id: 'username', label: 'Email address' }, password: { id: 'password', label: 'Password' } }));
      problems.querySelector<HTMLElement>('.nhsuk-error-summary')?.focus();
      return;
    }
    void busy(form, async () => {
      try {
        await signIn(username, password);
        then();
      } catch (e) {
        const problem = e instanceof ApiFailure ? e.problem : networkProblem();
        const shown = problem.status === 401
          ? { ...problem, title: 'Your email address or password is not right', detail: 'Check them and try again. After several wrong tries you must wait 15 minutes.' }
          : problem;
        problems.append(errorSummary(shown));
        problems.querySelector<HTMLElement>('.nhsuk-error-summary')?.focus();
      }
    }, 'Signing in');
  });
  (form.querySelector('#username') as HTMLInputElement).focus();
}
