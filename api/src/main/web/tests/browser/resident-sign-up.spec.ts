import { expect, test } from '@playwright/test';
import { expectAccessible, prepare, snap } from './journey';
import { latestMail } from './oversight';
import { tabTo } from './resident-account';

test('a resident creates an account with the keyboard, confirms the email address and signs in', async ({ page }, info) => {
  const problems = await prepare(page);
  const email = `resident-${info.project.name}-${Date.now()}@example.org`;
  const password = 'grey kettle garden step';

  await page.goto('/sign-in');
  await tabTo(page, page.getByRole('link', { name: 'Create an account' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Create an account');
  await expectAccessible(page, 'create an account');
  await snap(page, info, '1-sign-up');

  await tabTo(page, page.getByLabel('Email address'));
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type('too short');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText('at least 12 characters');
  await expectAccessible(page, 'create an account with an error');
  await snap(page, info, '2-sign-up-error');
  await tabTo(page, page.getByLabel('Create a password'));
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your email');
  await expect(page.locator('#sent-to')).toContainText(email);
  await expectAccessible(page, 'check your email');
  await snap(page, info, '3-check-your-email');

  const mail = await latestMail(email);
  const link = /https?:\/\/\S*\/account\/verify\?token=([\w\-.~%]+)/.exec(mail);
  expect(link, `a verification link in:\n${mail}`).not.toBeNull();
  await page.goto(`/account/verify?token=${link![1]}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Email address confirmed');
  await expect(page).toHaveURL(/\/account\/verify$/);
  await expectAccessible(page, 'email address confirmed');
  await snap(page, info, '4-confirmed');

  // the link works once
  await page.goto(`/account/verify?token=${link![1]}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This link does not work');
  await expectAccessible(page, 'a used link');

  await page.goto('/sign-in?next=/account');
  await tabTo(page, page.getByLabel('Email address'));
  await page.keyboard.type(email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account');
  await expect(page.locator('#referrals')).toContainText('You have not been referred yet');
  await snap(page, info, '5-signed-in');
  expect(problems).toEqual([]);
});
