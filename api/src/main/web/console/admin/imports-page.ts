import type { Schemas } from '../../common/api-client';
import { h } from '../../common/dom';
import { clearFieldErrors, errorSummary } from '../../common/errors';
import type { RouteContext } from '../routes';
import { heading, progressBar, showFailure, table } from '../oversight/ui';
import { progressText } from '../oversight/download';
import { uploadWithProgress } from '../oversight/upload';
import { parseImportLine, sourceFault } from './import-report';

const FIELDS = { source: { id: 'import-source', label: 'Source name' }, file: { id: 'import-file', label: 'Feed file' } };

/**
 * Import an Open Referral UK /services feed (a council's, say): the upload shows its progress, then the report shows
 * what was added, updated and left alone, and every rejected record with its reason.
 */
export function render(ctx: RouteContext): void {
  ctx.title('Import an ORUK feed');
  heading(ctx.main, 'Import an Open Referral UK feed',
    'Add or update listings from another directory’s ORUK /services document. Every record is checked first; records with faults are left out and listed with the reason.');
  const problems = h('div', {});
  const bar = progressBar('import-progress', 'Import progress');
  bar.root.hidden = true;
  const report = h('div', { id: 'import-report' });
  const form = h('form', { novalidate: true },
    problems,
    h('div', { class: 'nhsuk-form-group' }, h('label', { class: 'nhsuk-label', for: FIELDS.source.id }, 'Source name'),
      h('div', { class: 'nhsuk-hint', id: 'import-source-hint' }, 'A short name for where the feed comes from: lower case letters, digits and hyphens, for example bristol. Importing the same source again updates its listings.'),
      h('input', { class: 'nhsuk-input nhsuk-input--width-20', id: FIELDS.source.id, name: 'source', type: 'text', spellcheck: 'false', 'aria-describedby': 'import-source-hint' })),
    h('div', { class: 'nhsuk-form-group' }, h('label', { class: 'nhsuk-label', for: FIELDS.file.id }, 'Feed file'),
      h('div', { class: 'nhsuk-hint', id: 'import-file-hint' }, 'The JSON document (up to 20 MB).'),
      h('input', { class: 'nhsuk-file-upload', id: FIELDS.file.id, name: 'file', type: 'file', accept: '.json,application/json', 'aria-describedby': 'import-file-hint' })),
    h('div', { class: 'nhsuk-form-group' }, h('div', { class: 'nhsuk-checkboxes' }, h('div', { class: 'nhsuk-checkboxes__item' },
      h('input', { class: 'nhsuk-checkboxes__input', id: 'import-verified', name: 'verified', type: 'checkbox' }),
      h('label', { class: 'nhsuk-label nhsuk-checkboxes__label', for: 'import-verified' }, 'Publish new listings as verified (otherwise they are drafts for a coordinator to verify)')))),
    h('button', { type: 'submit', class: 'nhsuk-button' }, 'Import feed'));
  ctx.main.append(form, bar.root, report);
  form.addEventListener('submit', async (ev) => {
    ev.preventDefault();
    clearFieldErrors(form);
    report.replaceChildren();
    const source = form.querySelector<HTMLInputElement>('#import-source')!.value.trim();
    const file = form.querySelector<HTMLInputElement>('#import-file')!.files?.[0];
    const verified = form.querySelector<HTMLInputElement>('#import-verified')!.checked;
    const faults = [
      ...(sourceFault(source) ? [{ field: 'source', detail: sourceFault(source)!.replace(/^Source name /, '') }] : []),
      ...(file ? [] : [{ field: 'file', detail: 'must be chosen: select the feed’s JSON file' }]),
    ];
    if (faults.length) {
      const summary = errorSummary({ title: 'There is a problem', status: 400, errors: faults } as never, FIELDS);
      problems.replaceChildren(summary);
      summary.focus();
      return;
    }
    problems.replaceChildren();
    const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]')!;
    submit.disabled = true;
    bar.root.hidden = false;
    bar.set(0, file!.size, `Uploading: ${progressText({ loaded: 0, total: file!.size })}`);
    const body = new FormData();
    body.append('file', file!, file!.name);
    try {
      const summary = await uploadWithProgress<Schemas['ImportSummary']>(
        `/admin/directory/imports?source=${encodeURIComponent(source)}&verified=${verified}`, body,
        (p) => bar.set(p.loaded, p.total ?? file!.size, `Uploading: ${progressText({ loaded: p.loaded, total: p.total ?? file!.size })}`),
        () => bar.set(null, 1, 'Uploaded. Checking and writing the records…'));
      bar.set(1, 1, `Import finished: ${summary.records} records read.`);
      showReport(report, summary);
    } catch (e) {
      bar.root.hidden = true;
      showFailure(problems, e, FIELDS);
    } finally {
      submit.disabled = false;
    }
  });
}

function showReport(where: HTMLElement, s: Schemas['ImportSummary']): void {
  where.append(h('h2', { tabindex: -1, id: 'import-report-heading' }, `Imported from ${s.source}`),
    h('dl', { class: 'nhsuk-summary-list' }, ...([
      ['Records in the feed', s.records], ['Added', s.inserted], ['Updated', s.updated], ['Unchanged', s.unchanged],
      ['Rejected', s.rejected], ['Took', `${(s.elapsed_millis / 1000).toFixed(1)} seconds`],
    ] as [string, string | number][]).map(([k, v]) => h('div', { class: 'nhsuk-summary-list__row' },
      h('dt', { class: 'nhsuk-summary-list__key' }, k), h('dd', { class: 'nhsuk-summary-list__value' }, String(v))))));
  if (s.rejections.length) {
    where.append(h('h3', {}, `${s.rejections.length} records rejected`),
      h('p', {}, 'These were not imported. Ask the feed’s publisher to fix them, then import the feed again: the rest will be unchanged.'),
      table('Rejected records and why', ['Record', 'Field', 'Reason'], s.rejections.map(parseImportLine).map((l) => [l.record || '(document)', l.field, l.reason])));
  } else {
    where.append(h('p', {}, 'No records were rejected.'));
  }
  if (s.warnings.length) {
    where.append(h('details', { class: 'nhsuk-details' },
      h('summary', { class: 'nhsuk-details__summary' }, h('span', { class: 'nhsuk-details__summary-text' }, `${s.warnings.length} fields repaired or dropped`)),
      h('div', { class: 'nhsuk-details__text' }, table('Repaired or dropped fields', ['Record', 'Field', 'What was done'],
        s.warnings.map(parseImportLine).map((l) => [l.record || '(document)', l.field, l.reason])))));
  }
  where.querySelector<HTMLElement>('#import-report-heading')?.focus();
}
