import { call, type Schemas } from '../../common/api-client';
import { h } from '../../common/dom';
import { clearFieldErrors } from '../../common/errors';
import { busy, choices, textInput, valueOf, checkedValues } from '../../common/forms';
import { showFailure, when } from '../oversight/ui';
import { roleName } from '../schemes/schemes-page';
import { staff } from '../session';
import { done } from '../ui';
import { invitableRoles, invitationBody, joinsSchemes, needsOrganisation } from './invitations';

type Role = Schemas['Role'];
type Scheme = Schemas['Scheme'];

/**
 * Invite a member of staff by email (POST /admin/invitations): they get a link, choose their own password and are then
 * in the role (and schemes, or organisation) named here. An admin chooses any staff role and any scheme; a coordinator
 * invites link workers into their own schemes only, so only those are offered. `heading` is the form's h2 (left out when
 * the form is the page).
 */
export function inviteForm(mine: Role[], schemes: Scheme[], heading?: string): HTMLElement {
  const roles = invitableRoles(mine);
  const only = roles.length === 1 ? roles[0]! : undefined;
  const problems = h('div', {});
  const result = h('div', { id: 'invite-result' });
  const schemeBoxes = schemes.length
    ? choices({ name: 'scheme_ids', legend: 'Schemes they join', type: 'checkbox', small: true,
      hint: only ? 'Only your own schemes. They see the residents of the schemes they join.' : 'For link workers and coordinators. They see the residents of the schemes they join.',
      items: schemes.map((s) => ({ value: s.id, label: s.name, checked: only !== undefined && schemes.length === 1 })) })
    : h('p', { id: 'scheme_ids' }, 'There are no schemes to join yet.');
  const organisation = textInput({ id: 'invite-org', name: 'organisation_id', label: 'Organisation id',
    hint: 'The organisation a group editor keeps listings for.', spellcheck: false });
  const form = h('form', { novalidate: true, id: 'invite-form', 'aria-labelledby': heading ? 'invite-heading' : undefined },
    heading ? h('h2', { id: 'invite-heading' }, heading) : null,
    h('p', {}, 'They get an email with a link to choose their own password. Once it is sent you see until when the link works.'),
    result, problems,
    textInput({ id: 'invite-email', name: 'email', label: 'Their email address', type: 'email', autocomplete: 'off' }),
    only
      ? h('p', { id: 'invite-role' }, `They will be a ${roleName(only).toLowerCase()}.`)
      : choices({ name: 'role', legend: 'Their role', items: roles.map((r) => ({ value: r, label: roleName(r) })) }),
    schemeBoxes,
    organisation,
    h('button', { type: 'submit', class: 'nhsuk-button', 'data-module': 'nhsuk-button' }, 'Send invitation'));
  // what the chosen role does not have is not asked
  const fit = () => {
    const role = (only ?? valueOf(form, 'role')) as Role | '';
    schemeBoxes.hidden = !joinsSchemes(role);
    organisation.hidden = !needsOrganisation(role);
  };
  form.addEventListener('change', fit);
  fit();
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearFieldErrors(form);
    result.replaceChildren();
    const body = invitationBody({ email: valueOf(form, 'email'), role: (only ?? valueOf(form, 'role')) as Role | '',
      schemeIds: checkedValues(form, 'scheme_ids'), organisationId: valueOf(form, 'organisation_id') });
    try {
      const sent = await busy(form, () => call(staff.POST('/admin/invitations', { body })), 'Sending the invitation');
      problems.replaceChildren();
      form.reset();
      fit();
      const joined = schemes.filter((s) => sent.scheme_ids?.includes(s.id)).map((s) => s.name);
      result.replaceChildren(done(`Invitation sent to ${sent.email} as ${roleName(sent.role).toLowerCase()}${joined.length ? ` in ${joined.join(', ')}` : ''}. `
        + `The link works until ${when(sent.expires_at)}.`));
    } catch (e) {
      showFailure(problems, e, {
        email: { id: 'invite-email', label: 'Email address' }, role: { id: only ? 'invite-role' : 'role-1', label: 'Role' },
        scheme_ids: { id: schemes.length ? 'scheme_ids-1' : 'scheme_ids', label: 'Schemes' }, organisation_id: { id: 'invite-org', label: 'Organisation id' },
      });
    }
  });
  return form;
}
