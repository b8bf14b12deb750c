import { maybeSignedIn } from '../../common/auth';

/** The header's account link: "Sign in" until the resident has signed in in this tab, then "Your account". */
export function accountLink(): void {
  const link = document.getElementById('account-link');
  if (!link) return;
  const signedIn = maybeSignedIn();
  link.textContent = signedIn ? 'Your account' : 'Sign in';
  link.setAttribute('href', signedIn ? '/account' : '/sign-in');
}
