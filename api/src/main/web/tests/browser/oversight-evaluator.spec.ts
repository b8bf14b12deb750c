import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { expectAccessible, prepare, snap } from './journey';
import { env, openFromNav, signInAt } from './oversight';

test('an evaluator sees a change summary with suppressed groups marked and downloads exports', async ({ page }, info) => {
  test.setTimeout(300000);
  const problems = await prepare(page);
  const scheme = env('SIGNPOST_EVAL_SCHEME_ID');
  await signInAt(page, `/console/outcomes?measure_id=ucla3&group_by=practice&scheme_id=${scheme}`, env('SIGNPOST_EVALUATOR'), 'Change from baseline');

  const summary = page.locator('#summary');
  const table = summary.getByRole('table').first();
  await expect(table).toBeVisible();
  const shown = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'C89101' }) });
  await expect(shown.getByRole('cell').first()).toHaveText(/^\d+$/);
  await expect(shown.getByRole('cell').nth(2)).toHaveText(/ to /);
  for (const practice of ['C89102', 'C89103']) {
    const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: practice }) });
    await expect(row.getByRole('cell')).toHaveText(['suppressed', 'suppressed', 'suppressed', 'suppressed']);
  }
  // the chart marks them as suppressed too, and draws no point for them
  const chart = summary.locator('svg.sp-change-chart').first();
  await expect(chart.locator('text.sp-suppressed')).toHaveCount(2);
  await expect(chart.locator('circle.sp-mean')).toHaveCount(2);
  await expectAccessible(page, 'change summary');
  await snap(page, info, '01-change-summary');

  for (const [button, format] of [['Summary figures (CSV)', 'csv'], ['Person-level outcome rows (JSON lines)', 'ndjson']] as const) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: button }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
    await expect(page.locator('#export-progress-words')).toHaveText(/^Downloaded .*: \d+ rows, .+\.$/);
    await expect(page.locator('#export-progress')).toHaveAttribute('value', '1');
    const text = await readFile((await file.path())!, 'utf8');
    if (format === 'csv') expect(text).toContain('score_key,group,suppressed,n,mean_change,ci_lower,ci_upper,percent_improved');
    else expect(text.split('\n')[0]).toContain('"metadata"');
  }
  await expectAccessible(page, 'change summary after downloads');
  await snap(page, info, '02-downloaded');

  await openFromNav(page, 'MECC report', 'Making Every Contact Count');
  await expect(page.locator('#mecc-report').getByRole('heading', { name: /Conversations by topic/ })).toBeVisible();
  await expectAccessible(page, 'MECC report');
  await snap(page, info, '03-mecc-report');
  await expect(page.getByRole('link', { name: 'Approvals', exact: true })).toHaveCount(0);
  expect(problems).toEqual([]);
});
