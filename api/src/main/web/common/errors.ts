import type { Problem } from './api-client';
import { h } from './dom';

/** NHS.UK error summary for a problem+json: the title, each field at fault (linked to its input when on the page), and what to do. */
export function errorSummary(problem: Problem, fieldIds: Record<string, string> = {}): HTMLElement {
  const items = (problem.errors ?? []).map((e) => {
    const target = fieldIds[e.field];
    return h('li', {}, target ? h('a', { href: `#${target}` }, e.detail) : `${e.field}: ${e.detail}`);
  });
  const summary = h('div', { class: 'nhsuk-error-summary', 'aria-labelledby': 'error-summary-title', role: 'alert', tabindex: -1 },
    h('h2', { class: 'nhsuk-error-summary__title', id: 'error-summary-title' }, problem.title),
    h('div', { class: 'nhsuk-error-summary__body' },
      problem.detail ? h('p', {}, problem.detail) : null,
      items.length ? h('ul', { class: 'nhsuk-list nhsuk-error-summary__list' }, ...items) : null));
  return summary;
}
