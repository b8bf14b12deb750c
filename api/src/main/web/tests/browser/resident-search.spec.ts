import { expect, test } from '@playwright/test';
import { expectAccessible, prepare, searchFor, snap } from './journey';

// The seed directory is Rotherham's; S60 1AE is in the town centre (searched around its district, S60).
const POSTCODE = 'S60 1AE';

test('a resident finds walking groups near a Rotherham postcode, on the list and on the map', async ({ page }, info) => {
  const problems = await prepare(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText("Find what's on near you");
  await expectAccessible(page, 'the empty search');
  await snap(page, info, '1-search');

  await page.getByLabel('What are you looking for?').pressSequentially('walk', { delay: 60 });
  await expect(page.getByRole('option').first()).toBeVisible();
  await snap(page, info, '2-suggestions');
  await page.keyboard.press('Escape');

  await searchFor(page, 'walking', POSTCODE);
  await expect(page).toHaveURL(/[?&]q=walking/);
  await expect(page).toHaveURL(/postcode=S60\+1AE/);
  await expect(page.locator('#results-summary')).toContainText(/\d+ results?/);
  await expect(page.locator('#map')).toHaveAttribute('data-mode', 'places');

  const withPlace = await page.locator('#results .sp-result[data-has-location="true"]').count();
  expect(withPlace).toBeGreaterThan(0);
  await expect(page.locator('#map path.sp-marker')).toHaveCount(withPlace);
  const listed = await page.locator('#results .sp-result[data-has-location="true"]').evaluateAll((items) => items.map((i) => i.getAttribute('data-id')).sort());
  const mapped = await page.locator('#map path.sp-marker').evaluateAll((paths) => paths.map((p) => p.getAttribute('data-id')).sort());
  expect(mapped).toEqual(listed);
  await expectAccessible(page, 'the results');
  await snap(page, info, '3-results');

  await page.reload();
  await expect(page.locator('#results .sp-result').first()).toBeVisible();
  expect(await page.locator('#results .sp-result').count()).toBeGreaterThan(0);
  await expect(page.getByLabel('What are you looking for?')).toHaveValue('walking');

  for (let i = 0; i < 6 && (await page.locator('#map').getAttribute('data-mode')) !== 'clusters'; i++) {
    await page.locator('.leaflet-control-zoom-out').click();
    await page.waitForTimeout(400);
  }
  await expect(page.locator('#map')).toHaveAttribute('data-mode', 'clusters');
  const counts = await page.locator('#map .sp-cluster').allTextContents();
  expect(counts.length).toBeGreaterThan(0);
  expect(counts.length).toBeLessThan(200);
  expect(counts.map(Number).every((n) => n > 0)).toBe(true);
  await expect(page.locator('#map-note')).toContainText('Zoom in to see each place');
  await expectAccessible(page, 'the map zoomed out to clusters');
  await snap(page, info, '4-clusters');

  expect(problems).toEqual([]);
});

test('a resident opens a listing and can share its link', async ({ page }, info) => {
  const problems = await prepare(page);
  await page.goto(`/?q=walking&postcode=${encodeURIComponent(POSTCODE)}`);
  const first = page.locator('#results .sp-result a').first();
  const name = (await first.textContent())!.trim();
  await first.click();

  await expect(page).toHaveURL(/\/listing\/[0-9a-f-]{36}/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  const facts = page.locator('#listing-facts');
  await expect(facts).toContainText('Who runs it');
  await expect(facts).toContainText('How to join');
  await expect(facts).toContainText('Cost');
  await expect(page.locator('#next-session')).not.toHaveText('Checking…');
  await expectAccessible(page, 'a listing');
  await snap(page, info, '1-listing');

  const shared = page.url();
  await page.goto('about:blank');
  await page.goto(shared);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);

  await page.goto('/listing/00000000-0000-4000-8000-000000000000');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/not found/i);
  await expectAccessible(page, 'a listing that does not exist');
  await snap(page, info, '2-missing-listing');
  expect(problems).toEqual([]);
});

