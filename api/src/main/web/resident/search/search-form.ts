import { h } from '../../common/dom';
import type { Fields } from '../../common/errors';
import { ACCESSIBILITY, type AccessibilityFeature, DAYS, isAccessibilityFeature, MODES, RADII_M, type SearchState } from './search-state';

/** The search form (NHS.UK form components), filled from the state; read back with readForm. */
export function searchForm(s: SearchState): HTMLFormElement {
  const checkbox = (name: string, value: string, label: string, checked: boolean) => {
    const id = `${name}-${value}`;
    return h('div', { class: 'nhsuk-checkboxes__item' },
      h('input', { class: 'nhsuk-checkboxes__input', id, name, type: 'checkbox', value, checked }),
      h('label', { class: 'nhsuk-label nhsuk-checkboxes__label', for: id }, label));
  };
  const group = (legend: string, ...children: Node[]) =>
    h('div', { class: 'nhsuk-form-group' },
      h('fieldset', { class: 'nhsuk-fieldset' },
        h('legend', { class: 'nhsuk-fieldset__legend nhsuk-fieldset__legend--s' }, legend),
        h('div', { class: 'nhsuk-checkboxes nhsuk-checkboxes--small' }, ...children)));
  const select = (id: string, label: string, options: [string, string][], value: string) => {
    const el = h('select', { class: 'nhsuk-select', id, name: id });
    for (const [v, text] of options) el.appendChild(h('option', { value: v, selected: v === value }, text));
    return h('div', { class: 'nhsuk-form-group' }, h('label', { class: 'nhsuk-label', for: id }, label), el);
  };
  const filtersOn = s.needs.length > 0 || s.free || s.onNow || s.day !== '' || s.accessibility.length > 0 || s.modes.length > 0 || s.age !== null;

  return h('form', { id: 'search-form', role: 'search', novalidate: true, 'aria-label': 'Search for groups and activities' },
    h('div', { class: 'nhsuk-form-group sp-combobox' },
      h('label', { class: 'nhsuk-label nhsuk-label--s', for: 'q' }, 'What are you looking for?'),
      h('div', { class: 'nhsuk-hint', id: 'q-hint' }, 'For example, walking, coffee morning or debt advice'),
      h('input', { class: 'nhsuk-input', id: 'q', name: 'q', type: 'text', value: s.q, autocomplete: 'off', spellcheck: 'false',
        'aria-describedby': 'q-hint', maxlength: 200 }),
      h('ul', { id: 'q-suggestions', class: 'sp-suggestions', role: 'listbox', 'aria-label': 'Suggestions' }),
      h('div', { id: 'q-status', class: 'nhsuk-u-visually-hidden', role: 'status' })),
    h('div', { class: 'sp-where' },
      h('div', { class: 'nhsuk-form-group' },
        h('label', { class: 'nhsuk-label nhsuk-label--s', for: 'postcode' }, 'Postcode'),
        h('div', { class: 'nhsuk-hint', id: 'postcode-hint' }, 'For example, S60 1AE'),
        h('input', { class: 'nhsuk-input nhsuk-input--width-10', id: 'postcode', name: 'postcode', type: 'text', value: s.postcode,
          autocomplete: 'postal-code', 'aria-describedby': 'postcode-hint', maxlength: 10 })),
      h('button', { type: 'button', id: 'near-me', class: 'nhsuk-button nhsuk-button--secondary sp-near-me' }, 'Use my location'),
      select('radius', 'Within', RADII_M.map((m) => [String(m), `${m / 1000} km (${(m / 1609.344).toFixed(1)} miles)`]), String(s.radiusM))),
    h('details', { class: 'nhsuk-details', open: filtersOn },
      h('summary', { class: 'nhsuk-details__summary' }, h('span', { class: 'nhsuk-details__summary-text' }, 'Filters')),
      h('div', { class: 'nhsuk-details__text' },
        h('div', { class: 'nhsuk-form-group' },
          h('label', { class: 'nhsuk-label', for: 'need' }, 'Need'),
          h('select', { class: 'nhsuk-select', id: 'need', name: 'need' },
            h('option', { value: s.needs[0] ?? '', selected: true }, s.needs[0] ? s.needs[0] : 'Any need'),
            h('option', { value: '', disabled: true }, 'Loading needs…'))),
        group('Cost and time', checkbox('free', 'true', 'Free only', s.free), checkbox('on_now', 'true', 'On now', s.onNow)),
        select('day', 'Day', [['', 'Any day'], ...Object.entries(DAYS)], s.day),
        group('How you take part', ...Object.entries(MODES).map(([v, l]) => checkbox('mode', v, l, s.modes.includes(v)))),
        group('Accessibility', ...(Object.entries(ACCESSIBILITY) as [AccessibilityFeature, string][]).map(([v, l]) => checkbox('access', v, l, s.accessibility.includes(v)))),
        h('div', { class: 'nhsuk-form-group' },
          h('label', { class: 'nhsuk-label', for: 'age' }, 'Age (optional)'),
          h('div', { class: 'nhsuk-hint', id: 'age-hint' }, 'Only show what is open to someone of this age'),
          h('input', { class: 'nhsuk-input nhsuk-input--width-3', id: 'age', name: 'age', type: 'text', inputmode: 'numeric',
            value: s.age ?? '', 'aria-describedby': 'age-hint', maxlength: 3 })))),
    h('button', { type: 'submit', class: 'nhsuk-button', id: 'search-button' }, 'Search'));
}

export function readForm(form: HTMLFormElement, previous: SearchState): SearchState {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim();
  const age = text('age');
  return {
    ...previous,
    q: text('q'),
    postcode: text('postcode').toUpperCase(),
    radiusM: Number(text('radius')) || previous.radiusM,
    needs: text('need') ? [text('need')] : [],
    free: data.get('free') === 'true',
    onNow: data.get('on_now') === 'true',
    day: text('day'),
    accessibility: data.getAll('access').map(String).filter(isAccessibilityFeature),
    modes: data.getAll('mode').map(String),
    age: /^\d{1,3}$/.test(age) ? Number(age) : null,
    map: null,
  };
}

/** Field ids for the API's problem+json field names, so the error summary links to the input at fault. */
export const FIELDS: Fields = {
  q: { id: 'q', label: 'What you are looking for' },
  postcode: { id: 'postcode', label: 'Postcode' },
  radius_m: { id: 'radius', label: 'Distance' },
  age: { id: 'age', label: 'Age' },
  day: { id: 'day', label: 'Day' },
};
