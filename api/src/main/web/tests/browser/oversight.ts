import { expect, type Page } from '@playwright/test';

/** Who the oversight journeys act as: made by OversightJourneysInChromiumTest and handed over in the environment. */
export function env(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the journeys through their JUnit runners (PlaywrightJourneys)`);
  return value;
}

/** Opens a console address (an email's link, say), signs in there, and waits for the screen's heading. */
export async function signInAt(page: Page, path: string, username: string, heading: string | RegExp): Promise<void> {
  await page.goto(path);
  await page.getByLabel('Email address').fill(username);
  await page.getByLabel('Password').fill(env('SIGNPOST_TEST_PASSWORD'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** Follows a link in the role's navigation (the shell shows the screen without reloading). */
export async function openFromNav(page: Page, label: string, heading: string | RegExp): Promise<void> {
  await page.getByRole('link', { name: label, exact: true }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** The latest email to that address, from the tests' mail server (PlaywrightJourneys hands its address over in SIGNPOST_MAIL_URL). */
export async function latestMail(address: string): Promise<string> {
  const url = `${env('SIGNPOST_MAIL_URL')}?to=${encodeURIComponent(address)}`;
  let text = '';
  await expect.poll(async () => {
    const answer = await fetch(url);
    text = answer.ok ? await answer.text() : '';
    return text;
  }, { timeout: 30_000, message: `an email to ${address}` }).not.toBe('');
  return text;
}
