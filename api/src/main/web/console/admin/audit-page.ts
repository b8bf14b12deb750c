import { call } from '../../common/api-client';
import { h } from '../../common/dom';
import type { RouteContext } from '../routes';
import { staff } from '../session';
import { count, heading, pager, table, when, withLoading } from '../oversight/ui';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The append-only audit log of personal-data access, newest first, optionally about one resident. */
export async function render(ctx: RouteContext): Promise<void> {
  ctx.title('Audit log');
  heading(ctx.main, 'Audit log', 'Every read and change of residents’ personal data: who, when, why, and whether it was allowed. Newest first.');
  const resident = ctx.query.get('resident_id') ?? '';
  const form = h('form', { novalidate: true, role: 'search', 'aria-label': 'Audit log entries' },
    h('div', { class: 'nhsuk-form-group' }, h('label', { class: 'nhsuk-label', for: 'audit-resident' }, 'Only about this resident (optional)'),
      h('div', { class: 'nhsuk-hint', id: 'audit-resident-hint' }, 'Their Signpost resident id, for example 3f2b9c1e-8d4a-4c3e-9b1f-2a6d7e8f9a0b.'),
      h('input', { class: 'nhsuk-input', id: 'audit-resident', name: 'resident_id', type: 'text', value: resident, spellcheck: 'false', 'aria-describedby': 'audit-resident-hint' })),
    h('button', { type: 'submit', class: 'nhsuk-button' }, 'Show entries'));
  const out = h('div', { id: 'audit' });
  ctx.main.append(form, out);
  const show = async (page: number) => {
    const id = form.querySelector<HTMLInputElement>('#audit-resident')!.value.trim();
    if (id && !UUID.test(id)) {
      out.replaceChildren(h('p', { class: 'nhsuk-error-message', role: 'alert' }, 'Enter a resident id like 3f2b9c1e-8d4a-4c3e-9b1f-2a6d7e8f9a0b, or leave it empty for everyone.'));
      return;
    }
    history.replaceState(null, '', `${location.pathname}${id ? `?resident_id=${id}` : ''}`);
    const found = await withLoading(out, 'audit entries', () =>
      call(staff.GET('/admin/audit-log', { params: { query: { page, per_page: 25, ...(id ? { resident_id: id } : {}) } } })),
    { resident_id: { id: 'audit-resident', label: 'Resident id' } });
    if (!found) return;
    if (found.items.length === 0) {
      out.append(h('p', {}, 'No entries.'));
      return;
    }
    out.append(h('p', {}, `${count(found.total_items, 'entry', 'entries')}.`), table('Audit log entries', ['When', 'Who', 'What', 'Record', 'Why', 'Outcome'],
      found.items.map((e) => [when(e.at), `${e.actor_username} (${e.actor_roles.join(', ').toLowerCase()})`,
        `${e.action} ${e.resource_type}${e.fields.length ? `: ${e.fields.join(', ')}` : ''}`,
        e.resident_id ? `resident ${e.resident_id}` : e.resource_id ?? '', e.purpose?.toLowerCase().replace(/_/g, ' ') ?? '',
        e.outcome === 'allowed' ? 'allowed' : h('strong', {}, `denied${e.reason ? `: ${e.reason}` : ''}`)])));
    const nav = pager(page, found.per_page, found.total_items, (p) => void show(p));
    if (nav) out.append(nav);
  };
  form.addEventListener('submit', (ev) => { ev.preventDefault(); void show(1); });
  await show(1);
}
