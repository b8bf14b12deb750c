import { call } from '../../common/api-client';
import { h } from '../../common/dom';
import type { RouteContext } from '../routes';
import { staff } from '../session';
import { button, count, day, heading, pager, showFailure, statusRegion, table, withLoading } from '../oversight/ui';

/**
 * Verified listings not reviewed within the review period, oldest first; those residents no longer see because they are
 * stale are marked. A coordinator confirms a listing is still true once they have checked it with the group.
 */
export async function render(ctx: RouteContext): Promise<void> {
  ctx.title('Listings due for review');
  heading(ctx.main, 'Listings due for review',
    'Verified listings nobody has confirmed for a while, oldest first. Check each with its group, then confirm it is still true.');
  const said = statusRegion('review-status');
  const list = h('div', { id: 'review-due' });
  ctx.main.append(said, list);
  await show(list, said, 1);
}

async function show(where: HTMLElement, said: HTMLElement, page: number): Promise<void> {
  const found = await withLoading(where, 'listings due for review', () =>
    call(staff.GET('/directory/review-due', { params: { query: { page, per_page: 20 } } })));
  if (!found) return;
  const items = found.items ?? [];
  if (items.length === 0) {
    where.append(h('p', {}, 'No listings are due for review.'));
    return;
  }
  const hidden = items.filter((s) => s.resident_visibility.reason === 'stale').length;
  where.append(h('p', {}, `${count(found.total_items, 'listing')} due for review. Of those on this page, ${hidden} are hidden from residents because nobody has confirmed them in time.`));
  const rows = items.map((s) => {
    const stale = s.resident_visibility.reason === 'stale';
    const state = stale
      ? h('strong', { class: 'nhsuk-tag nhsuk-tag--red' }, 'Hidden from residents: not reviewed')
      : h('strong', { class: 'nhsuk-tag nhsuk-tag--yellow' }, 'Due for review');
    const cell = h('div', {});
    const confirm = button('Confirm still true', { 'aria-label': `Confirm ${s.name} is still true` }, true);
    confirm.classList.add('nhsuk-u-margin-bottom-0');
    confirm.addEventListener('click', async () => {
      confirm.disabled = true;
      cell.replaceChildren(h('span', { role: 'status' }, 'Confirming…'));
      try {
        const current = await staff.GET('/directory/services/{service_id}', { params: { path: { service_id: s.id } } });
        await call(staff.POST('/directory/services/{service_id}/confirm', {
          params: { path: { service_id: s.id }, header: { 'If-Match': current.response.headers.get('ETag') ?? '' } },
        }));
        cell.replaceChildren(h('strong', { class: 'nhsuk-tag nhsuk-tag--green' }, 'Confirmed today'));
        said.textContent = `Confirmed: ${s.name}.${stale ? ' Residents can find it again.' : ''}`;
      } catch (e) {
        confirm.disabled = false;
        showFailure(cell, e);
        cell.append(confirm);
      }
    });
    cell.append(confirm);
    return [s.name, s.organisation_name, day(s.assured_date), state, cell];
  });
  where.append(table('Listings due for review', ['Listing', 'Organisation', 'Last reviewed', 'State', 'Action'], rows));
  const nav = pager(page, found.per_page, found.total_items, (p) => void show(where, said, p));
  if (nav) where.append(nav);
}
