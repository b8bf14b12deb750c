import { call, type Schemas } from '../../common/api-client';
import { h } from '../../common/dom';
import { clearFieldErrors } from '../../common/errors';
import type { RouteContext } from '../routes';
import { session, staff } from '../session';
import { button, count, done, heading, pager, showFailure, statusRegion, table, withLoading } from '../oversight/ui';
import { roleName } from '../schemes/schemes-page';
import { inviteForm } from './invite-form';

type Role = Schemas['Role'];
const ROLES: Role[] = ['LINK_WORKER', 'COORDINATOR', 'GROUP_EDITOR', 'EVALUATOR', 'ADMIN', 'RESIDENT'];

/**
 * Users: find by name, role and state; invite someone (they choose their own password); create an account; disable or
 * enable it; change roles; sign someone out of every device. An admin cannot disable themselves or take away their own
 * ADMIN role, so those are not offered on their row.
 */
export async function render(ctx: RouteContext): Promise<void> {
  ctx.title('Users');
  heading(ctx.main, 'Users', 'Everyone who can sign in to Signpost, their roles and whether their account is enabled.');
  const said = statusRegion('users-status');
  const list = h('div', { id: 'users' });
  const q = ctx.query.get('q') ?? '';
  const role = (ctx.query.get('role') as Role | null) ?? '';
  const enabled = ctx.query.get('enabled') ?? '';
  const search = h('form', { novalidate: true, class: 'sp-filters', role: 'search', 'aria-label': 'Find users' },
    h('div', { class: 'nhsuk-form-group' }, h('label', { class: 'nhsuk-label', for: 'user-q' }, 'Username contains'),
      h('input', { class: 'nhsuk-input nhsuk-u-width-two-thirds', id: 'user-q', name: 'q', type: 'search', value: q, spellcheck: 'false' })),
    h('div', { class: 'nhsuk-form-group' }, h('label', { class: 'nhsuk-label', for: 'user-role' }, 'Role'),
      h('select', { class: 'nhsuk-select', id: 'user-role', name: 'role' }, h('option', { value: '' }, 'Any role'),
        ...ROLES.map((r) => h('option', { value: r, selected: r === role }, roleName(r))))),
    h('div', { class: 'nhsuk-form-group' }, h('label', { class: 'nhsuk-label', for: 'user-enabled' }, 'Account'),
      h('select', { class: 'nhsuk-select', id: 'user-enabled', name: 'enabled' }, h('option', { value: '' }, 'Enabled or disabled'),
        h('option', { value: 'true', selected: enabled === 'true' }, 'Enabled'), h('option', { value: 'false', selected: enabled === 'false' }, 'Disabled'))),
    h('button', { type: 'submit', class: 'nhsuk-button' }, 'Find users'));
  const filters = () => {
    const v = (n: string) => (search.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${n}"]`)?.value ?? '').trim();
    return { q: v('q'), role: v('role') as Role | '', enabled: v('enabled') };
  };
  const show = (page: number) => {
    const f = filters();
    const params = new URLSearchParams(Object.entries(f).filter(([, v]) => v) as [string, string][]);
    history.replaceState(null, '', `${location.pathname}${params.size ? `?${params}` : ''}`);
    void showUsers(list, said, f, page, show);
  };
  search.addEventListener('submit', (ev) => { ev.preventDefault(); show(1); });
  const invite = h('div', { id: 'invite' });
  ctx.main.append(said, search, list, invite, createForm(said, () => show(1)));
  show(1);
  const schemes = await withLoading(invite, 'schemes', () => call(staff.GET('/schemes')));
  if (schemes) invite.append(inviteForm(['ADMIN'], schemes, 'Invite a user'));
}

async function showUsers(where: HTMLElement, said: HTMLElement, f: { q: string; role: Role | ''; enabled: string }, page: number,
  again: (page: number) => void): Promise<void> {
  const query = { page, per_page: 20, ...(f.q ? { q: f.q } : {}), ...(f.role ? { role: f.role } : {}), ...(f.enabled ? { enabled: f.enabled === 'true' } : {}) };
  const found = await withLoading(where, 'users', () => call(staff.GET('/admin/users', { params: { query } })));
  if (!found) return;
  if (found.items.length === 0) {
    where.append(h('p', {}, 'No users match. Try fewer words or any role.'));
    return;
  }
  const me = session()?.username;
  where.append(h('p', {}, `${count(found.total_items, 'user')}.`), table('Users', ['Username', 'Roles', 'Account', 'Actions'],
    found.items.map((u) => [u.username, u.roles.map(roleName).join(', '),
      u.enabled ? h('strong', { class: 'nhsuk-tag nhsuk-tag--green' }, 'Enabled') : h('strong', { class: 'nhsuk-tag nhsuk-tag--grey' }, 'Disabled'),
      actions(u, u.username === me, said, () => again(page))])));
  const nav = pager(page, found.per_page, found.total_items, again);
  if (nav) where.append(nav);
}

function actions(u: Schemas['UserAccount'], self: boolean, said: HTMLElement, reload: () => void): HTMLElement {
  const cell = h('div', { class: 'sp-actions' });
  const problems = h('div', {});
  const act = (label: string, run: () => Promise<void>, words: string) => {
    const b = button(label, { 'aria-label': `${label}: ${u.username}` }, true);
    b.classList.add('nhsuk-u-margin-bottom-2');
    b.addEventListener('click', async () => {
      b.disabled = true;
      try {
        await run();
        said.textContent = words;
        reload();
      } catch (e) {
        b.disabled = false;
        showFailure(problems, e);
      }
    });
    return b;
  };
  const path = { params: { path: { user_id: u.id } } };
  if (!self) {
    cell.append(u.enabled
      ? act('Disable', () => done(staff.POST('/admin/users/{user_id}/disable', path)), `Disabled ${u.username}: their sign-ins have ended.`)
      : act('Enable', () => done(staff.POST('/admin/users/{user_id}/enable', path)), `Enabled ${u.username}.`));
  }
  cell.append(act('Sign out everywhere', () => done(staff.POST('/admin/users/{user_id}/sign-out', path)), `Signed ${u.username} out of every device.`));
  cell.append(rolesEditor(u, self, said, reload), problems);
  return cell;
}

function rolesEditor(u: Schemas['UserAccount'], self: boolean, said: HTMLElement, reload: () => void): HTMLElement {
  const id = `roles-${u.id}`;
  const problems = h('div', {});
  const form = h('form', { novalidate: true }, problems,
    roleBoxes(id, u.roles, self),
    orgField(`${id}-org`, u.organisation_id ?? ''),
    h('button', { type: 'submit', class: 'nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0' }, 'Save roles'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearFieldErrors(form);
    const roles = [...form.querySelectorAll<HTMLInputElement>('input[name="roles"]:checked')].map((i) => i.value as Role);
    const org = form.querySelector<HTMLInputElement>('input[name="organisation_id"]')!.value.trim();
    try {
      await call(staff.PUT('/admin/users/{user_id}/roles', { params: { path: { user_id: u.id } }, body: { roles, ...(org ? { organisation_id: org } : {}) } }));
      said.textContent = `Saved the roles of ${u.username}: they apply from their next request.`;
      reload();
    } catch (e) {
      showFailure(problems, e, { roles: { id: `${id}-${roles[0] ?? 'LINK_WORKER'}`, label: 'Roles' }, organisation_id: { id: `${id}-org`, label: 'Organisation id' } });
    }
  });
  return h('details', { class: 'nhsuk-details' }, h('summary', { class: 'nhsuk-details__summary' },
    h('span', { class: 'nhsuk-details__summary-text' }, 'Change roles', h('span', { class: 'nhsuk-u-visually-hidden' }, ` of ${u.username}`))),
  h('div', { class: 'nhsuk-details__text' }, form));
}

function roleBoxes(id: string, checked: Role[], self: boolean): HTMLElement {
  return h('div', { class: 'nhsuk-form-group' }, h('fieldset', { class: 'nhsuk-fieldset' },
    h('legend', { class: 'nhsuk-fieldset__legend nhsuk-fieldset__legend--s' }, 'Roles'),
    h('div', { class: 'nhsuk-checkboxes nhsuk-checkboxes--small' }, ...ROLES.map((r) => h('div', { class: 'nhsuk-checkboxes__item' },
      h('input', { class: 'nhsuk-checkboxes__input', id: `${id}-${r}`, name: 'roles', type: 'checkbox', value: r, checked: checked.includes(r),
        // an admin cannot take away their own ADMIN role: not offered
        disabled: self && r === 'ADMIN' }),
      h('label', { class: 'nhsuk-label nhsuk-checkboxes__label', for: `${id}-${r}` }, roleName(r)))))));
}

function orgField(id: string, value: string): HTMLElement {
  return h('div', { class: 'nhsuk-form-group' }, h('label', { class: 'nhsuk-label', for: id }, 'Organisation id (group editors only)'),
    h('div', { class: 'nhsuk-hint', id: `${id}-hint` }, 'The organisation a group editor keeps listings for. Leave empty for any other role.'),
    h('input', { class: 'nhsuk-input', id, name: 'organisation_id', type: 'text', value, spellcheck: 'false', 'aria-describedby': `${id}-hint` }));
}

function createForm(said: HTMLElement, reload: () => void): HTMLElement {
  const problems = h('div', {});
  const form = h('form', { novalidate: true, 'aria-labelledby': 'create-user-heading' },
    h('h2', { id: 'create-user-heading' }, 'Create a user'),
    h('p', {}, 'Give them their username and this first password by a safe route; they can change it after signing in.'),
    problems,
    h('div', { class: 'nhsuk-form-group' }, h('label', { class: 'nhsuk-label', for: 'new-username' }, 'Username (email address)'),
      h('input', { class: 'nhsuk-input', id: 'new-username', name: 'username', type: 'email', autocomplete: 'off', spellcheck: 'false' })),
    h('div', { class: 'nhsuk-form-group' }, h('label', { class: 'nhsuk-label', for: 'new-password' }, 'First password'),
      h('div', { class: 'nhsuk-hint', id: 'new-password-hint' }, 'At least 12 characters.'),
      h('input', { class: 'nhsuk-input', id: 'new-password', name: 'password', type: 'password', autocomplete: 'new-password', 'aria-describedby': 'new-password-hint' })),
    roleBoxes('new-roles', [], false),
    orgField('new-org', ''),
    h('button', { type: 'submit', class: 'nhsuk-button' }, 'Create user'));
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearFieldErrors(form);
    const v = (n: string) => form.querySelector<HTMLInputElement>(`input[name="${n}"]`)!.value.trim();
    const roles = [...form.querySelectorAll<HTMLInputElement>('input[name="roles"]:checked')].map((i) => i.value as Role);
    problems.replaceChildren(h('p', { role: 'status' }, 'Creating…'));
    try {
      const user = await call(staff.POST('/admin/users', { body: { username: v('username'), password: form.querySelector<HTMLInputElement>('#new-password')!.value, roles,
        ...(v('organisation_id') ? { organisation_id: v('organisation_id') } : {}) } }));
      problems.replaceChildren();
      form.reset();
      said.textContent = `Created ${user.username}.`;
      reload();
    } catch (e) {
      showFailure(problems, e, {
        username: { id: 'new-username', label: 'Username' }, password: { id: 'new-password', label: 'Password' },
        roles: { id: 'new-roles-LINK_WORKER', label: 'Roles' }, organisation_id: { id: 'new-org', label: 'Organisation id' },
      });
    }
  });
  return form;
}
