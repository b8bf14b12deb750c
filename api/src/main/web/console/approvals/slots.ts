import type { RouteContext } from '../routes';

/**
 * Sections other work adds to the approvals page. Reserved for sign-ups (staff or groups asking for an account) and
 * listing claims (a group claiming a listing it runs): their endpoints come with the accounts work and are not in the
 * contract yet, so nothing is registered here and the page shows nothing for them. To add one, push
 * `{ id, heading, render }` from a module the console loads (console/modules.ts).
 */
export interface ApprovalSlot {
  id: string;
  heading: string;
  render(section: HTMLElement, ctx: RouteContext): void | Promise<void>;
}

export const approvalSlots: ApprovalSlot[] = [];
