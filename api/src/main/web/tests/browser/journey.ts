import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

/** The CSP the app must live under (the server adds its own; the tests add this one so the app is proved against it). */
export const STRICT_CSP = "default-src 'self'; img-src 'self' data: https://tile.openstreetmap.org; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

/** Offline like CI: no tile server (the map must work without tiles), the strict CSP on every page, and no CSP violations. */
export async function prepare(page: Page): Promise<string[]> {
  const problems: string[] = [];
  await page.route(/tile\.openstreetmap\.org/, (route) => route.abort());
  await page.route('**/*', async (route) => {
    if (route.request().resourceType() !== 'document') return route.fallback();
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': STRICT_CSP } });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy|Refused to/.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  return problems;
}

/** axe-core with the WCAG 2.2 A and AA rules: no violations on this screen. */
export async function expectAccessible(page: Page, screen: string): Promise<void> {
  // judged at rest: a link left under the pointer by the last click shows NHS.UK's hover style (no underline)
  await page.mouse.move(0, 0);
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
    .analyze();
  const found = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
  expect(found, `accessibility violations on ${screen}`).toEqual([]);
}

/** A screenshot of the step, kept for review under api/target/browser-screenshots/<viewport>/. */
export async function snap(page: Page, info: TestInfo, step: string): Promise<void> {
  const dir = process.env.SIGNPOST_SCREENSHOT_DIR ?? 'test-results/screenshots';
  await page.screenshot({ path: `${dir}/${info.project.name}/${info.title.replace(/\W+/g, '-')}/${step}.png`, fullPage: true });
}

export async function searchFor(page: Page, words: string, postcode: string): Promise<void> {
  await page.getByLabel('What are you looking for?').fill(words);
  await page.getByLabel('Postcode').fill(postcode);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.locator('#results .sp-result').first()).toBeVisible();
}
