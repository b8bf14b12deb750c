import { expect, test } from '@playwright/test';
import { expectAccessible, prepare, snap } from './journey';
import { env, openFromNav, signInAt } from './oversight';

test('a coordinator approves a group’s held listing change from the email link', async ({ page }, info) => {
  test.setTimeout(300000);
  const problems = await prepare(page);
  const held = env(`SIGNPOST_HELD_SERVICE_${info.project.name.replace(/^oversight-/, "").toUpperCase()}`);
  await signInAt(page, `/console/approvals?service_id=${held}`, env('SIGNPOST_COORDINATOR'), 'Approvals');

  const card = page.locator(`[data-change]`).filter({ hasText: 'Name' }).first();
  await expect(card).toBeVisible();
  const diff = card.getByRole('table');
  await expect(diff.getByRole('rowheader', { name: 'Name' })).toBeVisible();
  const before = (await diff.locator('del').textContent()) ?? '';
  await expect(diff.locator('ins')).toHaveText(`${before} (renamed)`);
  await expect(page.getByRole('heading', { name: 'New listings to verify' })).toBeVisible();
  await expectAccessible(page, 'approvals with a held change');
  await snap(page, info, '01-approvals-held-change');

  await card.getByLabel('Note to the group (optional)').fill('Checked with the group by phone.');
  // by keyboard: the decision buttons are real buttons
  await card.getByRole('button', { name: 'Approve' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `Approved: ${before}, Name.` })).toBeVisible();
  await expect(page.getByText('No listing changes are waiting.')).toBeVisible();
  await expectAccessible(page, 'approvals after the decision');
  await snap(page, info, '02-approved');

  await openFromNav(page, 'Due for review', 'Listings due for review');
  await expect(page.locator('#review-due').getByText(/due for review|No listings are due/).first()).toBeVisible();
  await expectAccessible(page, 'listings due for review');
  await snap(page, info, '03-review-due');

  await openFromNav(page, 'Schemes', 'Schemes');
  await expect(page.getByRole('cell', { name: env('SIGNPOST_COORDINATOR') }).or(page.getByRole('rowheader', { name: env('SIGNPOST_COORDINATOR') }))).toBeVisible();
  // a coordinator sees members but is not offered what only an admin may do
  await expect(page.getByRole('button', { name: /Remove|Add member|Create scheme/ })).toHaveCount(0);
  await expectAccessible(page, 'schemes (coordinator)');
  await snap(page, info, '04-schemes');
  await expect(page.getByRole('link', { name: 'Users', exact: true })).toHaveCount(0);
  expect(problems).toEqual([]);
});
