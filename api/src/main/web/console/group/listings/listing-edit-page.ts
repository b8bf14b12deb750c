import { ApiFailure, type Schemas } from '../../../common/api-client';
import { append, h } from '../../../common/dom';
import { clearFieldErrors, type Fields } from '../../../common/errors';
import { busy, button, select, textArea, textInput, valueOf } from '../../../common/forms';
import type { RouteContext } from '../../routes';
import { staff } from '../../session';
import { backLink, date, done, heading, loadFor, problemOf, showProblem, workingOn } from '../../ui';
import { asInput, EDITABLE, loadService, show, versioned, type Service, type Versioned } from './service';

const FIELDS: Fields = Object.fromEntries([
  ...EDITABLE.map((f) => [f.key, { id: `f-${f.key}`, label: f.label }]),
  ['capacity.available', { id: 'f-capacity-available', label: 'Places free' }],
  ['capacity.maximum', { id: 'f-capacity-maximum', label: 'Places in all' }],
]);

/**
 * /console/listings/{id}: edit a listing. The API's field errors show at the fields; the review policy says what publishes
 * at once and what waits for a coordinator; a change made meanwhile by someone else (412) shows both versions and lets
 * the group apply its own changes again on top of the new one.
 */
export async function render(ctx: RouteContext, note?: string): Promise<void> {
  const id = ctx.params.id!;
  ctx.title('Listing');
  const problems = h('div', {});
  const wait = workingOn('Loading the listing');
  ctx.main.replaceChildren(backLink('/console/listings', 'My listings'), problems, wait);
  const current = await loadFor(ctx, 'Listing', problems, wait, () => loadService(id));
  if (!current) return;
  const s = current.service;
  ctx.title(s.name);
  const pending = (s.pending_changes ?? []).filter((p) => p.state === 'pending');
  const form = h('form', { novalidate: true, id: 'listing-form' },
    ...EDITABLE.map((f) => f.key === 'status'
      ? select({ id: `f-${f.key}`, label: f.label, value: s.status, options: [['active', 'Running'], ['temporarily closed', 'Paused for now'], ['inactive', 'Not running'], ['defunct', 'Stopped for good']] })
      : f.long ? textArea({ id: `f-${f.key}`, label: label(f), value: (s[f.key] as string | undefined) ?? '', rows: 4 })
        : textInput({ id: `f-${f.key}`, label: label(f), value: (s[f.key] as string | undefined) ?? '' })),
    h('fieldset', { class: 'nhsuk-fieldset' }, h('legend', { class: 'nhsuk-fieldset__legend nhsuk-fieldset__legend--s' }, 'Places for referrals (published at once)'),
      textInput({ id: 'f-capacity-available', label: 'Places free now', type: 'number', width: 4, inputmode: 'numeric', value: s.capacity?.available?.toString() ?? '' }),
      textInput({ id: 'f-capacity-maximum', label: 'Places in all', type: 'number', width: 4, inputmode: 'numeric', value: s.capacity?.maximum?.toString() ?? '' })),
    button('Save changes', { id: 'save-listing' }));
  const confirm = button('Confirm it is still current', { type: 'button', secondary: true, id: 'confirm-current' });
  append(ctx.main,
    note ? done(note) : null,
    heading(s.name, s.organisation_name),
    h('p', {}, s.resident_visibility?.visible ? 'Residents can find this listing.' : `Residents cannot find this listing: ${s.resident_visibility?.reason ?? 'it is not verified yet'}.`,
      ` Last confirmed: ${date(s.assured_date) || 'never'}.`),
    h('div', { class: 'sp-actions' }, confirm, h('a', { href: `/console/listings/${s.id}/history`, class: 'nhsuk-link', id: 'history-link' }, 'See the history of changes')),
    policy(s),
    pending.length ? h('div', { class: 'nhsuk-warning-callout', id: 'pending' }, h('h2', { class: 'nhsuk-warning-callout__label' }, 'Waiting for a coordinator'),
      h('ul', {}, ...pending.map((p) => h('li', {}, `${fieldName(p.field)}: proposed ${date(p.proposed_at)}`)))) : null,
    form);

  confirm.addEventListener('click', () => void busy(confirm.parentElement!, async () => {
    try {
      await versioned(staff.POST('/directory/services/{service_id}/confirm', { params: { path: { service_id: id }, header: { 'If-Match': current.etag } } }));
      await render(ctx, 'Thank you: the listing is confirmed as current today.');
    } catch (e) {
      showProblem(problems, e);
    }
  }));

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    clearFieldErrors(form);
    const mine = changesIn(form, s);
    void busy(form, () => save(ctx, current, mine, problems, form));
  });
}

function label(f: (typeof EDITABLE)[number]): string {
  return `${f.label}${f.held ? ' (checked by a coordinator first)' : ''}`;
}

function fieldName(field: string): string {
  return EDITABLE.find((f) => f.key === field || f.key.startsWith(field))?.label ?? field.replace(/[-_]/g, ' ');
}

