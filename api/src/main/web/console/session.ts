import createClient from 'openapi-fetch';
import type { paths } from '../generated/signpost';
import { api, call, type Schemas } from '../common/api-client';

export type Role = Schemas['Role'];

/**
 * The console's sign-in. Both tokens live in this module's memory only: never localStorage, sessionStorage or a cookie,
 * so nothing outlives the tab and no other script on the origin can read them (docs/security.md). The access token
 * (at most 15 minutes) is renewed shortly before it expires with the refresh token, which rotates on every use; reloading
 * the page means signing in again.
 */
interface Tokens { access: string; refresh: string; expiresAt: number }

export interface Session { username: string; roles: Role[]; organisationId?: string }

let tokens: Tokens | null = null;
let current: Session | null = null;
let refreshing: Promise<void> | null = null;
const ended = new Set<(reason: string) => void>();

/** The console's typed client: the contract's operations, each carrying the signed-in user's access token. */
export const staff = createClient<paths>({ baseUrl: import.meta.env.VITE_SIGNPOST_API_URL ?? '' });
staff.use({
  async onRequest({ request }) {
    if (!tokens) return request;
    if (tokens.expiresAt - Date.now() < 60_000) await refresh();
    if (tokens) request.headers.set('Authorization', `Bearer ${tokens.access}`);
    return request;
  },
  onResponse({ response }) {
    // the sign-in ended (signed out elsewhere, disabled, past its 12 hours): back to the sign-in page
    if (response.status === 401 && tokens) end('Your sign-in has ended. Sign in again to carry on.');
    return response;
  },
});

export function session(): Session | null { return current; }

export function hasRole(...roles: Role[]): boolean {
  return !!current && current.roles.some((r) => roles.includes(r));
}

export async function signIn(username: string, password: string): Promise<Session> {
  const answer = await call(api.POST('/login', { body: { username, password } }));
  keep(answer);
  const me = await call(staff.GET('/me'));
  current = { username: me.username, roles: me.roles, organisationId: me.organisation_id };
  return current;
}

export async function signOut(): Promise<void> {
  if (tokens) {
    try { await staff.POST('/logout'); } catch { /* ended here either way */ }
  }
  end('You have signed out.');
}

/** Called when the sign-in ends for any reason; the shell shows the sign-in page with the reason. */
export function onSignInEnded(listener: (reason: string) => void): void { ended.add(listener); }

function keep(answer: Schemas['TokenResponse']): void {
  tokens = { access: answer.access_token, refresh: answer.refresh_token, expiresAt: Date.now() + answer.expires_in * 1000 };
}

function end(reason: string): void {
  tokens = null;
  current = null;
  ended.forEach((l) => l(reason));
}

async function refresh(): Promise<void> {
  refreshing ??= (async () => {
    const refreshToken = tokens?.refresh;
    if (!refreshToken) return;
    try {
      keep(await call(api.POST('/token/refresh', { body: { refresh_token: refreshToken } })));
    } catch {
      end('Your sign-in has ended. Sign in again to carry on.');
    }
  })().finally(() => { refreshing = null; });
  return refreshing;
}
