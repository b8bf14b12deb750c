import type { Problem } from './api-client';
import { h } from './dom';

/** Where each field the API may name lives on the page: its input's id and the words it goes by. */
export type Fields = Record<string, { id: string; label: string }>;

/**
 * NHS.UK error summary for a problem+json: for bad input "There is a problem" and each field at fault, linked to its input
 * (and the input's form group marked as in error); otherwise the problem's title and what to do next.
 */
export function errorSummary(problem: Problem, fields: Fields = {}): HTMLElement {
  const items = (problem.errors ?? []).map((e) => {
    const field = fields[e.field];
    const text = field ? `${field.label} ${e.detail}` : `${e.field}: ${e.detail}`;
    if (field) markField(field.id, text);
    if (!field) return h('li', {}, text);
    const link = h('a', { href: `#${field.id}` }, text);
    // as NHS.UK frontend's error summary does: move focus to the input itself, with its label in view
    link.addEventListener('click', (event) => {
      const input = document.getElementById(field.id);
      if (!input) return;
      event.preventDefault();
      input.closest('.nhsuk-form-group')?.scrollIntoView();
      input.focus({ preventScroll: true });
    });
    return h('li', {}, link);
  });
  const title = problem.status === 400 && items.length ? 'There is a problem' : problem.title;
  const detail = problem.status === 400 && items.length ? null : problem.detail;
  return h('div', { class: 'nhsuk-error-summary', 'aria-labelledby': 'error-summary-title', role: 'alert', tabindex: -1 },
    h('h2', { class: 'nhsuk-error-summary__title', id: 'error-summary-title' }, title),
    h('div', { class: 'nhsuk-error-summary__body' },
      detail ? h('p', {}, detail) : null,
      items.length ? h('ul', { class: 'nhsuk-list nhsuk-error-summary__list' }, ...items) : null));
}

/** Clears the field errors errorSummary marked. */
export function clearFieldErrors(root: ParentNode): void {
  root.querySelectorAll('.nhsuk-form-group--error').forEach((g) => g.classList.remove('nhsuk-form-group--error'));
  root.querySelectorAll('.nhsuk-error-message').forEach((m) => m.remove());
  root.querySelectorAll('.nhsuk-input--error').forEach((i) => i.classList.remove('nhsuk-input--error'));
}

function markField(id: string, text: string): void {
  const input = document.getElementById(id);
  const group = input?.closest('.nhsuk-form-group');
  if (!input || !group || group.querySelector('.nhsuk-error-message')) return;
  group.classList.add('nhsuk-form-group--error');
  if (input.classList.contains('nhsuk-input')) input.classList.add('nhsuk-input--error');
  const message = h('span', { class: 'nhsuk-error-message', id: `${id}-error` },
    h('span', { class: 'nhsuk-u-visually-hidden' }, 'Error: '), text);
  // radios and checkboxes: the message goes above the whole set and describes its fieldset (NHS.UK error message)
  const set = input.closest('.nhsuk-radios, .nhsuk-checkboxes');
  (set ?? input).before(message);
  const described = set ? input.closest('fieldset') ?? input : input;
  described.setAttribute('aria-describedby', [described.getAttribute('aria-describedby'), `${id}-error`].filter(Boolean).join(' '));
}
