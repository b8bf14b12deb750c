import { call } from '../../common/api-client';
import { h } from '../../common/dom';
import type { RouteContext } from '../routes';
import { staff } from '../session';
import { heading, withLoading } from '../oversight/ui';
import { inviteForm } from './invite-form';

/**
 * /console/invite: a coordinator invites a link worker into one of their own schemes (GET /me/schemes); that is all a
 * coordinator may invite, so it is all this page offers. Admins invite from the users page.
 */
export async function render(ctx: RouteContext): Promise<void> {
  ctx.title('Invite a link worker');
  heading(ctx.main, 'Invite a link worker', 'Someone joining your link worker team.');
  const where = h('div', {});
  ctx.main.append(where);
  const schemes = await withLoading(where, 'your schemes', () => call(staff.GET('/me/schemes')));
  if (!schemes) return;
  if (schemes.length === 0) {
    where.append(h('p', {}, 'You are not a member of any scheme, so there is no scheme to invite anyone into. Ask an administrator to add you to yours.'));
    return;
  }
  // what a coordinator may invite, even when they are an admin too (admins invite anyone from the users page)
  where.append(inviteForm(['COORDINATOR'], schemes));
}
