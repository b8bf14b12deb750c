import { h } from './dom';

/** NHS.UK frontend form pieces, as documented (label, hint, input; fieldset with radios). */
export interface InputOptions {
  id: string; label: string; name?: string; type?: string; value?: string; hint?: string;
  autocomplete?: string; width?: number; required?: boolean; inputmode?: string; spellcheck?: boolean;
}

export function textInput(o: InputOptions): HTMLElement {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  return h('div', { class: 'nhsuk-form-group' },
    h('label', { class: 'nhsuk-label', for: o.id }, o.label),
    o.hint ? h('div', { class: 'nhsuk-hint', id: hintId }, o.hint) : null,
    h('input', {
      class: `nhsuk-input${o.width ? ` nhsuk-input--width-${o.width}` : ''}`, id: o.id, name: o.name ?? o.id, type: o.type ?? 'text',
      value: o.value ?? '', autocomplete: o.autocomplete, 'aria-describedby': hintId, inputmode: o.inputmode,
      spellcheck: o.spellcheck === false ? 'false' : undefined, required: o.required,
    }));
}

export function textArea(o: { id: string; label: string; hint?: string; value?: string; rows?: number }): HTMLElement {
  const hintId = o.hint ? `${o.id}-hint` : undefined;
  const area = h('textarea', { class: 'nhsuk-textarea', id: o.id, name: o.id, rows: o.rows ?? 4, 'aria-describedby': hintId });
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

/** Disables a form's buttons while its request runs and shows (and announces) that it is working; gives them back after. */
export async function busy<T>(form: HTMLElement, work: () => Promise<T>, what = 'Saving'): Promise<T> {
  const buttons = Array.from(form.querySelectorAll<HTMLButtonElement>('button'));
  buttons.forEach((b) => { b.disabled = true; b.setAttribute('aria-disabled', 'true'); });
  form.setAttribute('aria-busy', 'true');
  const status = h('p', { class: 'sp-loading sp-busy', role: 'status' }, h('span', { class: 'sp-spinner', 'aria-hidden': 'true' }), `${what}…`);
  form.append(status);
  try {
    return await work();
  } finally {
    status.remove();
    buttons.forEach((b) => { b.disabled = false; b.removeAttribute('aria-disabled'); });
    form.removeAttribute('aria-busy');
  }
}