function policy(s: Service): HTMLElement {
  return h('details', { class: 'nhsuk-details', id: 'review-policy' },
    h('summary', { class: 'nhsuk-details__summary' }, h('span', { class: 'nhsuk-details__summary-text' }, 'What publishes at once, and what waits for a coordinator')),
    h('div', { class: 'nhsuk-details__text' },
      s.verification === 'verified'
        ? h('div', {},
          h('p', {}, 'Changes to when and how it runs show to residents at once: status, the notice, times, cost, contacts, languages, places for referrals.'),
          h('p', {}, 'Changes to what it is and where wait for your social prescribing coordinator to check them: name, description, website, email, who it is for, needs, places where it runs. Until then residents see the listing as it was.'),
          h('p', { class: 'nhsuk-body-s' }, 'This is the usual setting; your area may have changed it. After you save, this page says what was held.'))
        : h('p', {}, 'This listing is not verified yet: your changes are saved at once, and residents see it once a coordinator has verified it.')));
}

function changesIn(form: HTMLFormElement, s: Service): Partial<Schemas['ServiceInput']> {
  const changes: Record<string, unknown> = {};
  for (const f of EDITABLE) {
    const v = valueOf(form, `f-${f.key}`);
    if (v !== ((s[f.key] as string | undefined) ?? '')) changes[f.key] = v || undefined;
  }
  const available = valueOf(form, 'f-capacity-available');
  const maximum = valueOf(form, 'f-capacity-maximum');
  if (available !== (s.capacity?.available?.toString() ?? '') || maximum !== (s.capacity?.maximum?.toString() ?? '')) {
    changes.capacity = { track: available !== '' || maximum !== '', available: available === '' ? undefined : Number(available), maximum: maximum === '' ? undefined : Number(maximum) };
  }
  return changes as Partial<Schemas['ServiceInput']>;
}

async function save(ctx: RouteContext, base: Versioned, mine: Partial<Schemas['ServiceInput']>, problems: HTMLElement, form: HTMLElement): Promise<void> {
  if (!Object.keys(mine).length) {
    problems.replaceChildren(done('Nothing changed: there was nothing to save.'));
    return;
  }
  try {
    const saved = await versioned(staff.PUT('/directory/services/{service_id}', { params: { path: { service_id: base.service.id }, header: { 'If-Match': base.etag } },
      body: asInput(base.service, mine) }));
    const held = (saved.service.pending_changes ?? []).filter((p) => p.state === 'pending').map((p) => fieldName(p.field));
    await render(ctx, held.length ? `Saved. Published now: what you changed apart from ${held.join(', ')}, which waits for a coordinator to check.` : 'Saved and published.');
  } catch (e) {
    if (problemOf(e).status === 412) {
      await conflict(ctx, base, mine, problems, form);
      return;
    }
    showProblem(problems, e, FIELDS);
  }
}

/** Someone else saved first: their version and mine side by side, and a way to apply mine on top of theirs. */
async function conflict(ctx: RouteContext, base: Versioned, mine: Partial<Schemas['ServiceInput']>, problems: HTMLElement, form: HTMLElement): Promise<void> {
  let theirs: Versioned;
  try {
    theirs = await loadService(base.service.id);
  } catch (e) {
    showProblem(problems, e);
    return;
  }
  const rows = Object.keys(mine).map((key) => h('tr', {},
    h('th', { scope: 'row', class: 'nhsuk-table__header' }, fieldName(key)),
    h('td', { class: 'nhsuk-table__cell' }, show((theirs.service as Record<string, unknown>)[key])),
    h('td', { class: 'nhsuk-table__cell' }, show((mine as Record<string, unknown>)[key]))));
  const derived = ['version', 'updated_at', 'pending_changes', 'resident_visibility', 'review_due', 'stale'];
  const changedByThem = Object.keys(theirs.service).filter((k) => !derived.includes(k)
    && JSON.stringify((theirs.service as Record<string, unknown>)[k]) !== JSON.stringify((base.service as Record<string, unknown>)[k]));
  const reapply = button('Apply my changes to their version', { type: 'button', id: 'reapply' });
  const discard = button('Keep their version', { type: 'button', secondary: true, id: 'keep-theirs' });
  const box = h('div', { class: 'nhsuk-error-summary', role: 'alert', tabindex: -1, 'aria-labelledby': 'conflict-title', id: 'conflict' },
    h('h2', { class: 'nhsuk-error-summary__title', id: 'conflict-title' }, 'Someone else changed this listing'),
    h('div', { class: 'nhsuk-error-summary__body' },
      h('p', {}, `While you were editing, ${theirs.service.version > base.service.version ? 'a newer version was saved' : 'the listing changed'}${changedByThem.length ? ` (they changed: ${changedByThem.map(fieldName).join(', ')})` : ''}. Nothing of yours was saved yet.`),
      h('table', { class: 'nhsuk-table' }, h('caption', { class: 'nhsuk-table__caption' }, 'Your changes and the listing as it is now'),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'nhsuk-table__header' }, 'Field'), h('th', { scope: 'col', class: 'nhsuk-table__header' }, 'Now (their version)'),
          h('th', { scope: 'col', class: 'nhsuk-table__header' }, 'Yours'))),
        h('tbody', {}, ...rows)),
      h('div', { class: 'sp-actions' }, reapply, discard)));
  problems.replaceChildren(box);
  box.focus();
  reapply.addEventListener('click', () => void busy(box, () => save(ctx, theirs, mine, problems, form)));
  discard.addEventListener('click', () => void render(ctx, 'Showing their version. Your changes were not saved.'));
}

export function isConflict(e: unknown): boolean { return e instanceof ApiFailure && e.problem.status === 412; }
