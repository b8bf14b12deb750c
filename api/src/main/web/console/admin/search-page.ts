import { call, type Schemas } from '../../common/api-client';
import { h } from '../../common/dom';
import type { RouteContext } from '../routes';
import { staff } from '../session';
import { button, heading, progressBar, showFailure, table } from '../oversight/ui';

/**
 * The search index: rebuild it from the database (search keeps answering from the old index until the new one is
 * swapped in) with its progress, and check it against the database, repairing differences if asked.
 */
export async function render(ctx: RouteContext): Promise<void> {
  ctx.title('Search index');
  heading(ctx.main, 'Search index', 'Residents and link workers search a copy of the directory. Rebuild it after a release that changes it, or check it matches the database.');
  const rebuild = h('section', { 'aria-labelledby': 'rebuild-heading' }, h('h2', { id: 'rebuild-heading' }, 'Rebuild'),
    h('p', {}, 'Fills a new index from the database, then swaps it in at once. Edits made meanwhile land after the swap.'));
  const problems = h('div', {});
  const bar = progressBar('rebuild-progress', 'Rebuild progress');
  const start = button('Rebuild the search index');
  rebuild.append(problems, start, bar.root);
  const check = h('section', { 'aria-labelledby': 'check-heading' }, h('h2', { id: 'check-heading' }, 'Check against the database'));
  const checkOut = h('div', { id: 'consistency' });
  const checkOnly = button('Check', {}, true);
  const repair = button('Check and repair', {}, true);
  check.append(h('div', { class: 'nhsuk-button-group' }, checkOnly, repair), checkOut);
  ctx.main.append(rebuild, check);

  let total = 0;
  const show = (p: Schemas['RebuildProgress']) => {
    const rate = p.documents_per_second ? `, ${p.documents_per_second} a second` : '';
    if (p.state === 'running') {
      bar.set(total ? Math.min(p.services, total) : null, Math.max(total, 1),
        `Rebuilding: ${p.services} of about ${total || '?'} listings${rate}, ${(p.elapsed_millis / 1000).toFixed(0)} seconds so far.`);
    } else if (p.state === 'done') {
      bar.set(1, 1, `Rebuilt: ${p.services} listings, ${p.documents} search documents in ${(p.elapsed_millis / 1000).toFixed(1)} seconds. Search now uses ${p.target_index ?? 'the new index'}.`);
    } else if (p.state === 'failed') {
      bar.set(0, 1, `The rebuild failed: ${p.error ?? 'no reason given'}. Search still uses the old index. Try again; if it fails again, check Elasticsearch is healthy.`);
    } else {
      bar.set(0, 1, 'No rebuild has run since the service started.');
    }
    start.disabled = p.state === 'running';
  };
  // the rebuild we started, known by its new index once it has one: until then an earlier rebuild's answer is not ours
  let waitingFor: { previousIndex?: string } | null = null;
  const poll = async () => {
    try {
      const p = await call(staff.GET('/admin/search/rebuild'));
      const ours = !waitingFor || (p.state !== 'idle' && p.target_index !== waitingFor.previousIndex);
      if (ours) {
        show(p);
        if (p.state !== 'running') waitingFor = null;
      } else {
        bar.set(null, 1, 'Starting the rebuild…');
      }
      if (p.state === 'running' || waitingFor) setTimeout(() => void poll(), 1000);
    } catch (e) {
      showFailure(problems, e);
    }
  };
  start.addEventListener('click', async () => {
    start.disabled = true;
    problems.replaceChildren();
    try {
      const [count, before] = await Promise.all([
        call(staff.GET('/directory/services', { params: { query: { per_page: 1 } } })),
        call(staff.GET('/admin/search/rebuild')),
      ]);
      total = count.total_items;
      const started = await call(staff.POST('/admin/search/rebuild'));
      waitingFor = { previousIndex: before.target_index };
      bar.set(null, 1, 'Starting the rebuild…');
      if (started.state === 'running' && started.target_index !== before.target_index) show(started);
      void poll();
    } catch (e) {
      start.disabled = false;
      showFailure(problems, e);
    }
  });
  const runCheck = async (fix: boolean) => {
    checkOnly.disabled = true;
    repair.disabled = true;
    checkOut.replaceChildren(h('p', { class: 'sp-loading', role: 'status' }, h('span', { class: 'sp-spinner', 'aria-hidden': 'true' }),
      fix ? 'Checking every listing and repairing differences…' : 'Checking every listing…'));
    try {
      const r = await call(staff.POST('/admin/search/consistency', { params: { query: { repair: fix } } }));
      checkOut.replaceChildren(
        h('p', { role: 'status' }, r.total_differences === 0
          ? `The index matches the database: ${r.services} listings, ${r.documents} documents.`
          : `${r.total_differences} differences between ${r.services} listings and ${r.documents} documents.${fix ? ` Repaired ${r.repaired_services} listings.` : ' Use “Check and repair” to fix them.'}`),
        Object.keys(r.differences).length ? table('Differences by kind', ['Kind', 'Documents'], Object.entries(r.differences).map(([k, v]) => [k, String(v)]), [1]) : null as never,
        r.samples.length ? h('details', { class: 'nhsuk-details' }, h('summary', { class: 'nhsuk-details__summary' },
          h('span', { class: 'nhsuk-details__summary-text' }, 'Examples')), h('div', { class: 'nhsuk-details__text' },
          h('ul', {}, ...r.samples.map((s) => h('li', {}, s))))) : null as never);
    } catch (e) {
      showFailure(checkOut, e);
    } finally {
      checkOnly.disabled = false;
      repair.disabled = false;
    }
  };
  checkOnly.addEventListener('click', () => void runCheck(false));
  repair.addEventListener('click', () => void runCheck(true));
  await poll();
}
