import { call, type Schemas } from '../../common/api-client';
import { h } from '../../common/dom';
import type { RouteContext } from '../routes';
import { hasRole, staff } from '../session';
import { button, day, done, heading, showFailure, statusRegion, table, withLoading } from '../oversight/ui';

/**
 * Schemes and who belongs to them. A coordinator sees the schemes they are a member of and each one's members; an admin
 * sees every scheme, creates schemes and adds or removes members (only an admin may: the API decides, and the buttons
 * are offered to admins alone).
 */
export async function render(ctx: RouteContext): Promise<void> {
  const admin = hasRole('ADMIN');
  ctx.title('Schemes');
  heading(ctx.main, 'Schemes', admin
    ? 'Social prescribing schemes and their link workers and coordinators. Members see the scheme’s residents.'
    : 'The schemes you belong to and who else works in them.');
  const said = statusRegion('schemes-status');
  const list = h('div', { id: 'schemes' });
  ctx.main.append(said);
  if (admin) ctx.main.append(createForm(list, said));
  ctx.main.append(list);
  await showSchemes(list, said, admin);
}

async function showSchemes(where: HTMLElement, said: HTMLElement, admin: boolean): Promise<void> {
  const schemes = await withLoading(where, 'schemes', () => call(admin ? staff.GET('/schemes') : staff.GET('/me/schemes')));
  if (!schemes) return;
  if (schemes.length === 0) {
    where.append(h('p', {}, admin ? 'There are no schemes yet. Create one above.'
      : 'You are not a member of any scheme. Ask an administrator to add you to yours.'));
    return;
  }
  for (const scheme of schemes) where.append(schemeSection(scheme, said, admin));
}

function schemeSection(scheme: Schemas['Scheme'], said: HTMLElement, admin: boolean): HTMLElement {
  const id = `scheme-${scheme.id}`;
  const members = h('div', {});
  const section = h('section', { class: 'nhsuk-card', 'aria-labelledby': `${id}-title` },
    h('div', { class: 'nhsuk-card__content' },
      h('h2', { class: 'nhsuk-card__heading', id: `${id}-title` }, scheme.name),
      scheme.ods_code ? h('p', { class: 'nhsuk-body-s' }, `ODS code ${scheme.ods_code}`) : null,
      members));
  const refresh = async () => {
    const found = await withLoading(members, `members of ${scheme.name}`, () =>
      call(staff.GET('/schemes/{scheme_id}/members', { params: { path: { scheme_id: scheme.id } } })));
    if (!found) return;
    members.append(found.length === 0 ? h('p', {}, 'No members yet.') : table(`Members of ${scheme.name}`,
      admin ? ['Username', 'Roles', 'Member since', 'Action'] : ['Username', 'Roles', 'Member since'],
      found.map((m) => {
        const row: (string | Node)[] = [m.username + (m.enabled ? '' : ' (disabled)'), m.roles.map(roleName).join(', '), day(m.added_at)];
        if (admin) {
          const remove = button('Remove', { 'aria-label': `Remove ${m.username} from ${scheme.name}` }, true);
          remove.classList.add('nhsuk-u-margin-bottom-0');
          remove.addEventListener('click', async () => {
            remove.disabled = true;
            try {
              await done(staff.DELETE('/schemes/{scheme_id}/members/{username}', { params: { path: { scheme_id: scheme.id, username: m.username } } }));
              said.textContent = `Removed ${m.username} from ${scheme.name}.`;
              await refresh();
            } catch (e) {
              remove.disabled = false;
              showFailure(members, e);
            }
          });
          row.push(remove);
        }
        return row;
      })));
    if (admin) members.append(addMemberForm(scheme, said, refresh));
  };
  void refresh();
  return section;
}

function addMemberForm(scheme: Schemas['Scheme'], said: HTMLElement, refresh: () => Promise<void>): HTMLElement {
  const inputId = `add-${scheme.id}`;
  const input = h('input', { class: 'nhsuk-input nhsuk-u-width-two-thirds', id: inputId, name: 'username', type: 'text', autocomplete: 'off', spellcheck: 'false' });
  const problems = h('div', {});
  const form = h('form', { novalidate: true },
    problems,
    h('div', { class: 'nhsuk-form-group' },
      h('label', { class: 'nhsuk-label', for: inputId }, `Add a link worker or coordinator to ${scheme.name}`),
      h('div', { class: 'nhsuk-hint', id: `${inputId}-hint` }, 'Their username (email address).'),
      input),
    h('button', { type: 'submit', class: 'nhsuk-button nhsuk-button--secondary' }, 'Add member'));
  input.setAttribute('aria-describedby', `${inputId}-hint`);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    problems.replaceChildren(h('p', { role: 'status' }, 'Adding…'));
    try {
      await done(staff.POST('/schemes/{scheme_id}/members', { params: { path: { scheme_id: scheme.id } }, body: { username: input.value.trim() } }));
      said.textContent = `Added ${input.value.trim()} to ${scheme.name}.`;
      await refresh();
    } catch (e) {
      showFailure(problems, e, { username: { id: inputId, label: 'Username' } });
    }
  });
  return form;
}

function createForm(list: HTMLElement, said: HTMLElement): HTMLElement {
  const problems = h('div', {});
  const name = h('input', { class: 'nhsuk-input', id: 'scheme-name', name: 'name', type: 'text' });
  const ods = h('input', { class: 'nhsuk-input nhsuk-input--width-10', id: 'scheme-ods', name: 'ods_code', type: 'text', spellcheck: 'false' });
  const form = h('form', { novalidate: true, 'aria-labelledby': 'create-scheme-heading' },
    h('h2', { id: 'create-scheme-heading' }, 'Create a scheme'),
    problems,
    h('div', { class: 'nhsuk-form-group' }, h('label', { class: 'nhsuk-label', for: 'scheme-name' }, 'Scheme name'), name),
    h('div', { class: 'nhsuk-form-group' }, h('label', { class: 'nhsuk-label', for: 'scheme-ods' }, 'ODS code (optional)'),
      h('div', { class: 'nhsuk-hint', id: 'scheme-ods-hint' }, 'Of the primary care network or organisation running it, 3 to 10 letters or digits.'), ods),
    h('button', { type: 'submit', class: 'nhsuk-button' }, 'Create scheme'));
  ods.setAttribute('aria-describedby', 'scheme-ods-hint');
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    problems.replaceChildren(h('p', { role: 'status' }, 'Creating…'));
    try {
      const created = await call(staff.POST('/schemes', { body: { name: name.value.trim(), ...(ods.value.trim() ? { ods_code: ods.value.trim() } : {}) } }));
      problems.replaceChildren();
      said.textContent = `Created ${created.name}.`;
      name.value = '';
      ods.value = '';
      await showSchemes(list, said, true);
    } catch (e) {
      showFailure(problems, e, { name: { id: 'scheme-name', label: 'Scheme name' }, ods_code: { id: 'scheme-ods', label: 'ODS code' } });
    }
  });
  return form;
}

export function roleName(role: Schemas['Role']): string {
  return ({ RESIDENT: 'Resident', LINK_WORKER: 'Link worker', COORDINATOR: 'Coordinator', GROUP_EDITOR: 'Group editor',
    EVALUATOR: 'Evaluator', ADMIN: 'Administrator' } as const)[role];
}
