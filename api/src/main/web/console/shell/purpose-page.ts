import { clear, h } from '../../common/dom';
import { button, choices, valueOf } from '../../common/forms';
import { choosePurpose, purpose, purposesFor, PURPOSES, type Purpose } from '../purpose';
import type { Session } from '../session';

/**
 * "Why are you looking at residents' records?": asked once per sign-in when the role may state more than one purpose,
 * before the first screen with personal data; the answer goes with every such request (X-Purpose-Of-Use) and into the
 * audit log. Changeable at any time from the header.
 */
export function showPurposeChooser(main: HTMLElement, session: Session, then: () => void): void {
  clear(main);
  document.title = 'Why are you using the console? - Signpost console';
  const current = purpose(session.roles);
  const problems = h('div', {});
  const form = h('form', { novalidate: true, id: 'purpose-form' },
    choices({
      name: 'purpose', legend: 'Why are you looking at residents\' records today?',
      hint: 'This is recorded with every record you open. You can change it at any time from the top of the page.',
      items: purposesFor(session.roles).map((p) => ({ value: p, label: PURPOSES[p].label, hint: PURPOSES[p].hint, checked: p === current })),
    }),
    button('Continue'));
  main.append(problems, h('h1', { tabindex: -1 }, 'Your purpose'), form);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = valueOf(form, 'purpose') as Purpose | '';
    clear(problems);
    if (!chosen) {
      problems.append(h('div', { class: 'nhsuk-error-summary', role: 'alert', tabindex: -1, 'aria-labelledby': 'purpose-error-title' },
        h('h2', { class: 'nhsuk-error-summary__title', id: 'purpose-error-title' }, 'There is a problem'),
        h('div', { class: 'nhsuk-error-summary__body' }, h('ul', { class: 'nhsuk-list nhsuk-error-summary__list' },
          h('li', {}, h('a', { href: '#purpose-1' }, 'Choose why you are looking at residents\' records'))))));
      problems.querySelector<HTMLElement>('.nhsuk-error-summary')?.focus();
      return;
    }
    choosePurpose(chosen);
    then();
  });
}
