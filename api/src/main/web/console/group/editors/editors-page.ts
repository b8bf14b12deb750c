import { call } from '../../../common/api-client';
import { append, h } from '../../../common/dom';
import { clearFieldErrors } from '../../../common/errors';
import { busy, textInput, valueOf } from '../../../common/forms';
import type { RouteContext } from '../../routes';
import { staff } from '../../session';
import { dateTime, done, heading, showProblem } from '../../ui';

/**
 * /console/editors: a group editor invites someone else to keep the group's listings up to date
 * (POST /group/editor-invitations). The invited person gets a link, chooses a password and edits for the same
 * organisation; an address that already has an account cannot be invited (the API says so at the field).
 */
export function render(ctx: RouteContext): void {
  ctx.title('Invite another editor');
  const problems = h('div', {});
  const result = h('div', { id: 'editor-invite-result' });
  const form = h('form', { novalidate: true, id: 'editor-invite-form' },
    textInput({ id: 'editor-email', name: 'email', label: 'Their email address', type: 'email', autocomplete: 'off',
      hint: 'Someone from your group. They will be able to change your group’s listings and answer referrals to it.' }),
    h('button', { type: 'submit', class: 'nhsuk-button', 'data-module': 'nhsuk-button' }, 'Send invitation'));
  append(ctx.main, problems, heading('Invite another editor'),
    h('p', {}, 'Share the work of keeping your listings current. They get an email with a link to choose their own password; once it is sent you see until when the link works.'),
    result, form);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearFieldErrors(form);
    problems.replaceChildren();
    result.replaceChildren();
    try {
      const sent = await busy(form, () => call(staff.POST('/group/editor-invitations', { body: { email: valueOf(form, 'email') } })),
        'Sending the invitation');
      form.reset();
      result.replaceChildren(done(`Invitation sent to ${sent.email}. The link works until ${dateTime(sent.expires_at)}.`));
    } catch (e) {
      showProblem(problems, e, { email: { id: 'editor-email', label: 'Email address' } });
    }
  });
}
