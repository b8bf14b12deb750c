import { call } from '../../../common/api-client';
import { append, h } from '../../../common/dom';
import type { RouteContext } from '../../routes';
import { staff } from '../../session';
import { backLink, dateTime, done, heading, showProblem, words, workingOn } from '../../ui';
import { loadService, show, versioned, type Service } from './service';

const COMPARED: [keyof Service, string][] = [
  ['name', 'Name'], ['description', 'Description'], ['url', 'Website'], ['email', 'Email'], ['status', 'Status'], ['alert', 'Notice'],
  ['fees_description', 'Cost'], ['eligibility_description', 'Who it is for'], ['capacity', 'Places'], ['locations', 'Places where it runs'],
  ['schedules', 'Times'], ['contacts', 'Contacts'], ['cost_options', 'Prices'], ['languages', 'Languages'], ['taxonomy_terms', 'Needs'],
  ['delivery_modes', 'How it is delivered'], ['referral_route', 'How people join'],
];

/** /console/listings/{id}/history: every version, field by field what changed, and restoring an earlier one. */
export async function render(ctx: RouteContext, note?: string): Promise<void> {
  const id = ctx.params.id!;
  ctx.title('History');
  const problems = h('div', {});
  const wait = workingOn('Loading the history');
  ctx.main.replaceChildren(backLink(`/console/listings/${id}`, 'Back to the listing'), problems, wait);
  try {
    const [page, current] = await Promise.all([
      call(staff.GET('/directory/services/{service_id}/history', { params: { path: { service_id: id }, query: { per_page: 50 } } })),
      loadService(id),
    ]);
    wait.remove();
    ctx.title(`History of ${current.service.name}`);
    append(ctx.main, note ? done(note) : null, heading(current.service.name, 'History of changes'),
      h('ol', { class: 'nhsuk-list', id: 'history' }, ...(page.items ?? []).map((entry) => {
        const diff = COMPARED.filter(([k]) => JSON.stringify(entry.before?.[k] ?? null) !== JSON.stringify(entry.after?.[k] ?? null));
        const restore = entry.after && entry.version !== current.service.version
          ? h('button', { class: 'nhsuk-button nhsuk-button--secondary nhsuk-button--small', type: 'button', 'data-version': entry.version }, `Restore version ${entry.version}`)
          : null;
        restore?.addEventListener('click', () => void busy(restore, async () => {
          try {
            const fresh = await loadService(id);
            await versioned(staff.POST('/directory/services/{service_id}/restore', { params: { path: { service_id: id }, header: { 'If-Match': fresh.etag } }, body: { version: entry.version } }));
            await render(ctx, `Version ${entry.version} restored as a new version. A coordinator checks any held fields first.`);
          } catch (e) {
            showProblem(problems, e);
          }
        }));
        return h('li', { class: 'sp-note' },
          h('h2', { class: 'nhsuk-heading-s sp-no-margin' }, `Version ${entry.version}: ${words(entry.kind)}`),
          h('p', { class: 'nhsuk-body-s' }, `${dateTime(entry.changed_at)}${entry.changed_by_username ? ` by ${entry.changed_by_username}` : ''}${entry.restored_from ? `, restoring version ${entry.restored_from}` : ''}`),
          diff.length ? h('table', { class: 'nhsuk-table' }, h('caption', { class: 'nhsuk-table__caption nhsuk-u-visually-hidden' }, `What changed in version ${entry.version}`),
            h('thead', {}, h('tr', {}, ...['Field', 'Before', 'After'].map((t) => h('th', { scope: 'col', class: 'nhsuk-table__header' }, t)))),
            h('tbody', {}, ...diff.map(([k, label]) => h('tr', {}, h('th', { scope: 'row', class: 'nhsuk-table__header' }, label),
              h('td', { class: 'nhsuk-table__cell sp-diff-old' }, show(entry.before?.[k])), h('td', { class: 'nhsuk-table__cell sp-diff-new' }, show(entry.after?.[k]))))))
            : h('p', { class: 'nhsuk-body-s' }, 'No change to the content.'),
          restore);
      })));
  } catch (e) {
    wait.remove();
    append(ctx.main, heading('History of changes'));
    showProblem(problems, e);
  }
}

async function busy(button: HTMLButtonElement, work: () => Promise<void>): Promise<void> {
  button.disabled = true;
  button.textContent = 'Restoring…';
  try { await work(); } finally { button.disabled = false; }
}
