import { call } from '../../../common/api-client';
import { append, h } from '../../../common/dom';
import type { RouteContext } from '../../routes';
import { staff } from '../../session';
import { date, heading, showProblem, words, workingOn } from '../../ui';
import { loadService } from './service';

/** /console/listings: the group's listings, whether residents see them, when last confirmed, and places at a glance. */
export async function render(ctx: RouteContext): Promise<void> {
  ctx.title('My listings');
  const problems = h('div', {});
  const wait = workingOn('Loading your listings');
  append(ctx.main, problems, heading('My listings'), wait);
  try {
    const page = await call(staff.GET('/directory/services', { params: { query: { per_page: 50 } } }));
    const items = page.items ?? [];
    wait.remove();
    if (!items.length) {
      append(ctx.main, h('p', {}, 'Your group has no listings yet. Ask your social prescribing coordinator to add one.'));
      return;
    }
    const placesCells = new Map<string, HTMLElement>();
    append(ctx.main,
      h('p', {}, 'Confirm each listing is still right at least every few months: residents stop seeing a listing nobody has confirmed for a year.'),
      h('table', { class: 'nhsuk-table', id: 'listings' },
        h('caption', { class: 'nhsuk-table__caption' }, `${items.length} listing${items.length === 1 ? '' : 's'}`),
        h('thead', {}, h('tr', {}, ...['Listing', 'Residents see it', 'Last confirmed', 'Places'].map((t) => h('th', { scope: 'col', class: 'nhsuk-table__header' }, t)))),
        h('tbody', {}, ...items.map((s) => {
          const places = h('td', { class: 'nhsuk-table__cell' }, '…');
          placesCells.set(s.id, places);
          return h('tr', {},
            h('td', { class: 'nhsuk-table__cell' }, h('a', { href: `/console/listings/${s.id}` }, s.name), s.deleted ? ' (withdrawn)' : '',
              s.review_due ? h('strong', { class: 'nhsuk-tag nhsuk-tag--orange sp-tag-gap' }, 'Confirm it is current') : null),
            h('td', { class: 'nhsuk-table__cell' }, s.resident_visibility.visible ? 'Yes' : `No: ${s.resident_visibility.reason ?? words(s.verification)}`),
            h('td', { class: 'nhsuk-table__cell' }, date(s.assured_date) || 'Never'),
            places);
        }))));
    // places are on each listing's detail: fetched alongside, the table is usable meanwhile
    await Promise.all(items.map(async (s) => {
      const cell = placesCells.get(s.id)!;
      try {
        const c = (await loadService(s.id)).service.capacity;
        cell.textContent = c?.track || c?.available !== undefined ? `${c?.available ?? 0}${c?.maximum ? ` of ${c.maximum}` : ''} free` : 'Not tracked';
      } catch {
        cell.textContent = 'Not known';
      }
    }));
  } catch (e) {
    wait.remove();
    showProblem(problems, e);
  }
}
