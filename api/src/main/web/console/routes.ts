import type { Role, Session } from './session';
import type { Purpose } from './purpose';

/** What a screen gets when the shell shows it. */
export interface RouteContext {
  /** Where the screen draws itself (inside <main>); the shell has cleared it. */
  main: HTMLElement;
  /** The :names of the route's path, e.g. { id } for /console/referrals/:id. */
  params: Record<string, string>;
  query: URLSearchParams;
  session: Session;
  /** The X-Purpose-Of-Use header for requests returning personal data (routes with personalData: true always have one). */
  personal(): { 'X-Purpose-Of-Use': Purpose };
  /** Goes to another console address (pushState) and shows it. */
  navigate(path: string): void;
  /** Sets the page title (document.title and the screen's h1 are the screen's own job; this keeps the suffix). */
  title(text: string): void;
}

export interface ScreenModule { render(ctx: RouteContext): void | Promise<void> }

export interface ConsoleRoute {
  /** e.g. '/console/caseload' or '/console/referrals/:id' (a :name matches one path segment). */
  path: string;
  /** Who may see it; several routes may share a path for different roles (the first the user has wins). */
  roles: Role[];
  /** In the role's navigation, in this order; left out for pages reached from others. */
  nav?: { label: string; order: number };
  /** Reads residents' personal data: the shell makes sure a purpose of use is chosen first. */
  personalData: boolean;
  /** The screen's code, loaded when first shown (a chunk of its own, so first load stays small). */
  load: () => Promise<ScreenModule>;
}

const routes: ConsoleRoute[] = [];

/** Role modules call this at start (console/modules.ts imports each role's routes file). */
export function registerRoute(route: ConsoleRoute): void {
  routes.push(route);
}

export function navigationFor(roles: Role[]): ConsoleRoute[] {
  const seen = new Set<string>();
  return routes
    .filter((r) => r.nav && r.roles.some((x) => roles.includes(x)))
    .sort((a, b) => a.nav!.order - b.nav!.order)
    .filter((r) => (seen.has(r.path) ? false : (seen.add(r.path), true)));
}

export type Match = { route: ConsoleRoute; params: Record<string, string> } | { forbidden: true } | null;

/** The route for an address and the user's roles; forbidden when it exists only for other roles. */
export function match(pathname: string, roles: Role[]): Match {
  const path = pathname.replace(/\/+$/, '') || '/';
  let exists = false;
  for (const route of routes) {
    const params = matchPath(route.path, path);
    if (!params) continue;
    exists = true;
    if (route.roles.some((r) => roles.includes(r))) return { route, params };
  }
  return exists ? { forbidden: true } : null;
}

export function matchPath(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.replace(/\/+$/, '').split('/');
  const got = path.replace(/\/+$/, '').split('/');
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i]!;
    const g = got[i]!;
    if (w.startsWith(':')) {
      if (!g) return null;
      params[w.slice(1)] = decodeURIComponent(g);
    } else if (w !== g) {
      return null;
    }
  }
  return params;
}
