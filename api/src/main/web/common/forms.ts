import { h } from './dom';

/** NHS.UK form components as documented (label, hint, input in a form group); the ids are what error summaries link to. */
export function textField(id: string, label: string, opts: { value?: string; hint?: string; type?: string; autocomplete?: string;
  width?: string; inputmode?: string; maxlength?: number; bold?: boolean } = {}): HTMLElement {
  const hintId = opts.hint ? `${id}-hint` : undefined;
  return h('div', { class: 'nhsuk-form-group' },
    h('label', { class: `nhsuk-label${opts.bold ? ' nhsuk-label--s' : ''}`, for: id }, label),
    opts.hint ? h('div', { class: 'nhsuk-hint', id: hintId }, opts.hint) : null,
    h('input', { class: `nhsuk-input${opts.width ? ` nhsuk-input--width-${opts.width}` : ''}`, id, name: id, type: opts.type ?? 'text',
      value: opts.value ?? '', autocomplete: opts.autocomplete, inputmode: opts.inputmode, maxlength: opts.maxlength,
      'aria-describedby': hintId, spellcheck: opts.type === 'email' || opts.type === 'password' ? 'false' : undefined }));
}

export function textArea(id: string, label: string, value: string, hint?: string): HTMLElement {
  return h('div', { class: 'nhsuk-form-group' },
    h('label', { class: 'nhsuk-label', for: id }, label),
    hint ? h('div', { class: 'nhsuk-hint', id: `${id}-hint` }, hint) : null,
    h('textarea', { class: 'nhsuk-textarea', id, name: id, rows: 4, maxlength: 4000, 'aria-describedby': hint ? `${id}-hint` : undefined }, value));
}

/** Radios in a fieldset; the first radio's id is `${name}` so an error link lands on the group. */
export function radios(name: string, legend: string, options: [string, string][], chosen: string | undefined,
  opts: { hint?: string; inline?: boolean; large?: boolean } = {}): HTMLElement {
  return h('div', { class: 'nhsuk-form-group' },
    h('fieldset', { class: 'nhsuk-fieldset', 'aria-describedby': opts.hint ? `${name}-hint` : undefined },
      h('legend', { class: `nhsuk-fieldset__legend ${opts.large ? 'nhsuk-fieldset__legend--l' : 'nhsuk-fieldset__legend--s'}` },
        opts.large ? h('h1', { class: 'nhsuk-fieldset__heading' }, legend) : legend),
      opts.hint ? h('div', { class: 'nhsuk-hint', id: `${name}-hint` }, opts.hint) : null,
      h('div', { class: `nhsuk-radios${opts.inline ? ' nhsuk-radios--inline' : ''}`, id: `${name}-radios` },
        ...options.map(([value, label], i) => h('div', { class: 'nhsuk-radios__item' },
          h('input', { class: 'nhsuk-radios__input', id: i === 0 ? name : `${name}-${value}`, name, type: 'radio', value, checked: value === chosen }),
          h('label', { class: 'nhsuk-label nhsuk-radios__label', for: i === 0 ? name : `${name}-${value}` }, label))))));
}

export function checkbox(id: string, label: string, checked: boolean, hint?: string): HTMLElement {
  return h('div', { class: 'nhsuk-form-group' },
    h('div', { class: 'nhsuk-checkboxes' },
      h('div', { class: 'nhsuk-checkboxes__item' },
        h('input', { class: 'nhsuk-checkboxes__input', id, name: id, type: 'checkbox', value: 'yes', checked,
          'aria-describedby': hint ? `${id}-hint` : undefined }),
        h('label', { class: 'nhsuk-label nhsuk-checkboxes__label', for: id }, label),
        hint ? h('div', { class: 'nhsuk-hint nhsuk-checkboxes__hint', id: `${id}-hint` }, hint) : null)));
}

export function value(form: HTMLFormElement, name: string): string {
  const field = form.elements.namedItem(name);
  if (field instanceof RadioNodeList) return field.value;
  if (field instanceof HTMLInputElement && field.type === 'checkbox') return field.checked ? field.value : '';
  return field && 'value' in field ? String((field as HTMLInputElement).value).trim() : '';
}

/** Disables the submit button and shows progress while the request runs; always gives the button back. */
export async function busy<T>(button: HTMLButtonElement, working: string, run: () => Promise<T>): Promise<T> {
  const text = button.textContent ?? '';
  button.disabled = true;
  button.setAttribute('aria-disabled', 'true');
  button.textContent = working;
  try {
    return await run();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-disabled');
    button.textContent = text;
  }
}

/** A same-site path to go to after signing in (never another site: only "/x", not "//x"). */
export function safeNext(next: string | null): string {
  return next && /^\/(?!\/)[\w\-/?=&%.]*$/.test(next) ? next : '/account';
}
