/**
 * The resident app's pages: the one list. The app shows a screen for each (main.ts), and the server answers each with the
 * app's shell (platform.web.ResidentAppShell reads them from pages.json, which the build writes from this list), so a
 * shared or reloaded link opens the app there; offline, the service worker answers them from its copy of the shell (the
 * build writes {@link ANY_PAGE} into sw.js). `{id}` is a UUID; `{step}` a questionnaire step (a number, check or done).
 */
export const PAGES = [
  '/',
  '/listing/{id}',
  '/sign-in',
  '/sign-up',
  '/sign-up/check-your-email',
  '/account',
  '/account/verify',
  '/account/reset',
  '/account/invitation',
  '/account/claim',
  '/refer/{id}',
  '/refer/{id}/check',
  '/refer/{id}/sent',
  '/questionnaire/{id}',
  '/questionnaire/{id}/{step}',
] as const;

export type Page = (typeof PAGES)[number];

const PARTS: Record<string, string> = { id: '([0-9a-f-]{36})', step: '(\\d+|check|done)' };
const source = (page: string): string => page.replace(/\{(\w+)\}/g, (_, name: string) => PARTS[name]!);
const MATCHERS = PAGES.map((page) => ({
  page,
  names: [...page.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!),
  pattern: new RegExp(`^${source(page)}$`, 'i'),
}));

/** Any page, as one pattern (case-insensitive). */
export const ANY_PAGE = `^(?:${PAGES.map(source).join('|')})$`;

/** The page an address shows, with the values of its `{…}` parts; undefined for an address that is not a page. */
export function pageAt(path: string): { page: Page; params: Record<string, string> } | undefined {
  for (const { page, names, pattern } of MATCHERS) {
    const m = pattern.exec(path);
    if (m) return { page, params: Object.fromEntries(names.map((name, i) => [name, m[i + 1]!])) };
  }
  return undefined;
}
