import { ApiFailure, asProblem, networkProblem, type Problem } from '../../common/api-client';
import { h } from '../../common/dom';
import { errorSummary, type Fields } from '../../common/errors';
import { loading } from '../../common/progress';

/**
 * Small pieces the coordinator, evaluator and admin screens share: headings, a wait that shows it is waiting, a failure
 * that says what to do next, and NHS.UK tables.
 */

/** Runs a request while `where` shows "Loading ...", then clears it; a failure becomes an error summary there. */
export async function withLoading<T>(where: HTMLElement, what: string, run: () => Promise<T>, fields?: Fields): Promise<T | undefined> {
  where.replaceChildren(loading(what));
  try {
    const result = await run();
    where.replaceChildren();
    return result;
  } catch (e) {
    showFailure(where, e, fields);
    return undefined;
  }
}

/** Shows a failure as an NHS.UK error summary (problem+json from the API, or the network), focused for screen readers. */
export function showFailure(where: HTMLElement, e: unknown, fields?: Fields): void {
  const summary = errorSummary(problemOf(e), fields);
  where.replaceChildren(summary);
  summary.focus();
}

export function problemOf(e: unknown): Problem {
  if (e instanceof ApiFailure) return withNextStep(e.problem);
  return networkProblem();
}

/** Adds what to do next to the problems staff meet on these screens when the API's own words do not say it. */
export function withNextStep(p: Problem): Problem {
  if (p.status === 403 && !p.detail) return { ...p, detail: 'Your role cannot do this. Ask an administrator if you need it.' };
  if (p.status === 409 && !p.detail) return { ...p, detail: 'Someone else changed this meanwhile. Reload the page and try again.' };
  if (p.status === 0 || p.status >= 500) return { ...p, detail: `${p.detail ?? ''} If it keeps happening, tell your Signpost administrator.`.trim() };
  return p;
}

/** Unwraps an openapi-fetch answer as common/api-client's call does, but for a 204 (no body) too. */
export async function done(request: Promise<{ error?: unknown; response: Response }>): Promise<void> {
  let answer: { error?: unknown; response: Response };
  try {
    answer = await request;
  } catch {
    throw new ApiFailure(networkProblem());
  }
  if (!answer.response.ok) throw new ApiFailure(asProblem(answer.error, answer.response.status));
}

export function heading(main: HTMLElement, text: string, lead?: string): void {
  main.append(h('h1', { tabindex: -1 }, text));
  if (lead) main.append(h('p', { class: 'nhsuk-lede-text' }, lead));
}

/**
 * A table with a caption; `head` are the column names, each row's cells text or nodes. It sits in a region that scrolls
 * sideways on a narrow screen (the page itself never does), reachable by keyboard and named by the caption.
 */
export function table(caption: string, head: string[], rows: (string | Node)[][], numeric: number[] = []): HTMLElement {
  return h('div', { class: 'sp-table-scroll', role: 'region', 'aria-label': caption, tabindex: 0 }, h('table', { class: 'nhsuk-table' },
    h('caption', { class: 'nhsuk-table__caption' }, caption),
    h('thead', { class: 'nhsuk-table__head' },
      h('tr', {}, ...head.map((c, i) => h('th', { scope: 'col', class: numeric.includes(i) ? 'nhsuk-table__header--numeric' : '' }, c)))),
    h('tbody', { class: 'nhsuk-table__body' },
      ...rows.map((r) => h('tr', { class: 'nhsuk-table__row' },
        ...r.map((c, i) => (i === 0
          ? h('th', { scope: 'row', class: 'nhsuk-table__cell' }, c)
          : h('td', { class: numeric.includes(i) ? 'nhsuk-table__cell nhsuk-table__cell--numeric' : 'nhsuk-table__cell' }, c))))))));
}

/** "1 user", "3 users". */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A polite live region for what just happened ("Approved", "Import finished"). */
export function statusRegion(id: string): HTMLElement {
  return h('div', { id, role: 'status', 'aria-live': 'polite', class: 'sp-status' });
}

export function button(text: string, attrs: Record<string, string> = {}, secondary = false): HTMLButtonElement {
  return h('button', { type: 'button', class: secondary ? 'nhsuk-button nhsuk-button--secondary' : 'nhsuk-button', 'data-module': 'nhsuk-button', ...attrs }, text);
}

/** "3 December 2026, 14:05" in UK English. */
export function when(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

export function day(iso: string | undefined): string {
  if (!iso) return 'never';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** NHS.UK pagination (previous / next) for a page of `total` items; calls `go` with the page wanted. */
export function pager(page: number, perPage: number, total: number, go: (page: number) => void): HTMLElement | null {
  const pages = Math.max(1, Math.ceil(total / perPage));
  if (pages <= 1) return null;
  const item = (to: number, label: string, cls: string) => {
    const a = h('a', { class: 'nhsuk-pagination__link', href: '#' }, h('span', { class: 'nhsuk-pagination__title' }, label),
      h('span', { class: 'nhsuk-u-visually-hidden' }, ':'), h('span', { class: 'nhsuk-pagination__page' }, `Page ${to} of ${pages}`));
    a.addEventListener('click', (ev) => { ev.preventDefault(); go(to); });
    return h('li', { class: `nhsuk-pagination-item--${cls}` }, a);
  };
  return h('nav', { class: 'nhsuk-pagination', role: 'navigation', 'aria-label': 'Pagination' },
    h('ul', { class: 'nhsuk-list nhsuk-pagination__list' },
      page > 1 ? item(page - 1, 'Previous', 'previous') : null,
      page < pages ? item(page + 1, 'Next', 'next') : null));
}

/** A labelled progress bar (native <progress>, which screen readers announce) with its words beside it. */
export function progressBar(id: string, label: string): { root: HTMLElement; set(value: number | null, max: number, words: string): void } {
  const bar = h('progress', { id, max: 100, 'aria-describedby': `${id}-words` });
  const words = h('p', { id: `${id}-words`, class: 'nhsuk-body-s', role: 'status', 'aria-live': 'polite' });
  const root = h('div', { class: 'sp-progress nhsuk-u-margin-bottom-4' }, h('label', { for: id, class: 'nhsuk-label' }, label), bar, words);
  return {
    root,
    set(value, max, text) {
      if (value === null) bar.removeAttribute('value'); else { bar.max = max; bar.value = value; }
      words.textContent = text;
    },
  };
}
