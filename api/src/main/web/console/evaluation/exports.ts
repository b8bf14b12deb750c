import { asProblem, ApiFailure, networkProblem } from '../../common/api-client';
import { h } from '../../common/dom';
import { hasRole, staff } from '../session';
import { button, progressBar, showFailure } from '../oversight/ui';
import { countRows, progressText, readWithProgress } from '../oversight/download';
import type { Filters } from './evaluation-page';

type Kind = 'change-summaries' | 'outcomes';

/**
 * Downloads of the figures (change summaries: every role that sees the dashboard) and of person-level pseudonymised
 * outcome rows (evaluators and admins only), as CSV or JSON lines. The export is streamed: the bar shows bytes as they
 * arrive, then the file is saved.
 */
export function exportsSection(filters: () => Filters): HTMLElement {
  const section = h('section', { 'aria-labelledby': 'exports-heading', id: 'exports' },
    h('h2', { id: 'exports-heading' }, 'Download'),
    h('p', {}, 'With the measure, period and scheme chosen above. Files are pseudonymised and small numbers are withheld.'));
  const bar = progressBar('export-progress', 'Download progress');
  bar.root.hidden = true;
  const problems = h('div', {});
  const kinds: [Kind, string][] = [['change-summaries', 'Summary figures']];
  if (hasRole('EVALUATOR', 'ADMIN')) kinds.push(['outcomes', 'Person-level outcome rows']);
  const buttons = h('div', { class: 'nhsuk-button-group' });
  for (const [kind, label] of kinds) {
    for (const format of ['csv', 'ndjson'] as const) {
      const b = button(`${label} (${format === 'csv' ? 'CSV' : 'JSON lines'})`, { 'data-export': `${kind}-${format}` }, true);
      b.addEventListener('click', () => void download(kind, format, filters(), bar, problems, buttons));
      buttons.append(b);
    }
  }
  section.append(problems, buttons, bar.root);
  return section;
}

async function download(kind: Kind, format: 'csv' | 'ndjson', f: Filters, bar: ReturnType<typeof progressBar>, problems: HTMLElement,
  buttons: HTMLElement): Promise<void> {
  problems.replaceChildren();
  buttons.querySelectorAll('button').forEach((b) => { b.disabled = true; });
  bar.root.hidden = false;
  bar.set(null, 100, 'Asking for the export…');
  const query: Record<string, string> = { format };
  if (f.measure) query.measure_id = f.measure;
  if (kind === 'change-summaries') query.group_by = f.groupBy;
  if (f.from) query.from = f.from;
  if (f.to) query.to = f.to;
  if (f.scheme) query.scheme_id = f.scheme;
  try {
    let answer: { error?: unknown; response: Response };
    try {
      const path = kind === 'outcomes' ? '/evaluation/exports/outcomes' : '/evaluation/exports/change-summaries';
      answer = await staff.GET(path, { params: { query: query as never }, parseAs: 'stream' });
    } catch {
      throw new ApiFailure(networkProblem());
    }
    const response = answer.response;
    // on an error openapi-fetch has read the problem+json already
    if (!response.ok) throw new ApiFailure(asProblem(answer.error, response.status));
    const blob = await readWithProgress(response, (p) => {
      bar.set(p.total ? p.loaded : null, p.total ?? 100, `Downloading: ${progressText(p)}`);
    });
    const rows = await countRows(blob, format);
    const name = `signpost-${kind}-${f.measure || 'all'}-${new Date().toISOString().slice(0, 10)}.${format === 'csv' ? 'csv' : 'ndjson'}`;
    const url = URL.createObjectURL(blob);
    const a = h('a', { href: url, download: name, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    bar.set(1, 1, `Downloaded ${name}: ${rows} rows, ${progressText({ loaded: blob.size })}.`.replace(' so far', ''));
  } catch (e) {
    bar.root.hidden = true;
    showFailure(problems, e, {
      from: { id: 'from', label: 'From' }, to: { id: 'to', label: 'To' }, measure_id: { id: 'measure', label: 'Measure' },
    });
  } finally {
    buttons.querySelectorAll('button').forEach((b) => { b.disabled = false; });
  }
}
