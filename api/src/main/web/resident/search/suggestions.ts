import { api, call, type Schemas } from '../../common/api-client';
import { h, clear } from '../../common/dom';

type Suggestion = Schemas['Suggestion'];

/**
 * An accessible combobox over /search/suggest (WAI-ARIA combobox pattern, list autocomplete):
 * suggestions as the resident types, arrow keys move, Enter picks, Escape closes.
 */
export function attachSuggestions(input: HTMLInputElement, list: HTMLUListElement, status: HTMLElement,
  onPick: (s: Suggestion) => void): void {
  let items: Suggestion[] = [];
  let active = -1;
  let timer: number | undefined;
  let inFlight: AbortController | undefined;

  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');

  const close = () => {
    items = [];
    active = -1;
    clear(list);
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  };
  const highlight = (i: number) => {
    active = i;
    [...list.children].forEach((li, n) => li.setAttribute('aria-selected', String(n === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${i}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const pick = (i: number) => {
    const s = items[i];
    if (!s) return;
    input.value = s.text;
    close();
    onPick(s);
  };
  const render = () => {
    clear(list);
    items.forEach((s, i) => {
      const li = h('li', { id: `${list.id}-${i}`, role: 'option', 'aria-selected': 'false', class: 'sp-suggestion' },
        s.text, s.kind === 'need' ? h('span', { class: 'sp-suggestion__kind' }, ' (need)') : null);
      li.addEventListener('mousedown', (e) => { e.preventDefault(); pick(i); });
      list.appendChild(li);
    });
    list.hidden = items.length === 0;
    input.setAttribute('aria-expanded', String(items.length > 0));
    status.textContent = items.length ? `${items.length} suggestions. Use up and down arrows to choose.` : '';
  };
  const fetchSuggestions = async (prefix: string) => {
    inFlight?.abort();
    inFlight = new AbortController();
    try {
      const data = await call(api.GET('/search/suggest', { params: { query: { prefix, limit: 6 } }, signal: inFlight.signal }));
      // only while the resident is still typing this: a search sent meanwhile closes the list for good
      if (input.value.trim() !== prefix || document.activeElement !== input) return;
      items = data.suggestions;
      active = -1;
      render();
    } catch {
      close(); // suggestions are a help, not a must: the search itself reports failures
    }
  };

  input.addEventListener('input', () => {
    window.clearTimeout(timer);
    const prefix = input.value.trim();
    if (prefix.length < 2) { close(); return; }
    timer = window.setTimeout(() => void fetchSuggestions(prefix.slice(0, 60)), 200);
  });
  input.addEventListener('keydown', (e) => {
    if (list.hidden) return;
    if (e.key === 'ArrowDown') { e.preventDefault(); highlight((active + 1) % items.length); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); highlight(active <= 0 ? items.length - 1 : active - 1); }
    else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); pick(active); }
    else if (e.key === 'Escape') { close(); }
  });
  input.addEventListener('blur', () => window.setTimeout(close, 150));
  input.form?.addEventListener('submit', () => { window.clearTimeout(timer); inFlight?.abort(); close(); });
  close();
}
