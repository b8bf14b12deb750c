import { describe, expect, it } from 'vitest';
import { match, navigationFor } from './routes';
import './link-worker/routes';
import './group/routes';
import './oversight/routes';

const nav = (...roles: Parameters<typeof navigationFor>[0]) => navigationFor(roles).map((r) => r.path);

describe('who is offered groups joining and invitations', () => {
  it('offers the approvals queues to coordinators and admins only', () => {
    expect(nav('COORDINATOR')).toContain('/console/approvals');
    expect(nav('ADMIN')).toContain('/console/approvals');
    expect(nav('LINK_WORKER', 'GROUP_EDITOR', 'EVALUATOR')).not.toContain('/console/approvals');
  });

  it('offers a coordinator the link worker invitation, an admin the users screen with its invitation', () => {
    expect(nav('COORDINATOR')).toContain('/console/invite');
    expect(nav('COORDINATOR')).not.toContain('/console/admin/users');
    expect(nav('ADMIN')).toContain('/console/admin/users');
    expect(match('/console/invite', ['LINK_WORKER'])).toEqual({ forbidden: true });
    expect(match('/console/invite', ['EVALUATOR', 'GROUP_EDITOR'])).toEqual({ forbidden: true });
  });

  it('offers a group editor, and nobody else, the fellow-editor invitation', () => {
    expect(nav('GROUP_EDITOR')).toContain('/console/editors');
    expect(nav('LINK_WORKER', 'COORDINATOR', 'EVALUATOR', 'ADMIN')).not.toContain('/console/editors');
    expect(nav('GROUP_EDITOR')).not.toContain('/console/invite');
  });
});
