import { expect, test } from '@playwright/test';
import { expectAccessible, prepare, snap } from './journey';

const PASSWORD = process.env.SIGNPOST_DEMO_PASSWORD ?? '';
const GROUP = 'group-editor@demo.signpost';

test('a group saving over someone else\'s change sees both versions and applies its own again', async ({ page, request }, info) => {
  test.setTimeout(200_000);
  expect(PASSWORD).not.toBe('');
  const problems = await prepare(page);
  const login = await request.post('/login', { data: { username: GROUP, password: PASSWORD } });
  const auth = { Authorization: `Bearer ${(await login.json()).access_token as string}` };
  const mine = (await (await request.get('/directory/services?per_page=50', { headers: auth })).json()).items as { id: string; name: string; deleted: boolean }[];
  const listing = mine.find((s) => !s.deleted)!;

  await page.goto(`/console/listings/${listing.id}`);
  await page.getByLabel('Email address').fill(GROUP);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(listing.name);

  // meanwhile someone else at the group confirms the listing: a new version
  const current = await request.get(`/directory/services/${listing.id}`, { headers: auth });
  const confirmed = await request.post(`/directory/services/${listing.id}/confirm`, { headers: { ...auth, 'If-Match': current.headers()['etag']! } });
  expect(confirmed.ok()).toBeTruthy();

  const notice = `Back after the summer break (${Date.now()})`;
  await page.getByLabel('Notice to residents').fill(notice);
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.locator('#conflict')).toContainText('Someone else changed this listing');
  await expect(page.locator('#conflict')).toContainText(notice);
  await expectAccessible(page, 'conflict');
  await snap(page, info, '1-conflict');
  await page.getByRole('button', { name: 'Apply my changes to their version' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved and published' })).toBeVisible();
  await expect(page.getByLabel('Notice to residents')).toHaveValue(notice);
  await snap(page, info, '2-reapplied');
  await request.post('/logout', { headers: auth });
  expect(problems).toEqual([]);
});
