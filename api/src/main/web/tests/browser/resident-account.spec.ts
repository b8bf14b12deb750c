import { expect, test } from '@playwright/test';
import { expectAccessible, prepare, snap } from './journey';
import { accounts, expectNoAccessTokenStored, invite, measure, POSTCODE, acceptEpisode, referOnAndGroupAccepts, residentFor, tabTo, walkingListing } from './resident-account';

test('a resident signs in, refers themselves to a walking group and answers the questionnaire they are sent', async ({ page, request }, info) => {
  const problems = await prepare(page);
  const username = residentFor(info, 'refer');
  const { password, schemeId, serviceId } = accounts();

  await page.goto(`/?q=walking&postcode=${encodeURIComponent(POSTCODE)}`);
  const first = page.locator(`#results .sp-result a[href^="/listing/${serviceId}"]`).first();
  const listingName = (await first.textContent())!.trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(listingName);
  await page.getByRole('link', { name: 'Refer yourself' }).click();

  // signing in first, then straight on to the form
  await expect(page).toHaveURL(/\/sign-in\?next=%2Frefer%2F|\/sign-in\?next=\/refer\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await expectAccessible(page, 'sign in');
  await snap(page, info, '1-sign-in');
  await page.getByLabel('Email address').fill(username);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('password is not right');
  await expectAccessible(page, 'sign in with a wrong password');
  await page.getByLabel('Password').fill(password);
  const login = page.waitForResponse((r) => r.url().endsWith('/login') && r.status() === 200);
  await page.getByRole('button', { name: 'Sign in' }).click();
  const accessToken = (await (await login).json()).access_token as string;
  await expect(page).toHaveURL(/\/refer\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Refer yourself');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(listingName);
  await expect(page.getByRole('link', { name: 'Your account' })).toBeVisible();
  await expectNoAccessTokenStored(page, accessToken);

  // nothing filled in: each missing answer is named, linked to its field
  await page.getByLabel('First name').fill('');
  await page.getByRole('button', { name: 'Continue' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toContainText('There is a problem');
  await expect(summary.getByRole('link', { name: /First name/ })).toBeVisible();
  await expect(summary.getByRole('link', { name: /Agreement to be contacted/ })).toBeVisible();
  await expectAccessible(page, 'the referral form with errors');
  await snap(page, info, '2-form-errors');

  if (await page.locator('input[name="scheme_id"]').count()) await page.locator(`input[name="scheme_id"][value="${schemeId}"]`).check();
  await page.getByLabel('First name').fill('Jo');
  await page.getByLabel('Last name').fill('Walker');
  await page.getByLabel('Day').fill('15');
  await page.getByLabel('Month').fill('3');
  await page.getByLabel('Year').fill('1958');
  await page.getByLabel('Postcode').fill('s60 1ae');
  await page.getByLabel('Phone call').check();
  await page.getByLabel(/^Phone number/).fill('01632 960123');
  await page.getByLabel('Tell the team a little about what would help you').fill('I would like to get out walking with other people.');
  await page.getByLabel(/agree to the social prescribing team contacting me/).check();
  await expectAccessible(page, 'the referral form');
  await snap(page, info, '3-form');
  await page.getByRole('button', { name: 'Continue' }).click();

  // check your answers, change one, send
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers before sending your referral');
  const answers = page.locator('#answers');
  await expect(answers).toContainText('Jo Walker');
  await expect(answers).toContainText('15 March 1958');
  await expect(answers).toContainText('S60 1AE');
  await expect(answers).toContainText('Phone call');
  await expectAccessible(page, 'check your answers');
  await snap(page, info, '4-check-answers');
  await answers.getByRole('link', { name: 'Change postcode' }).click();
  await expect(page.getByLabel('Postcode')).toHaveValue('S60 1AE');
  await page.getByLabel('Postcode').fill('S60 2AB');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#answers')).toContainText('S60 2AB');
  const sent = page.waitForResponse((r) => r.url().endsWith('/me/referrals') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Send referral' }).click();
  expect((await sent).status()).toBe(201);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Referral sent');
  await expectAccessible(page, 'referral sent');
  await snap(page, info, '5-sent');

  // the referral in the account
  await page.getByRole('link', { name: 'See your referrals' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your account');
  const referral = page.locator('#referrals .nhsuk-card').first();
  await expect(referral).toContainText('Received');
  await expect(referral).toContainText('I would like to get out walking with other people.');
  await expect(page.locator('#invitations')).toContainText('You have no questionnaires to answer.');
  await expectAccessible(page, 'your account');
  await snap(page, info, '6-account');

  // the link worker takes the referral on and refers the resident to the group, which says yes; the resident sees it
  const episodeId = (await referral.getAttribute('data-id'))!;
  await referOnAndGroupAccepts(request, episodeId);
  await page.reload();
  await expect(referral).toContainText('Accepted');
  await expect(referral.locator('[data-referral]')).toContainText(`${listingName}: The group said yes.`);
  await expectAccessible(page, 'your account with the group\'s answer');
  await snap(page, info, '6b-group-answered');

  // the link worker invites the resident to answer ONS4; the resident answers it one question a screen
  await invite(request, episodeId, 'ons4');
  const ons4 = await measure(request, 'ons4');
  await page.reload();
  await page.getByRole('link', { name: new RegExp(ons4.name.replace(/[()]/g, '.')) }).click();
  for (const [k, item] of ons4.items.entries()) {
    await expect(page.locator('#progress')).toHaveText(`${ons4.name}: question ${k + 1} of ${ons4.items.length}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.text);
    await expect(page.locator('input[name="answer"]')).toHaveCount(item.max - item.min + 1);
    if (k === 0) {
      await page.getByRole('button', { name: 'Next question' }).click();
      await expect(page.getByRole('alert')).toContainText('Choose an answer');
      await expectAccessible(page, 'a question not answered');
      await snap(page, info, '7-question-error');
    }
    await page.getByLabel(k === 0 ? '7' : String(5 + k), { exact: true }).check();
    if (k === 0) {
      await expectAccessible(page, 'a question');
      await snap(page, info, '8-question');
    }
    await page.getByRole('button', { name: k === ons4.items.length - 1 ? 'Continue' : 'Next question' }).click();
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  await expect(page.locator('#answers')).toContainText(ons4.items[0]!.text);
  await expectAccessible(page, 'questionnaire answers');
  await snap(page, info, '9-questionnaire-check');
  // changing an answer keeps the others (they are in memory) and comes back to the check page
  await page.getByRole('link', { name: 'Change your answer to question 2' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ons4.items[1]!.text);
  await expect(page.getByLabel('6', { exact: true })).toBeChecked();
  await page.getByLabel('9', { exact: true }).check();
  await page.getByRole('button', { name: 'Next question' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  await expect(page.locator('#answers .nhsuk-summary-list__row').nth(1)).toContainText('9');
  const answered = page.waitForResponse((r) => r.url().includes('/answers') && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Send answers' }).click();
  expect((await answered).status()).toBe(201);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Answers sent');
  await expectAccessible(page, 'answers sent');
  await page.getByRole('link', { name: 'Back to your account' }).click();
  await expect(page.locator('#invitations')).toContainText('You have no questionnaires to answer.');
  await expectNoAccessTokenStored(page, accessToken);

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.goto('/account');
  await expect(page).toHaveURL(/\/sign-in/);
  expect(problems).toEqual([]);
});

test('a resident refers themselves and answers a loneliness questionnaire with the keyboard alone', async ({ page, request }, info) => {
  const problems = await prepare(page);
  const username = residentFor(info, 'keyboard');
  const { password, schemeId } = accounts();
  const listing = await walkingListing(request);

  await page.goto(`/listing/${listing.id}`);
  await tabTo(page, page.getByRole('link', { name: 'Refer yourself' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
  await tabTo(page, page.getByLabel('Email address'));
  await page.keyboard.type(username);
  await page.keyboard.press('Tab');
  await page.keyboard.type(password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Refer yourself');

  const radio = page.locator(`input[name="scheme_id"][value="${schemeId}"]`);
  if (await radio.count()) {
    await tabTo(page, page.locator('input[name="scheme_id"]:checked, input[name="scheme_id"]').first());
    for (let i = 0; i < 50 && !(await radio.isChecked()); i++) await page.keyboard.press('ArrowDown');
    await expect(radio).toBeChecked();
  }
  const type = async (label: string | RegExp, text: string) => {
    await tabTo(page, page.getByLabel(label));
    await page.keyboard.type(text);
  };
  await type('First name', 'Kit');
  await type('Last name', 'Keys');
  await type('Day', '2');
  await type('Month', '11');
  await type('Year', '1949');
  await type('Postcode', 'S60 1AE');
  await tabTo(page, page.getByLabel('Phone call'));
  await page.keyboard.press('ArrowDown'); // Text message
  await page.keyboard.press('ArrowDown'); // Email
  await expect(page.getByLabel('Email', { exact: true })).toBeChecked();
  await type(/^Email address/, 'kit@example.org');
  await tabTo(page, page.getByLabel(/agree to the social prescribing team contacting me/));
  await page.keyboard.press('Space');
  await tabTo(page, page.getByRole('button', { name: 'Continue' }));
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers before sending your referral');
  await expect(page.locator('#answers')).toContainText('kit@example.org');
  await tabTo(page, page.getByRole('button', { name: 'Send referral' }), 80);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Referral sent');
  await snap(page, info, '1-sent-by-keyboard');
  await tabTo(page, page.getByRole('link', { name: 'See your referrals' }));
  await page.keyboard.press('Enter');
  const referral = page.locator('#referrals .nhsuk-card').first();
  await expect(referral).toContainText('Received');

  await acceptEpisode(request, (await referral.getAttribute('data-id'))!);
  await invite(request, (await referral.getAttribute('data-id'))!, 'ucla3');
  const ucla3 = await measure(request, 'ucla3');
  await page.reload();
  await tabTo(page, page.getByRole('link', { name: /UCLA/ }));
  await page.keyboard.press('Enter');
  for (const item of ucla3.items) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(item.text);
    await tabTo(page, page.locator('input[name="answer"]').first());
    await page.keyboard.press('Space'); // "Hardly ever"
    await page.keyboard.press('ArrowDown'); // "Some of the time"
    await expect(page.getByLabel('Some of the time')).toBeChecked();
    await tabTo(page, page.getByRole('button', { name: /Next question|Continue/ }));
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
  await expect(page.locator('#answers')).toContainText('Some of the time');
  await expectAccessible(page, 'loneliness answers');
  await tabTo(page, page.getByRole('button', { name: 'Send answers' }), 80);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Answers sent');
  await snap(page, info, '2-answers-sent-by-keyboard');
  expect(problems).toEqual([]);
});
