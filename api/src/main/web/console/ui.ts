import { ApiFailure, networkProblem, type Problem } from '../common/api-client';
import { h } from '../common/dom';
import { errorSummary, type Fields } from '../common/errors';
import type { RouteContext } from './routes';

/** Small pieces every console screen uses. */

export function problemOf(e: unknown): Problem {
  if (e instanceof ApiFailure) return e.problem;
  if (e instanceof Error && /purpose of use/i.test(e.message)) {
    return { title: 'Choose your purpose first', status: 0, detail: 'Use "Change" next to "Purpose" at the top of the page, then try again.' };
  }
  return networkProblem();
}

/** Shows a problem in `where` (an error summary, fields marked) and moves focus to it. */
export function showProblem(where: HTMLElement, e: unknown, fields: Fields = {}): Problem {
  const problem = withNextStep(problemOf(e));
  where.replaceChildren(errorSummary(problem, fields));
  where.querySelector<HTMLElement>('.nhsuk-error-summary')?.focus();
  return problem;
}

/** Every error says what to do next: the API's own detail when it has one, else a next step by status. */
function withNextStep(p: Problem): Problem {
  if (p.detail || (p.errors && p.errors.length)) return p;
  const next: Record<number, string> = {
    403: 'Your role or scheme does not allow this. If you need it, ask your coordinator or administrator.',
    404: 'It may have been removed. Go back and look again.',
    409: 'Someone changed it since you opened it. Reload the page to see it as it is now, then try again.',
    412: 'Someone changed it since you opened it. Reload the page to see it as it is now, then try again.',
    429: 'Too many tries. Wait a minute, then try again.',
  };
  return { ...p, detail: next[p.status] ?? 'Try again. If it keeps happening, tell your Signpost administrator.' };
}

export function heading(text: string, caption?: string): HTMLElement {
  return h('h1', { tabindex: -1 }, caption ? h('span', { class: 'nhsuk-caption-l' }, caption, h('span', { class: 'nhsuk-u-visually-hidden' }, ' - ')) : null, text);
}

export function backLink(href: string, text: string): HTMLElement {
  return h('div', { class: 'nhsuk-back-link' }, h('a', { class: 'nhsuk-back-link__link', href }, text));
}

export function summaryList(rows: [string, Node | string | null | undefined][], id?: string): HTMLElement {
  return h('dl', { class: 'nhsuk-summary-list', id },
    ...rows.filter(([, v]) => v !== null && v !== undefined && v !== '').map(([k, v]) => h('div', { class: 'nhsuk-summary-list__row' },
      h('dt', { class: 'nhsuk-summary-list__key' }, k), h('dd', { class: 'nhsuk-summary-list__value' }, v as Node | string))));
}

const TAG_COLOURS: Record<string, string> = {
  referred: 'blue', sent: 'blue', accepted: 'green', attended: 'green', completed: 'grey', closed: 'grey',
  declined: 'red', did_not_attend: 'orange', cancelled: 'grey', draft: 'white',
};

export function statusTag(status: string): HTMLElement {
  return h('strong', { class: `nhsuk-tag nhsuk-tag--${TAG_COLOURS[status] ?? 'grey'}` }, words(status));
}

/** 'did_not_attend' -> 'Did not attend' */
export function words(code: string): string {
  const s = code.replace(/_/g, ' ').toLowerCase();
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function date(iso: string | undefined | null): string {
  if (!iso) return '';
  const d = new Date(iso.length === 10 ? `${iso}T12:00:00Z` : iso);
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' });
}

export function dateTime(iso: string | undefined | null): string {
  if (!iso) return '';
  return new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
}

export function today(): string {
  return new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' });
}

/** A polite status line for what just happened ("Referral sent"), announced by screen readers. */
export function done(text: string): HTMLElement {
  return h('div', { class: 'nhsuk-inset-text sp-done', role: 'status' }, h('p', {}, text));
}

export function workingOn(what: string): HTMLElement {
  return h('p', { class: 'sp-loading', role: 'status' }, h('span', { class: 'sp-spinner', 'aria-hidden': 'true' }), `${what}…`);
}

/**
 * Loads what a screen needs while `wait` shows progress. When it fails, the page gets its heading and the problem with
 * what to do next, and the answer is undefined: the screen stops there.
 */
export async function loadFor<T>(ctx: RouteContext, title: string, problems: HTMLElement, wait: HTMLElement,
  load: () => Promise<T>): Promise<T | undefined> {
  try {
    return await load();
  } catch (e) {
    ctx.main.append(heading(title));
    showProblem(problems, e);
    return undefined;
  } finally {
    wait.remove();
  }
}
