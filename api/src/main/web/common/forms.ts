import { h } from './dom';

/** NHS.UK frontend form pieces, as documented (label, hint, input; fieldset with radios). */
export interface InputOptions {
  id: string; label: string; name?: string; type?: string; value?: string; hint?: string;
  autocomplete?: string; width?: number | string; required?: boolean; inputmode?: string; spellcheck?: boolean;
  maxlength?: number; bold?: boolean;
}

export function textInput(o: InputOptions): HTMLElement {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  const secret = o.type === 'email' || o.type === 'password';
  return h('div', { class: 'nhsuk-form-group' },
    h('label', { class: `nhsuk-label${o.bold ? ' nhsuk-label--s' : ''}`, for: o.id }, o.label),
    o.hint ? h('div', { class: 'nhsuk-hint', id: hintId }, o.hint) : null,
    h('input', {
      class: `nhsuk-input${o.width ? ` nhsuk-input--width-${o.width}` : ''}`, id: o.id, name: o.name ?? o.id, type: o.type ?? 'text',
      value: o.value ?? '', autocomplete: o.autocomplete, 'aria-describedby': hintId, inputmode: o.inputmode, maxlength: o.maxlength,
      spellcheck: o.spellcheck === false || secret ? 'false' : undefined, required: o.required,
    }));
}

/** The same input, called with its id and label first (the resident app's forms). */
export function textField(id: string, label: string, opts: Omit<InputOptions, 'id' | 'label'> = {}): HTMLElement {
  return textInput({ id, label, ...opts });
}

export function textArea(o: { id: string; label: string; hint?: string; value?: string; rows?: number; maxlength?: number }): HTMLElement {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  const area = h('textarea', { class: 'nhsuk-textarea', id: o.id, name: o.id, rows: o.rows ?? 4, maxlength: o.maxlength, 'aria-describedby': hintId });
  area.value = o.value ?? '';
  return h('div', { class: 'nhsuk-form-group' },
    h('label', { class: 'nhsuk-label', for: o.id }, o.label),
    o.hint ? h('div', { class: 'nhsuk-hint', id: hintId }, o.hint) : null,
    area);
}

export function select(o: { id: string; label: string; options: [string, string][]; value?: string; hint?: string }): HTMLElement {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  const el = h('select', { class: 'nhsuk-select', id: o.id, name: o.id, 'aria-describedby': hintId },
    ...o.options.map(([value, text]) => h('option', { value, selected: value === o.value }, text)));
  return h('div', { class: 'nhsuk-form-group' },
    h('label', { class: 'nhsuk-label', for: o.id }, o.label),
    o.hint ? h('div', { class: 'nhsuk-hint', id: hintId }, o.hint) : null, el);
}

export interface Choice { value: string; label: string; hint?: string; checked?: boolean }

/** A fieldset of radios (or checkboxes) with a legend. */
export function choices(o: { name: string; legend: string; hint?: string; items: Choice[]; type?: 'radio' | 'checkbox'; small?: boolean }): HTMLElement {
  const type = o.type ?? 'radio';
  const kind = type === 'radio' ? 'radios' : 'checkboxes';
  const hintId = o.hint ? `${o.name}-hint` : undefined;
  return h('div', { class: 'nhsuk-form-group' },
    h('fieldset', { class: 'nhsuk-fieldset', 'aria-describedby': hintId },
      h('legend', { class: 'nhsuk-fieldset__legend nhsuk-fieldset__legend--s' }, o.legend),
      o.hint ? h('div', { class: 'nhsuk-hint', id: hintId }, o.hint) : null,
      h('div', { class: `nhsuk-${kind}${o.small ? ` nhsuk-${kind}--small` : ''}`, id: o.name },
        ...o.items.map((item, i) => {
          const id = `${o.name}-${i + 1}`;
          const itemHint = item.hint ? `${id}-hint` : undefined;
          return h('div', { class: `nhsuk-${kind}__item` },
            h('input', { class: `nhsuk-${kind}__input`, id, name: o.name, type, value: item.value, checked: item.checked, 'aria-describedby': itemHint }),
            h('label', { class: `nhsuk-label nhsuk-${kind}__label`, for: id }, item.label),
            item.hint ? h('div', { class: `nhsuk-hint nhsuk-${kind}__hint`, id: itemHint }, item.hint) : null);
        }))));
}

export function button(text: string, attrs: Record<string, string | boolean | undefined> = {}): HTMLButtonElement {
  const secondary = attrs.secondary;
  const { secondary: _s, ...rest } = attrs;
  return h('button', { class: `nhsuk-button${secondary ? ' nhsuk-button--secondary' : ''}`, type: 'submit', 'data-module': 'nhsuk-button', ...rest }, text);
}

export function valueOf(form: HTMLFormElement | HTMLElement, name: string): string {
  const el = form.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`[name="${name}"]:not([type=radio]):not([type=checkbox])`);
  if (el) return el.value.trim();
  const checked = form.querySelector<HTMLInputElement>(`[name="${name}"]:checked`);
  return checked?.value ?? '';
}

export function checkedValues(form: HTMLElement, name: string): string[] {
  return Array.from(form.querySelectorAll<HTMLInputElement>(`[name="${name}"]:checked`)).map((i) => i.value);
}

/**
 * Disables the buttons of `scope` (a form, or one button) while its request runs and shows (and announces) that it is
 * working; gives them back after. A lone button says it itself (busyAs).
 */
export async function busy<T>(scope: HTMLElement, work: () => Promise<T>, what = 'Saving'): Promise<T> {
  const buttons = scope instanceof HTMLButtonElement ? [scope] : Array.from(scope.querySelectorAll<HTMLButtonElement>('button'));
  buttons.forEach((b) => { b.disabled = true; b.setAttribute('aria-disabled', 'true'); });
  scope.setAttribute('aria-busy', 'true');
  const status = scope instanceof HTMLButtonElement ? null
    : h('p', { class: 'sp-loading sp-busy', role: 'status' }, h('span', { class: 'sp-spinner', 'aria-hidden': 'true' }), `${what}…`);
  if (status) scope.append(status);
  try {
    return await work();
  } finally {
    status?.remove();
    buttons.forEach((b) => { b.disabled = false; b.removeAttribute('aria-disabled'); });
    scope.removeAttribute('aria-busy');
  }
}

/** The same for one button, which says what it is doing meanwhile (e.g. "Sending…"). */
export async function busyAs<T>(button: HTMLButtonElement, working: string, work: () => Promise<T>): Promise<T> {
  const label = button.textContent ?? '';
  button.textContent = working;
  try {
    return await busy(button, work);
  } finally {
    button.textContent = label;
  }
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

/** A same-site path to go to after signing in (never another site: only "/x", not "//x"). */
export function safeNext(next: string | null): string {
  return next && /^\/(?!\/)[\w\-/?=&%.]*$/.test(next) ? next : '/account';
}