test('a resident searches and opens a listing with the keyboard alone', async ({ page }, info) => {
  const problems = await prepare(page);
  await page.goto('/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  let guard = 0;
  while (!(await page.getByLabel('What are you looking for?').evaluate((el) => el === document.activeElement)) && guard++ < 10) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.type('walking');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Postcode')).toBeFocused();
  await page.keyboard.type(POSTCODE);
  await page.keyboard.press('Enter');
  await expect(page.locator('#results .sp-result').first()).toBeVisible();
  await snap(page, info, '1-results-by-keyboard');

  guard = 0;
  while (!(await page.evaluate(() => document.activeElement?.closest('#results') !== null && document.activeElement?.tagName === 'A')) && guard++ < 40) {
    await page.keyboard.press('Tab');
  }
  const focused = await page.evaluate(() => document.activeElement?.textContent ?? '');
  expect(focused.length).toBeGreaterThan(0);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/listing\//);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(focused.trim());
  await snap(page, info, '2-listing-by-keyboard');
  expect(problems).toEqual([]);
});

test('a postcode the service does not know is explained next to the field', async ({ page }, info) => {
  const problems = await prepare(page);
  await page.goto('/');
  await page.getByLabel('What are you looking for?').fill('walking');
  await page.getByLabel('Postcode').fill('ZZ99 9ZZ');
  await page.getByRole('button', { name: 'Search', exact: true }).click();

  const summary = page.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await expect(summary.getByRole('link', { name: /Postcode/ })).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(page.locator('#postcode-error')).toContainText('Postcode');
  await expectAccessible(page, 'the search with an error');
  await snap(page, info, '1-error');

  await summary.getByRole('link', { name: /Postcode/ }).click();
  await expect(page.getByLabel(/Postcode/).first()).toBeFocused();
  expect(problems).toEqual([]);
});

test('a resident loads more results and the map keeps up', async ({ page }, info) => {
  const problems = await prepare(page);
  await page.goto(`/?postcode=${encodeURIComponent(POSTCODE)}&radius=10000`);
  await expect(page.locator('#results .sp-result')).toHaveCount(20);
  await page.getByRole('button', { name: 'Load more results' }).click();
  await expect(page.locator('#results .sp-result')).toHaveCount(40);
  await expect(page.locator('#results .sp-result').nth(20).locator('a')).toBeFocused();
  const withPlace = await page.locator('#results .sp-result[data-has-location="true"]').count();
  await expect(page.locator('#map path.sp-marker')).toHaveCount(withPlace);
  await expectAccessible(page, 'more results');
  await snap(page, info, '1-more');
  expect(problems).toEqual([]);
});

test('a resident narrows the results to a need and only free sessions', async ({ page }, info) => {
  const problems = await prepare(page);
  await page.goto(`/?postcode=${encodeURIComponent(POSTCODE)}`);
  await expect(page.locator('#results .sp-result').first()).toBeVisible();
  await page.getByText('Filters', { exact: true }).click();
  await expect(page.locator('#need option[value="sp-walking-groups"]')).toHaveCount(1);
  await page.getByLabel('Need').selectOption({ value: 'sp-walking-groups' });
  await page.getByLabel('Free only').check();
  await page.getByRole('button', { name: 'Search', exact: true }).click();

  await expect(page).toHaveURL(/need=sp-walking-groups/);
  await expect(page).toHaveURL(/free=true/);
  await expect(page.locator('#results .sp-result').first()).toBeVisible();
  const costs = await page.locator('#results .sp-result').evaluateAll((items) => items.map((i) => i.textContent ?? ''));
  expect(costs.every((c) => c.includes('Free'))).toBe(true);
  await expectAccessible(page, 'the search with filters');
  await snap(page, info, '1-filtered');

  await page.reload();
  await expect(page.getByLabel('Need')).toHaveValue('sp-walking-groups');
  await expect(page.getByLabel('Free only')).toBeChecked();
  expect(problems).toEqual([]);
});
