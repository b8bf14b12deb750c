import { h } from './dom';

/** A polite "Loading ..." status for every wait (announced by screen readers, shown to everyone). */
export function loading(what: string): HTMLElement {
  return h('p', { class: 'sp-loading', role: 'status' }, h('span', { class: 'sp-spinner', 'aria-hidden': 'true' }), `Loading ${what}…`);
}
