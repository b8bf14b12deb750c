import { call, type Schemas } from '../../common/api-client';
import { h } from '../../common/dom';
import { staff } from '../session';
import { when, withLoading } from '../oversight/ui';
import { summaryList } from '../ui';
import { decisionControls, type Decision } from './decision';
import { domainCheck, type DomainCheck } from './joining';

type SignUp = Schemas['GroupSignUp'];
type Claim = Schemas['GroupClaim'];

/**
 * The approvals screen's two queues of groups joining Signpost: new organisations signing up (GET /directory/sign-ups)
 * and claims of existing listings the API could not prove by email domain (GET /directory/claims). Each shows who asked,
 * when, and whether their address is at the group's web domain; approving or rejecting (with a note the applicant is
 * shown) takes it out of the queue.
 */
export function signUpsSection(said: HTMLElement): HTMLElement {
  const list = h('div', { id: 'sign-ups' });
  const section = h('section', { 'aria-labelledby': 'sign-ups-heading' },
    h('h2', { id: 'sign-ups-heading' }, 'Groups asking to join'),
    h('p', {}, 'Approving creates the organisation in the directory and makes the person who asked its group editor. Its listings start as drafts.'),
    list);
  void showSignUps(list, said);
  return section;
}

export function claimsSection(said: HTMLElement): HTMLElement {
  const list = h('div', { id: 'claims' });
  const section = h('section', { 'aria-labelledby': 'claims-heading' },
    h('h2', { id: 'claims-heading' }, 'Listing claims to decide'),
    h('p', {}, 'Approving makes the person who asked a group editor of the listing’s organisation: they can then change its listings.'),
    list);
  void showClaims(list, said);
  return section;
}

async function showSignUps(where: HTMLElement, said: HTMLElement): Promise<void> {
  const found = await withLoading(where, 'group sign-ups', () => call(staff.GET('/directory/sign-ups')));
  if (!found) return;
  if (found.length === 0) {
    where.append(h('p', {}, 'No groups are waiting to join.'));
    return;
  }
  where.append(h('p', { 'data-count': '' }, `${found.length} waiting, oldest first.`));
  for (const s of found) {
    where.append(decisionCard({
      kind: 'sign-up', id: s.id, title: s.name,
      facts: [
        ['Asked by', s.requested_by], ['Asked on', when(s.requested_at)], ['Web address', s.website], ['Public email', s.email],
        ['About the group', s.description], ['Note from them', s.note],
      ],
      check: domainCheck(s.email_domain_check),
      decide: (how, note) => call(staff.POST(how === 'approve' ? '/directory/sign-ups/{sign_up_id}/approve' : '/directory/sign-ups/{sign_up_id}/reject',
        { params: { path: { sign_up_id: s.id } }, body: note ? { note } : {} })),
      decided: (how) => how === 'approve'
        ? `Approved: ${s.name} is now in the directory and ${s.requested_by} is its group editor.`
        : `Rejected: ${s.name}. ${s.requested_by} is told why; nothing was created.`,
      empty: () => void showSignUps(where, said),
    }, where, said));
  }
}

async function showClaims(where: HTMLElement, said: HTMLElement): Promise<void> {
  const found = await withLoading(where, 'listing claims', () => call(staff.GET('/directory/claims')));
  if (!found) return;
  if (found.length === 0) {
    where.append(h('p', {}, 'No listing claims are waiting.'));
    return;
  }
  where.append(h('p', { 'data-count': '' }, `${found.length} waiting, oldest first.`));
  for (const c of found) {
    where.append(decisionCard({
      kind: 'claim', id: c.id, title: `${c.service_name} (${c.organisation_name})`,
      facts: [
        ['Asked by', c.requested_by], ['Asked on', when(c.requested_at)], ['Listing', c.service_name],
        ['Organisation', c.organisation_name], ['Web address (host)', c.email_domain_check?.web_host ?? 'None'],
        ['Address to prove it', c.proof_email], ['Note from them', c.note],
      ],
      check: domainCheck(c.email_domain_check),
      decide: (how, note) => call(staff.POST(how === 'approve' ? '/directory/claims/{claim_id}/approve' : '/directory/claims/{claim_id}/reject',
        { params: { path: { claim_id: c.id } }, body: note ? { note } : {} })),
      decided: (how) => how === 'approve'
        ? `Approved: ${c.requested_by} is now a group editor of ${c.organisation_name}.`
        : `Rejected the claim of ${c.service_name} by ${c.requested_by}. They are told why.`,
      empty: () => void showClaims(where, said),
    }, where, said));
  }
}

/** One sign-up or claim waiting on a coordinator, as its card shows it and decides it. */
interface Waiting {
  kind: 'sign-up' | 'claim';
  id: string;
  title: string;
  facts: [string, string | undefined][];
  check: DomainCheck;
  decide(how: Decision, note: string): Promise<SignUp | Claim>;
  decided(how: Decision): string;
  /** Called when the last card of the list has gone: the list shows it is empty (or the next ones). */
  empty(): void;
}

function decisionCard(d: Waiting, list: HTMLElement, said: HTMLElement): HTMLElement {
  const id = `${d.kind}-${d.id}`;
  const card: HTMLElement = h('div', { class: 'nhsuk-card', id, [`data-${d.kind}`]: d.id },
    h('div', { class: 'nhsuk-card__content' },
      h('h3', { class: 'nhsuk-card__heading', id: `${id}-title` }, d.title),
      summaryList(d.facts.map(([k, v]) => [k, v])),
      h('div', { class: `nhsuk-inset-text sp-domain sp-domain--${d.check.kind}` },
        h('span', { class: 'nhsuk-u-visually-hidden' }, 'Email domain: '), h('p', {}, d.check.text)),
      ...decisionControls(id, { label: 'Note to the person who asked (optional)', hint: 'They see it. Say why when you reject.' },
        (how, note) => d.decide(how, note),
        (how) => {
          said.textContent = d.decided(how);
          card.remove();
          const left = list.querySelectorAll(`[data-${d.kind}]`).length;
          if (left === 0) d.empty();
          else list.querySelector('[data-count]')!.textContent = `${left} waiting, oldest first.`;
        })));
  return card;
}
