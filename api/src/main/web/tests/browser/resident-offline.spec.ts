import { expect, test } from '@playwright/test';
import { expectAccessible, snap } from './journey';
import { POSTCODE } from './resident-account';

// The service worker is what is tested here, so it is allowed (the other journeys block it: see playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

test('offline, the app says so and still shows the last search and a listing opened before', async ({ page, context }, info) => {
  await context.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  const search = `/?q=walking&postcode=${encodeURIComponent(POSTCODE)}`;
  await page.goto(search);
  await expect(page.locator('#results .sp-result').first()).toBeVisible();
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  // once the worker controls the page, what the page fetches is kept
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect(page.locator('#results .sp-result').first()).toBeVisible();
  // installable: Chromium's own check (what Lighthouse's "installable manifest" audit asked it): manifest, icons, worker
  const cdp = await context.newCDPSession(page);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  // (Playwright's browser contexts are off the record, which Chromium reports on its own; that is the harness, not the app)
  expect(installabilityErrors.filter((e) => e.errorId !== 'in-incognito')).toEqual([]);
  const names = await page.locator('#results .sp-result h3').allTextContents();
  await page.locator('#results .sp-result a').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(names[0]!.trim());
  await expect(page.locator('#next-session')).not.toHaveText('Checking…');
  const listing = page.url();

  await context.setOffline(true);
  await page.goto(search);
  await expect(page.locator('#connection')).toContainText('You are offline');
  await expect(page.locator('#connection')).toContainText('saved on');
  await expect(page.locator('#results .sp-result h3')).toHaveText(names);
  await expectAccessible(page, 'the last search, offline');
  await snap(page, info, '1-offline-search');

  await page.goto(listing);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(names[0]!.trim());
  await snap(page, info, '2-offline-listing');

  // something never seen before fails politely
  await page.goto('/?q=choir&postcode=S60%201AE');
  await expect(page.getByRole('alert')).toContainText('You are offline');
  await expectAccessible(page, 'a search not saved, offline');
  await snap(page, info, '3-offline-not-saved');

  await context.setOffline(false);
  await page.goto(search);
  await expect(page.locator('#results .sp-result').first()).toBeVisible();
  await expect(page.locator('#connection')).toBeEmpty();
});
