import type { Role } from './session';

export type Purpose = 'DIRECT_CARE' | 'REFERRAL_MANAGEMENT' | 'SAFEGUARDING' | 'SERVICE_ADMINISTRATION';

/** What each purpose means, as the person choosing it would put it. */
export const PURPOSES: Record<Purpose, { label: string; hint: string }> = {
  DIRECT_CARE: { label: 'Direct care', hint: 'Supporting the residents on your caseload: conversations, plans, wellbeing.' },
  REFERRAL_MANAGEMENT: { label: 'Managing referrals', hint: 'Sending, answering and following up referrals.' },
  SAFEGUARDING: { label: 'Safeguarding', hint: 'A concern that someone is at risk of harm.' },
  SERVICE_ADMINISTRATION: { label: 'Running the service', hint: 'Administering Signpost: users, schemes, the audit log.' },
};

/** The purposes each role may state: the API's audit.model.PurposePolicy (it decides; this only offers the choices). */
const ALLOWED: Record<Role, Purpose[]> = {
  LINK_WORKER: ['DIRECT_CARE', 'REFERRAL_MANAGEMENT', 'SAFEGUARDING'],
  COORDINATOR: ['DIRECT_CARE', 'REFERRAL_MANAGEMENT', 'SAFEGUARDING'],
  GROUP_EDITOR: ['REFERRAL_MANAGEMENT', 'SAFEGUARDING'],
  ADMIN: ['SERVICE_ADMINISTRATION'],
  RESIDENT: [],
  EVALUATOR: [],
};

let chosen: Purpose | null = null;

export function purposesFor(roles: Role[]): Purpose[] {
  const all = new Set(roles.flatMap((r) => ALLOWED[r] ?? []));
  return (Object.keys(PURPOSES) as Purpose[]).filter((p) => all.has(p));
}

/**
 * The purpose of use for this sign-in: the person's choice, remembered until they sign out or change it; where their
 * role allows only one, that one. Never a guess among several.
 */
export function purpose(roles: Role[]): Purpose | null {
  const allowed = purposesFor(roles);
  if (chosen && allowed.includes(chosen)) return chosen;
  return allowed.length === 1 ? allowed[0]! : null;
}

export function choosePurpose(p: Purpose | null): void { chosen = p; }

/** The X-Purpose-Of-Use header for a request that returns a resident's personal data. */
export function purposeHeader(roles: Role[]): { 'X-Purpose-Of-Use': Purpose } {
  const p = purpose(roles);
  if (!p) throw new Error('No purpose of use chosen: the shell asks before any screen with personal data');
  return { 'X-Purpose-Of-Use': p };
}
