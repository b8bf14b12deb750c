import type { Schemas } from '../../common/api-client';

type Role = Schemas['Role'];

/**
 * Who may invite whom (the API's InvitationPolicy, docs/accounts.md): an admin invites anyone to any staff role; a
 * coordinator invites link workers only, into schemes they belong to. What a role may not choose is not offered.
 */
export const STAFF_ROLES: Role[] = ['LINK_WORKER', 'COORDINATOR', 'GROUP_EDITOR', 'EVALUATOR', 'ADMIN'];

export function invitableRoles(mine: Role[]): Role[] {
  if (mine.includes('ADMIN')) return STAFF_ROLES;
  if (mine.includes('COORDINATOR')) return ['LINK_WORKER'];
  return [];
}

/** Link workers and coordinators join schemes; nobody else does. */
export function joinsSchemes(role: Role | ''): boolean {
  return role === 'LINK_WORKER' || role === 'COORDINATOR';
}

/** A group editor edits for one organisation, named when they are invited. */
export function needsOrganisation(role: Role | ''): boolean {
  return role === 'GROUP_EDITOR';
}

/** The request: schemes only for the roles that join them, the organisation only for a group editor. */
export function invitationBody(o: { email: string; role: Role | ''; schemeIds: string[]; organisationId: string }): Schemas['StaffInvitationCreate'] {
  return {
    email: o.email.trim(),
    role: o.role as Role,
    ...(joinsSchemes(o.role) && o.schemeIds.length ? { scheme_ids: o.schemeIds } : {}),
    ...(needsOrganisation(o.role) && o.organisationId.trim() ? { organisation_id: o.organisationId.trim() } : {}),
  };
}
