import { call, type Schemas } from '../../../common/api-client';
import { append, h } from '../../../common/dom';
import { select } from '../../../common/forms';
import type { RouteContext } from '../../routes';
import { staff } from '../../session';
import { dateTime, heading, showProblem, statusTag, words, workingOn } from '../../ui';

const STATUSES: Schemas['OnwardStatus'][] = ['sent', 'accepted', 'attended', 'did_not_attend', 'completed', 'declined', 'cancelled'];

/** /console/inbox: referrals sent to the group, newest first, with only what each resident agreed to share. */
export async function render(ctx: RouteContext): Promise<void> {
  ctx.title('Referrals to us');
  const problems = h('div', {});
  const status = ctx.query.get('status') ?? '';
  const filter = select({ id: 'status-filter', label: 'Show', value: status, options: [['', 'All referrals'], ...STATUSES.map((s): [string, string] => [s, words(s)])] });
  const list = h('div', { id: 'inbox', 'aria-live': 'polite' });
  append(ctx.main, problems, heading('Referrals to us'),
    h('p', {}, 'Answer each new referral: accept it or decline it with a reason. Then say whether they came, and how it went.'), filter, list);
  filter.querySelector('select')!.addEventListener('change', (ev) => {
    const v = (ev.target as HTMLSelectElement).value;
    ctx.navigate(v ? `/console/inbox?status=${v}` : '/console/inbox');
  });
  list.append(workingOn('Loading referrals'));
  try {
    const page = await call(staff.GET('/group/referrals', { params: { query: { status: (status || undefined) as Schemas['OnwardStatus'] | undefined, per_page: 50 }, header: ctx.personal() } }));
    list.replaceChildren(page.items.length ? h('table', { class: 'nhsuk-table' },
      h('caption', { class: 'nhsuk-table__caption' }, `${page.total_items} referral${page.total_items === 1 ? '' : 's'}`),
      h('thead', {}, h('tr', {}, ...['Who', 'To', 'Sent', 'Status'].map((t) => h('th', { scope: 'col', class: 'nhsuk-table__header' }, t)))),
      h('tbody', {}, ...page.items.map((r) => h('tr', {},
        h('td', { class: 'nhsuk-table__cell' }, h('a', { href: `/console/referrals/${r.id}` }, r.shared?.name ?? 'Resident')),
        h('td', { class: 'nhsuk-table__cell' }, r.service_name),
        h('td', { class: 'nhsuk-table__cell' }, dateTime(r.sent_at ?? r.created_at)),
        h('td', { class: 'nhsuk-table__cell' }, statusTag(r.status))))))
      : h('p', {}, status ? `No referrals are ${words(status).toLowerCase()}.` : 'No referrals yet.'));
  } catch (e) {
    list.replaceChildren();
    showProblem(problems, e);
  }
}
