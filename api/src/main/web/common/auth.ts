import type { Middleware } from 'openapi-fetch';
import { api, call, type Schemas } from './api-client';

/**
 * The resident's sign-in (docs/security.md, "Sign-in and sessions"). The access token (JWT, at most 15 minutes) lives in
 * this module's memory only: never in localStorage, a cookie or the URL, so another tab or a stored page cannot hold it.
 * The refresh token is kept in sessionStorage for this tab only, so a reload does not sign the resident out; it rotates
 * on every use and a reused one ends the whole sign-in on the server. Signing out ends the sign-in on the server
 * (POST /logout) and forgets both.
 */
const REFRESH_KEY = 'signpost.refresh';
let access: { token: string; expiresAt: number } | null = null;
let refreshing: Promise<boolean> | null = null;

function remember(tokens: Schemas['TokenResponse']): void {
  // refreshed a little early, so a request never leaves with a token about to expire
  access = { token: tokens.access_token, expiresAt: Date.now() + Math.max(10, tokens.expires_in - 30) * 1000 };
  try { sessionStorage.setItem(REFRESH_KEY, tokens.refresh_token); } catch { /* private mode: memory only */ }
}

function forget(): void {
  access = null;
  try { sessionStorage.removeItem(REFRESH_KEY); } catch { /* nothing kept */ }
}

function storedRefresh(): string | null {
  try { return sessionStorage.getItem(REFRESH_KEY); } catch { return null; }
}

/** Whether this tab may be signed in (a token in memory or a refresh token to get one). */
export function maybeSignedIn(): boolean {
  return access !== null || storedRefresh() !== null;
}

export async function signIn(username: string, password: string): Promise<void> {
  remember(await call(api.POST('/login', { body: { username, password } })));
}

export async function signOut(): Promise<void> {
  const token = await accessToken();
  forget();
  if (token) {
    // best effort: the tokens are forgotten here either way
    await fetch('/logout', { method: 'POST', headers: { Authorization: `Bearer ${token}` } }).catch(() => undefined);
  }
}

/** A live access token, refreshing with the refresh token when the one in memory has expired; null when signed out. */
export async function accessToken(): Promise<string | null> {
  if (access && access.expiresAt > Date.now()) return access.token;
  if (!(await refresh())) return null;
  return access ? (access as { token: string }).token : null;
}

/** One refresh at a time: two requests racing would present the same refresh token twice and end the sign-in. */
function refresh(): Promise<boolean> {
  const token = storedRefresh();
  if (!token) { access = null; return Promise.resolve(false); }
  refreshing ??= (async () => {
    try {
      const answer = await api.POST('/token/refresh', { body: { refresh_token: token } });
      if (answer.data) { remember(answer.data); return true; }
      if (answer.response.status === 401 || answer.response.status === 400) forget();
      return false;
    } catch {
      return false; // offline: keep the refresh token for later
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}

const PUBLIC = /^\/(login|token\/refresh|search\/|oruk\/)/;

/** Sends the bearer token with the resident's own requests; a 401 means the sign-in has ended here too. */
export const authMiddleware: Middleware = {
  async onRequest({ request }) {
    const path = new URL(request.url).pathname;
    if (PUBLIC.test(path) || !maybeSignedIn() || request.headers.has('Authorization')) return request;
    const token = await accessToken();
    if (token) request.headers.set('Authorization', `Bearer ${token}`);
    return request;
  },
  onResponse({ request, response }) {
    if (response.status === 401 && request.headers.has('Authorization')) forget();
    return response;
  },
};
api.use(authMiddleware);

/** The purpose a resident states when reading their own data (every personal-data read is audited with one). */
export const OWN = { 'X-Purpose-Of-Use': 'RESIDENT_OWN_ACCESS' } as const;
