import { describe, expect, it } from 'vitest';
import { invitableRoles, invitationBody, joinsSchemes, needsOrganisation } from './invitations';

describe('who may invite whom', () => {
  it('offers an admin every staff role but never a resident', () => {
    expect(invitableRoles(['ADMIN'])).toEqual(['LINK_WORKER', 'COORDINATOR', 'GROUP_EDITOR', 'EVALUATOR', 'ADMIN']);
    expect(invitableRoles(['COORDINATOR', 'ADMIN'])).not.toContain('RESIDENT');
  });

  it('offers a coordinator link workers only, and other roles nothing', () => {
    expect(invitableRoles(['COORDINATOR'])).toEqual(['LINK_WORKER']);
    expect(invitableRoles(['LINK_WORKER'])).toEqual([]);
    expect(invitableRoles(['GROUP_EDITOR', 'EVALUATOR'])).toEqual([]);
  });

  it('asks for schemes and the organisation only for the roles that have them', () => {
    expect(joinsSchemes('LINK_WORKER') && joinsSchemes('COORDINATOR')).toBe(true);
    expect(joinsSchemes('EVALUATOR') || joinsSchemes('GROUP_EDITOR') || joinsSchemes('')).toBe(false);
    expect(needsOrganisation('GROUP_EDITOR')).toBe(true);
    expect(needsOrganisation('LINK_WORKER')).toBe(false);
  });
});

describe('the invitation sent', () => {
  const schemes = ['5e4f0d0e-0000-4000-8000-000000000001'];
  const org = '5e4f0d0e-0000-4000-8000-0000000000aa';

  it('names the schemes of a link worker and leaves out a stray organisation', () => {
    expect(invitationBody({ email: ' lw@example.org ', role: 'LINK_WORKER', schemeIds: schemes, organisationId: org }))
      .toEqual({ email: 'lw@example.org', role: 'LINK_WORKER', scheme_ids: schemes });
  });

  it('names the organisation of a group editor and leaves out stray schemes', () => {
    expect(invitationBody({ email: 'ge@example.org', role: 'GROUP_EDITOR', schemeIds: schemes, organisationId: ` ${org} ` }))
      .toEqual({ email: 'ge@example.org', role: 'GROUP_EDITOR', organisation_id: org });
  });

  it('sends neither for an evaluator, and no empty list', () => {
    expect(invitationBody({ email: 'ev@example.org', role: 'EVALUATOR', schemeIds: schemes, organisationId: org }))
      .toEqual({ email: 'ev@example.org', role: 'EVALUATOR' });
    expect(invitationBody({ email: 'lw@example.org', role: 'LINK_WORKER', schemeIds: [], organisationId: '' }))
      .toEqual({ email: 'lw@example.org', role: 'LINK_WORKER' });
  });
});
