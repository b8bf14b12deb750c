import { api, call } from '../../common/api-client';
import { h } from '../../common/dom';

/**
 * Fills the "Need" select with the needs taxonomy (public ORUK feed), grouped under their top-level needs. The option
 * already chosen (from the URL or a suggestion) stays chosen; if the list cannot load, that choice is still offered.
 */
export async function fillNeeds(select: HTMLSelectElement): Promise<void> {
  const chosen = select.value;
  try {
    const page = await call(api.GET('/oruk/taxonomy_terms', { params: { query: { per_page: 500 } } }));
    const terms = page.contents.filter((t) => t.code);
    const byParent = new Map<string, typeof terms>();
    for (const t of terms) {
      const key = t.parent_id ?? '';
      byParent.set(key, [...(byParent.get(key) ?? []), t]);
    }
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    const options: HTMLElement[] = [h('option', { value: '' }, 'Any need')];
    for (const top of (byParent.get('') ?? []).sort(byName)) {
      const children = (byParent.get(top.id) ?? []).sort(byName);
      options.push(h('optgroup', { label: top.name },
        h('option', { value: top.code!, selected: top.code === chosen }, `All ${top.name.toLowerCase()}`),
        ...children.map((c) => h('option', { value: c.code!, selected: c.code === chosen }, c.name))));
    }
    select.replaceChildren(...options);
    if (chosen && select.value !== chosen) choose(select, chosen, chosen);
  } catch {
    select.replaceChildren(h('option', { value: '' }, 'Any need'));
    if (chosen) choose(select, chosen, chosen);
  }
  select.disabled = false;
}

/** Chooses a need, adding it to the list when it is not there (a suggestion picked before the list loaded). */
export function choose(select: HTMLSelectElement, code: string, name: string): void {
  if (![...select.options].some((o) => o.value === code)) select.appendChild(h('option', { value: code }, name));
  select.value = code;
}
