import { expect, test } from '@playwright/test';
import { expectAccessible, prepare, snap } from './journey';
import { env, openFromNav, signInAt } from './oversight';

test('an admin imports a council ORUK feed, sees its progress and every rejection, and looks after users, search and the audit log', async ({ page }, info) => {
  test.setTimeout(600000);
  const problems = await prepare(page);
  const admin = env('SIGNPOST_ADMIN');
  await signInAt(page, '/console/admin/imports', admin, 'Import an Open Referral UK feed');
  await expectAccessible(page, 'import form');

  // what a mistake looks like: a bad source name, named and linked to its field
  await page.getByLabel('Source name').fill('Bristol Council');
  await page.getByRole('button', { name: 'Import feed' }).click();
  await expect(page.getByRole('alert')).toContainText('There is a problem');
  await expect(page.getByRole('link', { name: /Source name must start with a letter/ })).toBeVisible();
  await expect(page.getByRole('link', { name: /Feed file must be chosen/ })).toBeVisible();
  await expectAccessible(page, 'import form with errors');

  const source = `test-council-${info.project.name}-${Date.now()}`;
  await page.getByLabel('Source name').fill(source);
  await page.getByLabel('Feed file').setInputFiles(env('SIGNPOST_ORUK_FEED'));
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    const words = document.getElementById('import-progress-words')!;
    new MutationObserver(() => seen.push(words.textContent ?? '')).observe(words, { childList: true, characterData: true, subtree: true });
  });
  await page.getByRole('button', { name: 'Import feed' }).click();
  await expect(page.getByRole('heading', { name: `Imported from ${source}` })).toBeVisible({ timeout: 120_000 });
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  expect(seen.some((s) => /^Uploading: .+ of .+ \(\d+%\)$/.test(s)), seen.join(' | ')).toBe(true);
  expect(seen).toContain('Uploaded. Checking and writing the records…');
  await expect(page.locator('#import-progress-words')).toHaveText('Import finished: 819 records read.');

  const report = page.locator('#import-report');
  await expect(report.getByRole('heading', { name: '2 records rejected' })).toBeVisible();
  const rejections = report.getByRole('table', { name: 'Rejected records and why' });
  await expect(rejections.getByRole('row')).toHaveCount(3);
  await expect(rejections).toContainText(/name/);
  await expect(rejections).toContainText(/repeat|duplicate|twice|more than once/i);
  await expectAccessible(page, 'import report');
  await snap(page, info, '01-import-report');

  await openFromNav(page, 'Users', 'Users');
  await page.getByLabel('Username contains').fill(admin.slice(0, 20));
  await page.getByRole('button', { name: 'Find users' }).click();
  const me = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: admin }) });
  await expect(me).toContainText('Administrator');
  // an admin is not offered disabling themselves
  await expect(me.getByRole('button', { name: `Disable: ${admin}` })).toHaveCount(0);
  await expectAccessible(page, 'users');
  await snap(page, info, '02-users');

  await openFromNav(page, 'Search index', 'Search index');
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  await expect(page.locator('#consistency').getByRole('status')).toHaveText(/listings|differences/, { timeout: 120_000 });
  if (info.project.name.endsWith('desktop')) {
    await page.getByRole('button', { name: 'Rebuild the search index' }).click();
    await expect(page.locator('#rebuild-progress-words')).toHaveText(/^Rebuilt: \d+ listings/, { timeout: 180_000 });
  }
  await expectAccessible(page, 'search index');
  await snap(page, info, '03-search-index');

  await openFromNav(page, 'Audit log', 'Audit log');
  await expect(page.locator('#audit').getByRole('table')).toBeVisible();
  await expectAccessible(page, 'audit log');
  await snap(page, info, '04-audit-log');
  expect(problems).toEqual([]);
});
