import { call, type Schemas } from '../../common/api-client';
import { h } from '../../common/dom';
import type { RouteContext } from '../routes';
import { staff } from '../session';
import { button, count, heading, pager, showFailure, statusRegion, table, when, withLoading } from '../oversight/ui';
import { heldFieldDiff, heldFieldLabel } from './change-diff';
import { decisionControls } from './decision';
import { claimsSection, signUpsSection } from './joining-sections';

type PendingChange = Schemas['PendingChange'];

/**
 * The coordinator's approvals (emails link here): listing changes held for review, each with what it would change field
 * by field, to approve or reject with a note; new listings waiting to be verified; and groups joining: sign-ups of new
 * organisations and claims of existing listings (joining-sections.ts).
 */
export async function render(ctx: RouteContext): Promise<void> {
  ctx.title('Approvals');
  heading(ctx.main, 'Approvals', 'Listing changes, new listings and groups joining, waiting for a coordinator.');
  const said = statusRegion('approvals-status');
  ctx.main.append(said);

  const changes = h('section', { 'aria-labelledby': 'changes-heading' },
    h('h2', { id: 'changes-heading' }, 'Listing changes to approve'));
  const changeList = h('div', { id: 'pending-changes' });
  changes.append(changeList);

  const drafts = h('section', { 'aria-labelledby': 'drafts-heading' },
    h('h2', { id: 'drafts-heading' }, 'New listings to verify'),
    h('p', {}, 'A new listing is a draft, unseen by residents, until a coordinator verifies it.'));
  const draftList = h('div', { id: 'drafts' });
  drafts.append(draftList);
  ctx.main.append(changes, drafts, signUpsSection(said), claimsSection(said));

  // an email about one listing links to /console/approvals?service_id=...: its changes only
  const serviceId = ctx.query.get('service_id') ?? undefined;
  if (serviceId) {
    changes.insertBefore(h('p', {}, 'Showing the changes to one listing. ', h('a', { href: '/console/approvals' }, 'Show every change waiting')), changeList);
  }
  await Promise.all([showChanges(changeList, said, 1, serviceId), showDrafts(draftList, said, 1)]);
}

async function showChanges(where: HTMLElement, said: HTMLElement, page: number, serviceId?: string): Promise<void> {
  const found = await withLoading(where, 'listing changes', () =>
    call(staff.GET('/directory/pending-changes', { params: { query: { page, per_page: 10, ...(serviceId ? { service_id: serviceId } : {}) } } })));
  if (!found) return;
  const items = found.items ?? [];
  if (items.length === 0) {
    where.append(h('p', {}, 'No listing changes are waiting. Changes groups make to fields that need a review appear here.'));
    return;
  }
  where.append(h('p', {}, `${found.total_items} waiting, oldest first.`));
  for (const change of items) where.append(await changeCard(change, where, said, page, serviceId));
  const nav = pager(page, found.per_page, found.total_items, (p) => void showChanges(where, said, p, serviceId));
  if (nav) where.append(nav);
}

async function changeCard(change: PendingChange, list: HTMLElement, said: HTMLElement, page: number, serviceId?: string): Promise<HTMLElement> {
  const id = `change-${change.id}`;
  const card = h('div', { class: 'nhsuk-card', id, 'data-change': change.id },
    h('div', { class: 'nhsuk-card__content' },
      h('h3', { class: 'nhsuk-card__heading', id: `${id}-title` }, `${change.service_name ?? 'A listing'}: ${heldFieldLabel(change.field)}`),
      h('p', { class: 'nhsuk-body-s' }, `Proposed ${when(change.proposed_at)}, on version ${change.base_version} of the listing.`)));
  const body = card.firstElementChild as HTMLElement;
  const diffArea = h('div', {});
  body.append(diffArea);
  const listing = await withLoading(diffArea, 'the listing as it is now', () =>
    call(staff.GET('/directory/services/{service_id}', { params: { path: { service_id: change.service_id } } })));
  if (listing) {
    const diff = heldFieldDiff(change.field, change.proposed, listing);
    diffArea.append(diff.length
      ? table(`What approving changes on ${listing.name}`, ['Field', 'Now', 'Proposed'],
        diff.map((d) => [d.label, h('del', {}, d.before), h('ins', {}, d.after)]))
      : h('p', {}, 'The listing already says what this change proposes: approving changes nothing.'));
  }
  body.append(...decisionControls(id, { label: 'Note to the group (optional)', hint: 'Say why, especially when you reject the change.' },
    (how, text) => call(staff.POST(how === 'approve' ? '/directory/pending-changes/{change_id}/approve' : '/directory/pending-changes/{change_id}/reject',
      { params: { path: { change_id: change.id } }, body: text ? { note: text } : {} })),
    (how) => {
      said.textContent = `${how === 'approve' ? 'Approved' : 'Rejected'}: ${change.service_name ?? 'listing'}, ${heldFieldLabel(change.field)}.`;
      card.remove();
      if (!list.querySelector('[data-change]')) void showChanges(list, said, Math.max(1, page - 1), serviceId);
    }));
  return card;
}

async function showDrafts(where: HTMLElement, said: HTMLElement, page: number): Promise<void> {
  const found = await withLoading(where, 'draft listings', () =>
    call(staff.GET('/directory/services', { params: { query: { verification: 'draft', page, per_page: 20 } } })));
  if (!found) return;
  const items = found.items ?? [];
  if (items.length === 0) {
    where.append(h('p', {}, 'No draft listings are waiting to be verified.'));
    return;
  }
  const rows = items.map((s) => {
    const cell = h('div', {});
    const verify = button('Verify', { 'aria-label': `Verify ${s.name}` }, true);
    verify.classList.add('nhsuk-u-margin-bottom-0');
    verify.addEventListener('click', async () => {
      verify.disabled = true;
      cell.replaceChildren(h('span', { role: 'status' }, 'Verifying…'));
      try {
        const current = await staff.GET('/directory/services/{service_id}', { params: { path: { service_id: s.id } } });
        const etag = current.response.headers.get('ETag') ?? '';
        await call(staff.POST('/directory/services/{service_id}/verify', {
          params: { path: { service_id: s.id }, header: { 'If-Match': etag } },
        }));
        cell.replaceChildren(h('strong', { class: 'nhsuk-tag nhsuk-tag--green' }, 'Verified'));
        said.textContent = `Verified: ${s.name}. Residents can now find it.`;
      } catch (e) {
        verify.disabled = false;
        showFailure(cell, e);
        cell.append(verify);
      }
    });
    cell.append(verify);
    return [s.name, s.organisation_name, cell];
  });
  where.append(h('p', {}, `${count(found.total_items, 'draft listing')}.`),
    table('Draft listings', ['Listing', 'Organisation', 'Action'], rows));
  const nav = pager(page, found.per_page, found.total_items, (p) => void showDrafts(where, said, p));
  if (nav) where.append(nav);
}

